package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Functions and procedures load early, after the schemas and types of their
// signature and before tables, whose defaults, checks and generated columns may call
// them: PostgreSQL does not look at the tables a PL/pgSQL body uses until it runs.
// A LANGUAGE sql body, or a SQL-standard body (BEGIN ATOMIC ... END, RETURN expr),
// is checked at creation, so such a function also waits for every relation and
// function its body names; except a LANGUAGE sql body of a polymorphic function,
// which PostgreSQL only checks at a call.

func analyseCreateFunction(r *rawStmt, n *pg_query.CreateFunctionStmt) ([]*stmt, error) {
	kind := kindCreateFunction
	if n.IsProcedure {
		kind = kindCreateProcedure
	}
	s := original(r, kind)
	q := listName(strs(n.Funcname))
	s.provide(refFunction, q, "")
	s.arity = functionArity(n.Parameters, n.IsProcedure)
	s.requireSchema(q.Schema)
	for _, p := range n.Parameters {
		s.requireExprRefs(p)
	}
	s.requireExprRefs(n.ReturnType)
	switch {
	case n.SqlBody != nil:
		s.requireQueryRefs(n.SqlBody)
	case strings.EqualFold(functionOption(n, "language"), "sql") && !polymorphic(n):
		if body := functionBody(n); body != "" {
			if tree, err := pg_query.Parse(body); err == nil {
				// A body that does not parse is PostgreSQL's to report.
				s.requireQueryRefs(tree)
			}
		}
	}
	return []*stmt{s}, nil
}

// polymorphicTypes are the pseudo-types that make a function polymorphic.
var polymorphicTypes = map[string]bool{
	"anyelement": true, "anyarray": true, "anynonarray": true, "anyenum": true,
	"anyrange": true, "anymultirange": true, "anycompatible": true,
	"anycompatiblearray": true, "anycompatiblenonarray": true,
	"anycompatiblerange": true, "anycompatiblemultirange": true,
}

// polymorphic reports whether a function has a polymorphic argument. PostgreSQL
// does not check the body (AS '...') of such a LANGUAGE sql function at creation,
// since the types of its expressions are only known at a call, so it need not wait
// for what its body names; and waiting would make cycles of functions that call
// each other, which pgTAP's are (_cdi(name, name, anyelement) calls col_default_is,
// which calls _cdi).
func polymorphic(n *pg_query.CreateFunctionStmt) bool {
	_, types := functionArgs(n.Parameters, n.IsProcedure)
	for _, t := range types {
		if polymorphicTypes[t] {
			return true
		}
	}
	return false
}

// functionOption returns a string option of CREATE FUNCTION (LANGUAGE).
func functionOption(n *pg_query.CreateFunctionStmt, name string) string {
	if d := defElem(n.Options, name); d != nil {
		if v := d.Arg.GetString_(); v != nil {
			return v.Sval
		}
	}
	return ""
}

// functionBody returns the body string of AS 'body' (not AS 'file', 'symbol').
func functionBody(n *pg_query.CreateFunctionStmt) string {
	d := defElem(n.Options, "as")
	if d == nil {
		return ""
	}
	if l := strs(d.Arg.GetList().GetItems()); len(l) == 1 {
		return l[0]
	}
	return ""
}

// functionArgs returns a function's identity arguments as
// pg_get_function_identity_arguments prints them ("a integer, VARIADIC b text[]")
// and the types alone, which is how GRANT, COMMENT and ALTER name the function.
// OUT arguments are part of a procedure's identity, not of a function's.
func functionArgs(params []*pg_query.Node, procedure bool) (identity string, types []string) {
	var args []string
	for _, pn := range params {
		p := pn.GetFunctionParameter()
		if p == nil {
			continue
		}
		var mode string
		switch p.Mode {
		case pg_query.FunctionParameterMode_FUNC_PARAM_OUT:
			if !procedure {
				continue
			}
			mode = "OUT "
		case pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
			continue
		case pg_query.FunctionParameterMode_FUNC_PARAM_INOUT:
			mode = "INOUT "
		case pg_query.FunctionParameterMode_FUNC_PARAM_VARIADIC:
			mode = "VARIADIC "
		}
		typ := formatType(p.ArgType)
		arg := mode
		if p.Name != "" {
			arg += model.QuoteIdent(p.Name) + " "
		}
		args = append(args, arg+typ)
		if p.Mode != pg_query.FunctionParameterMode_FUNC_PARAM_OUT {
			types = append(types, typ)
		}
	}
	return strings.Join(args, ", "), types
}

