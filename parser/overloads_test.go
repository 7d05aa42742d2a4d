package parser

import (
	"testing"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// TestFunctionArity: the argument counts a signature accepts, as PostgreSQL
// matches calls: defaults lower the minimum, VARIADIC lifts the maximum, OUT and
// TABLE arguments are not passed to a function (they are to a procedure).
func TestFunctionArity(t *testing.T) {
	for _, c := range []struct {
		sql           string
		min, max      int
		variadic      bool
		accepts, nots []int
	}{
		{"CREATE FUNCTION f(a int, b text) RETURNS int AS 'SELECT 1' LANGUAGE sql", 2, 2, false, []int{2}, []int{1, 3}},
		{"CREATE FUNCTION f(a int, b text DEFAULT 'x', c int DEFAULT 0) RETURNS int AS 'SELECT 1' LANGUAGE sql", 1, 3, false, []int{1, 2, 3}, []int{0, 4}},
		{"CREATE FUNCTION f(a int, VARIADIC b text[]) RETURNS int AS 'SELECT 1' LANGUAGE sql", 1, 2, true, []int{1, 2, 5}, []int{0}},
		{"CREATE FUNCTION f(a int, OUT b int, OUT c int) AS 'SELECT 1, 2' LANGUAGE sql", 1, 1, false, []int{1}, []int{3}},
		{"CREATE FUNCTION f(a int) RETURNS TABLE (b int) AS 'SELECT 1' LANGUAGE sql", 1, 1, false, []int{1}, []int{2}},
		{"CREATE PROCEDURE p(a int, OUT b int) AS 'SELECT 1' LANGUAGE sql", 2, 2, false, []int{2}, []int{1}},
	} {
		tree, err := pg_query.Parse(c.sql)
		if err != nil {
			t.Fatal(err)
		}
		n := tree.Stmts[0].Stmt.GetCreateFunctionStmt()
		a := functionArity(n.Parameters, n.IsProcedure)
		if a.min != c.min || a.max != c.max || a.variadic != c.variadic {
			t.Errorf("%s: arity %+v, want min %d max %d variadic %v", c.sql, *a, c.min, c.max, c.variadic)
		}
		p := &stmt{arity: a}
		q := listName([]string{"f"})
		for _, k := range c.accepts {
			if s := (&stmt{calls: map[model.QName][]int{q: {k}}}); !overloadAccepts(s, p, q) {
				t.Errorf("%s: a call with %d arguments does not wait for it", c.sql, k)
			}
		}
		for _, k := range c.nots {
			if s := (&stmt{calls: map[model.QName][]int{q: {k}}}); overloadAccepts(s, p, q) {
				t.Errorf("%s: a call with %d arguments waits for it", c.sql, k)
			}
		}
		if s := (&stmt{calls: map[model.QName][]int{q: {anyArity}}}); !overloadAccepts(s, p, q) {
			t.Errorf("%s: a VARIADIC call does not wait for it", c.sql)
		}
	}
}
