package parser

import (
	"strconv"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// maxIdentLen is NAMEDATALEN-1: PostgreSQL truncates identifiers to 63 bytes.
const maxIdentLen = 63

// defaultSchema is where unqualified names go: the first schema on the default
// search_path that exists in a fresh database.
const defaultSchema = "public"

// rangeVarName returns the qualified name of a relation reference.
func rangeVarName(rv *pg_query.RangeVar) model.QName {
	if rv == nil {
		return model.QName{}
	}
	schema := rv.Schemaname
	if schema == "" {
		schema = defaultSchema
	}
	return model.QName{Schema: schema, Name: rv.Relname}
}

// strs returns the String values of a list of nodes (name lists in the tree).
func strs(nodes []*pg_query.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		if s := n.GetString_(); s != nil {
			out = append(out, s.Sval)
		}
	}
	return out
}

// listName turns a name list (["s", "t"] or ["t"]) into a qualified name; a
// three-part name carries a database name first, which PostgreSQL ignores.
func listName(parts []string) model.QName {
	switch len(parts) {
	case 0:
		return model.QName{}
	case 1:
		return model.QName{Schema: defaultSchema, Name: parts[0]}
	}
	return model.QName{Schema: parts[len(parts)-2], Name: parts[len(parts)-1]}
}

// truncateIdent cuts a name to 63 bytes without splitting a character, as PostgreSQL
// does with every identifier.
func truncateIdent(s string) string { return clip(s, maxIdentLen) }

// clip cuts s to at most n bytes on a character boundary (pg_mbcliplen).
func clip(s string, n int) string { return model.ClipIdentifier(s, n) }

// makeObjectName is PostgreSQL's makeObjectName (see model.ObjectName).
func makeObjectName(name1, name2, label string) string { return model.ObjectName(name1, name2, label) }

// chooseName is ChooseRelationName / ChooseConstraintName: the first of
// name1_name2_label, name1_name2_label1, ... that taken does not report as used.
func chooseName(name1, name2, label string, taken func(string) bool) string {
	name := makeObjectName(name1, name2, label)
	for pass := 1; taken != nil && taken(name); pass++ {
		name = makeObjectName(name1, name2, label+strconv.Itoa(pass))
	}
	return name
}

// joinNameParts is ChooseForeignKeyConstraintNameAddition and
// ChooseIndexNameAddition (see model.NameAddition).
func joinNameParts(names []string) string { return model.NameAddition(names) }

// indexColumnNames is ChooseIndexColumnNames: each element's column name, or the
// name FigureIndexColname derives from its expression, or "expr"; repeated names
// get a number.
func indexColumnNames(elems []*pg_query.IndexElem) []string {
	var out []string
	for _, e := range elems {
		orig := e.Indexcolname
		if orig == "" {
			orig = e.Name
		}
		if orig == "" {
			orig = figureColname(e.Expr)
		}
		if orig == "" {
			orig = "expr"
		}
		cur := orig
		for i := 1; contains(out, cur); i++ {
			suffix := strconv.Itoa(i)
			cur = clip(orig, maxIdentLen-len(suffix)) + suffix
		}
		out = append(out, cur)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// figureColname is the part of FigureColnameInternal that names index columns built
// from expressions: lower(email) names its column "lower".
func figureColname(n *pg_query.Node) string {
	name, _ := figureColnameStrength(n)
	return name
}

func figureColnameStrength(n *pg_query.Node) (string, int) {
	if n == nil {
		return "", 0
	}
	switch v := n.Node.(type) {
	case *pg_query.Node_ColumnRef:
		f := v.ColumnRef.Fields
		if len(f) > 0 {
			if s := f[len(f)-1].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
	case *pg_query.Node_FuncCall:
		names := strs(v.FuncCall.Funcname)
		if len(names) > 0 {
			return names[len(names)-1], 2
		}
	case *pg_query.Node_TypeCast:
		name, strength := figureColnameStrength(v.TypeCast.Arg)
		if strength <= 1 && v.TypeCast.TypeName != nil {
			names := strs(v.TypeCast.TypeName.Names)
			if len(names) > 0 {
				return names[len(names)-1], 1
			}
		}
		return name, strength
	case *pg_query.Node_CaseExpr:
		return "case", 1
	case *pg_query.Node_AArrayExpr:
		return "array", 2
	case *pg_query.Node_RowExpr:
		return "row", 2
	case *pg_query.Node_CoalesceExpr:
		return "coalesce", 2
	case *pg_query.Node_MinMaxExpr:
		if v.MinMaxExpr.Op == pg_query.MinMaxOp_IS_GREATEST {
			return "greatest", 2
		}
		return "least", 2
	}
	return "", 0
}
