package parser

import (
	"fmt"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// relOption spells a storage parameter or view option the way pg_class.reloptions
// stores it: "name=value", the name lower case and prefixed with its namespace
// (toast.autovacuum_enabled=false), a bare name meaning true.
func relOption(d *pg_query.DefElem) string {
	name := strings.ToLower(d.Defname)
	if d.Defnamespace != "" {
		name = d.Defnamespace + "." + name
	}
	return name + "=" + optionValue(d.Arg)
}

func optionValue(n *pg_query.Node) string {
	if n == nil {
		return "true"
	}
	switch v := n.Node.(type) {
	case *pg_query.Node_String_:
		return v.String_.Sval
	case *pg_query.Node_Integer:
		return fmt.Sprint(v.Integer.Ival)
	case *pg_query.Node_Float:
		return v.Float.Fval
	case *pg_query.Node_Boolean:
		return fmt.Sprint(v.Boolean.Boolval)
	case *pg_query.Node_TypeName:
		return strings.Join(strs(v.TypeName.Names), ".")
	}
	s, _ := deparseExpr(n)
	return s
}

// setOptions merges SET (...) options into a sorted "name=value" list.
func setOptions(list []string, opts []*pg_query.Node) []string {
	for _, o := range opts {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		opt := relOption(d)
		name, _, _ := strings.Cut(opt, "=")
		list = append(resetOption(list, name), opt)
	}
	sort.Strings(list)
	return list
}

// resetOptions removes RESET (...) options from the list.
func resetOptions(list []string, opts []*pg_query.Node) []string {
	for _, o := range opts {
		if d := o.GetDefElem(); d != nil {
			name, _, _ := strings.Cut(relOption(d), "=")
			list = resetOption(list, name)
		}
	}
	return list
}

func resetOption(list []string, name string) []string {
	var out []string
	for _, o := range list {
		if !strings.HasPrefix(o, name+"=") {
			out = append(out, o)
		}
	}
	return out
}