// functionResult spells the result as pg_get_function_result does: "integer",
// "SETOF public.users", "TABLE(id integer, name text)"; empty for a procedure.
func functionResult(n *pg_query.CreateFunctionStmt) string {
	if n.IsProcedure {
		return ""
	}
	var table, out []string
	for _, pn := range n.Parameters {
		p := pn.GetFunctionParameter()
		switch p.GetMode() {
		case pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
			table = append(table, model.QuoteIdent(p.Name)+" "+formatType(p.ArgType))
		case pg_query.FunctionParameterMode_FUNC_PARAM_OUT, pg_query.FunctionParameterMode_FUNC_PARAM_INOUT:
			out = append(out, formatType(p.ArgType))
		}
	}
	switch {
	case len(table) > 0:
		return "TABLE(" + strings.Join(table, ", ") + ")"
	case n.ReturnType == nil && len(out) == 1:
		return out[0]
	case n.ReturnType == nil:
		return "record"
	case n.ReturnType.Setof:
		return "SETOF " + formatType(n.ReturnType)
	}
	return formatType(n.ReturnType)
}

// typesKey is the key of builder.funcs: the name with the argument types only.
func typesKey(q model.QName, types []string) string {
	return model.Signature(q, strings.Join(types, ", "))
}

func (b *builder) applyCreateFunction(s *stmt, n *pg_query.CreateFunctionStmt) error {
	q := listName(strs(n.Funcname))
	if err := b.schemaExists(s, q.Schema, -1); err != nil {
		return err
	}
	identity, types := functionArgs(n.Parameters, n.IsProcedure)
	key := typesKey(q, types)
	if old := b.funcs[key]; old != nil {
		return b.duplicate(s, -1, "function "+key, old.Source)
	}
	def := clone(n)
	def.Replace = true
	sql, err := deparse(&pg_query.Node{Node: &pg_query.Node_CreateFunctionStmt{CreateFunctionStmt: def}})
	if err != nil {
		sql = s.sql
	}
	f := &model.Function{
		Name:       q,
		Kind:       "f",
		Arguments:  identity,
		Result:     functionResult(n),
		Definition: sql,
		Source:     s.source(),
	}
	if n.IsProcedure {
		f.Kind = "p"
	}
	b.cat.Functions[f.Signature()] = f
	b.funcs[key] = f
	b.funcNames[q] = append(b.funcNames[q], f)
	return nil
}

// function finds the function an ObjectWithArgs names (GRANT, COMMENT, ALTER).
func (b *builder) function(s *stmt, o *pg_query.ObjectWithArgs) (*model.Function, error) {
	q := listName(strs(o.Objname))
	if o.ArgsUnspecified {
		switch fs := b.funcNames[q]; len(fs) {
		case 0:
		case 1:
			return fs[0], nil
		default:
			return nil, s.errorAt(-1, "function name %s is not unique: name its argument types", q)
		}
		return nil, s.errorAt(-1, "function %s is not declared in the schema files", q)
	}
	var types []string
	for _, a := range o.Objargs {
		types = append(types, formatType(a.GetTypeName()))
	}
	key := typesKey(q, types)
	if f := b.funcs[key]; f != nil {
		return f, nil
	}
	return nil, s.errorAt(-1, "function %s is not declared in the schema files", key)
}
