package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Load order sees functions by name, and every overload of a name provides it. A
// function whose body calls its own name (an overload calling another, as pgTAP's
// col_has_check(name, name) calls col_has_check(name, name, text), which calls
// col_has_check(name, name[], text)) would then wait for every overload, and two
// overloads calling each other's name would be a cycle. So for calls of its own
// name it waits only for the overloads that take as many arguments as one of those
// calls passes: which overload a call picks also depends on the types, which the
// text does not tell, but the count rules most of them out.

// anyArity is a call whose number of arguments is not known (f(VARIADIC a)).
const anyArity = -1

// arity is the range of argument counts a function accepts: from the arguments
// without a default to all of them, or any number above when the last is VARIADIC.
type arity struct {
	min, max int
	variadic bool
}

// call records a function call's number of arguments.
func (s *stmt) call(q model.QName, f *pg_query.FuncCall) {
	n := len(f.Args)
	if f.FuncVariadic {
		n = anyArity
	}
	if s.calls == nil {
		s.calls = map[model.QName][]int{}
	}
	s.calls[q] = append(s.calls[q], n)
}

// functionArity returns the range of argument counts of a function's signature.
// OUT and TABLE arguments are not passed (a procedure's OUT arguments are, as NULL).
func functionArity(params []*pg_query.Node, procedure bool) *arity {
	a := &arity{}
	for _, pn := range params {
		p := pn.GetFunctionParameter()
		if p == nil {
			continue
		}
		switch p.Mode {
		case pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
			continue
		case pg_query.FunctionParameterMode_FUNC_PARAM_OUT:
			if !procedure {
				continue
			}
		case pg_query.FunctionParameterMode_FUNC_PARAM_VARIADIC:
			a.variadic = true
		}
		a.max++
		if p.Defexpr == nil {
			a.min = a.max
		}
	}
	if a.variadic {
		// f(a, VARIADIC b text[]) takes f(x), f(x, y, z), ... and f(x, VARIADIC arr).
		a.min = min(a.min, a.max-1)
	}
	return a
}

// overloadAccepts reports whether s, calling its own name, must wait for the
// overload p: when p takes as many arguments as one of s's calls of that name
// passes, or when it cannot be told (p is not a CREATE FUNCTION, or s names it
// other than in a call).
func overloadAccepts(s, p *stmt, name model.QName) bool {
	if p.arity == nil || len(s.calls[name]) == 0 {
		return true
	}
	for _, n := range s.calls[name] {
		if n == anyArity || n >= p.arity.min && (n <= p.arity.max || p.arity.variadic) {
			return true
		}
	}
	return false
}
