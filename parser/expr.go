package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/pgshape/pgshape/model"
)

// deparseExpr renders an expression as pg_query deparses it. pg_query only deparses
// whole statements, so the expression is wrapped in a SELECT and the keyword cut off.
func deparseExpr(n *pg_query.Node) (string, error) {
	if n == nil {
		return "", nil
	}
	sel := &pg_query.SelectStmt{TargetList: []*pg_query.Node{pg_query.MakeResTargetNodeWithVal(n, -1)}}
	out, err := deparse(&pg_query.Node{Node: &pg_query.Node_SelectStmt{SelectStmt: sel}})
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(out, "SELECT "), nil
}

// walk calls fn on m and every message below it, whatever its kind: references hide
// anywhere in a tree (a cast to an enum inside a CHECK inside a column).
func walk(m proto.Message, fn func(proto.Message)) {
	if m == nil {
		return
	}
	walkReflect(m.ProtoReflect(), fn)
}

func walkReflect(m protoreflect.Message, fn func(proto.Message)) {
	if !m.IsValid() {
		return
	}
	fn(m.Interface())
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Message() == nil || fd.IsMap() {
			return true
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				walkReflect(l.Get(i).Message(), fn)
			}
			return true
		}
		walkReflect(v.Message(), fn)
		return true
	})
}

// requireExprRefs records what a tree refers to by name: types (casts, column types),
// functions (calls), sequences (nextval('s') defaults) and collations (COLLATE).
func (s *stmt) requireExprRefs(m proto.Message) {
	s.requireRefs(m, false)
}

// requireQueryRefs records what a query refers to: everything requireExprRefs finds,
// and every relation it names (tables, views, sequences). A name that is a CTE or
// that nobody declares is no edge.
func (s *stmt) requireQueryRefs(m proto.Message) {
	s.requireRefs(m, true)
}

func (s *stmt) requireRefs(m proto.Message, relations bool) {
	walk(m, func(m proto.Message) {
		switch v := m.(type) {
		case *pg_query.TypeName:
			if q, ok := userTypeName(v); ok {
				s.require(refType, q, "")
			}
		case *pg_query.FuncCall:
			if q, ok := nextvalSequence(v); ok {
				s.require(refSequence, q, "")
			}
			if names := strs(v.Funcname); len(names) > 0 {
				if q := listName(names); q.Schema != "pg_catalog" {
					s.require(refFunction, q, "")
					s.call(q, v)
				}
			}
		case *pg_query.CollateClause:
			s.require(refCollation, listName(strs(v.Collname)), "")
		case *pg_query.IndexElem:
			if len(v.Collation) > 0 {
				s.require(refCollation, listName(strs(v.Collation)), "")
			}
		case *pg_query.RangeVar:
			if relations {
				s.require(refTable, rangeVarName(v), "")
			}
		}
	})
}

// nextvalSequence returns the sequence named by nextval('name') or
// nextval('name'::regclass).
func nextvalSequence(f *pg_query.FuncCall) (model.QName, bool) {
	names := strs(f.Funcname)
	if len(names) == 0 || names[len(names)-1] != "nextval" || len(f.Args) != 1 {
		return model.QName{}, false
	}
	arg := f.Args[0]
	if tc := arg.GetTypeCast(); tc != nil {
		arg = tc.Arg
	}
	c := arg.GetAConst()
	if c == nil || c.GetSval() == nil {
		return model.QName{}, false
	}
	parts, ok := splitQualifiedName(c.GetSval().Sval)
	if !ok {
		return model.QName{}, false
	}
	return listName(parts), true
}

// splitQualifiedName reads a name the way regclass input does: dot-separated parts,
// each lower-cased unless double-quoted.
func splitQualifiedName(s string) ([]string, bool) {
	var parts []string
	for {
		s = strings.TrimSpace(s)
		var part string
		if strings.HasPrefix(s, `"`) {
			var b strings.Builder
			i := 1
			for {
				j := strings.IndexByte(s[i:], '"')
				if j < 0 {
					return nil, false
				}
				b.WriteString(s[i : i+j])
				i += j + 1
				if i < len(s) && s[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			part, s = b.String(), s[i:]
		} else {
			j := strings.IndexByte(s, '.')
			if j < 0 {
				j = len(s)
			}
			part, s = strings.ToLower(strings.TrimSpace(s[:j])), s[j:]
			if part == "" {
				return nil, false
			}
		}
		parts = append(parts, truncateIdent(part))
		s = strings.TrimSpace(s)
		if s == "" {
			return parts, true
		}
		if s[0] != '.' {
			return nil, false
		}
		s = s[1:]
	}
}

// columnRefs returns the distinct column names an expression refers to, in order.
func columnRefs(m proto.Message) []string {
	var out []string
	walk(m, func(m proto.Message) {
		if c, ok := m.(*pg_query.ColumnRef); ok && len(c.Fields) > 0 {
			if s := c.Fields[len(c.Fields)-1].GetString_(); s != nil && !contains(out, s.Sval) {
				out = append(out, s.Sval)
			}
		}
	})
	return out
}
