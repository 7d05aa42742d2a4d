package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createFunction writes the function as pg_get_functiondef printed it, which is
// already a CREATE OR REPLACE statement.
func createFunction(c *differ.CreateFunction) string {
	return strings.TrimRight(c.Function.Definition, "\n")
}

func dropFunction(c *differ.DropFunction) string {
	return "DROP " + routineKeyword(c.Function) + " " + c.Function.Name.String() + "(" + c.Function.Arguments + ")"
}

func routineKeyword(f *model.Function) string {
	switch f.Kind {
	case "p":
		return "PROCEDURE"
	case "a":
		return "AGGREGATE"
	}
	return "FUNCTION"
}

// functionTarget names a function from its object: the name part quoted, the
// identity arguments as the catalog printed them.
func functionTarget(o differ.Object) string {
	name, args, _ := strings.Cut(o.Name.Name, "(")
	return model.QName{Schema: o.Name.Schema, Name: name}.String() + "(" + args
}

// checkFunctionBodies is set before functions are created: a function body may refer
// to tables the plan creates later, and pg_dump does the same.
const checkFunctionBodies = "SET check_function_bodies = false"
