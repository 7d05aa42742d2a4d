package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Collations load with the schemas' other early objects, before the columns,
// domains, types and indexes that name them (requireRefs finds COLLATE clauses).
// The parser's Collation is a best effort reading of the options as written; the
// canonical one (what CREATE COLLATION ... FROM copies, the locale a provider keeps)
// comes from the shadow database.

// collationOptions are the options CREATE COLLATION takes that the model keeps or
// that PostgreSQL records on its own (version).
var collationOptions = map[string]bool{
	"provider": true, "locale": true, "lc_collate": true, "lc_ctype": true,
	"deterministic": true, "version": true, "from": true,
}

func analyseCreateCollation(r *rawStmt, n *pg_query.DefineStmt) ([]*stmt, error) {
	s := original(r, kindCreateCollation)
	q := listName(strs(n.Defnames))
	s.provide(refCollation, q, "")
	s.requireSchema(q.Schema)
	for _, o := range n.Definition {
		d := o.GetDefElem()
		name := strings.ToLower(d.GetDefname())
		if !collationOptions[name] {
			// rules (PostgreSQL 16) and any later option: the model could not compare it.
			return nil, s.errorAt(d.GetLocation(), "CREATE COLLATION option %s is not supported", name)
		}
		if name == "from" {
			s.require(refCollation, listName(strs(d.Arg.GetList().GetItems())), "")
		}
	}
	return []*stmt{s}, nil
}

func (b *builder) applyCreateCollation(s *stmt, n *pg_query.DefineStmt) error {
	q := listName(strs(n.Defnames))
	if old, ok := b.cat.Collations[q]; ok {
		if n.IfNotExists {
			return nil
		}
		return b.duplicate(s, -1, "collation "+q.String(), old.Source)
	}
	c := &model.Collation{Name: q, Provider: "libc", Deterministic: true, Source: s.source()}
	var from bool
	for _, o := range n.Definition {
		d := o.GetDefElem()
		value := defElemString(d)
		name := strings.ToLower(d.Defname)
		if d.Arg == nil && name != "deterministic" {
			return s.errorAt(d.Location, "collation option %s needs a value", name)
		}
		switch name {
		case "provider":
			c.Provider = strings.ToLower(value)
			if c.Provider != "libc" && c.Provider != "icu" && c.Provider != "builtin" {
				return s.errorAt(d.Location, "unknown collation provider %q (libc, icu or builtin)", value)
			}
		case "locale":
			c.Locale = value
		case "lc_collate":
			c.LcCollate = value
		case "lc_ctype":
			c.LcCtype = value
		case "deterministic":
			c.Deterministic = !isFalse(value)
		case "version":
		case "from":
			from = true
			if src := b.cat.Collations[listName(strs(d.Arg.GetList().GetItems()))]; src != nil {
				c.Provider, c.Locale, c.LcCollate, c.LcCtype = src.Provider, src.Locale, src.LcCollate, src.LcCtype
				c.Deterministic = src.Deterministic
			} else {
				// A built-in collation ("C", "POSIX", "en_US"): libc, named after its locale.
				name := strs(d.Arg.GetList().GetItems())
				c.LcCollate = name[len(name)-1]
				c.LcCtype = c.LcCollate
			}
		default:
			return s.errorAt(d.Location, "unknown collation option %s", name)
		}
	}
	// What PostgreSQL requires of a collation not copied FROM another.
	switch {
	case from:
	case c.Provider == "libc" && c.Locale == "" && (c.LcCollate == "" || c.LcCtype == ""):
		return s.errorAt(-1, "collation %s needs locale, or lc_collate and lc_ctype", q)
	case c.Provider != "libc" && c.Locale == "":
		return s.errorAt(-1, "collation %s needs a locale", q)
	}
	if c.Provider == "libc" && c.Locale != "" {
		// locale = 'x' is lc_collate = 'x', lc_ctype = 'x' for libc.
		c.LcCollate, c.LcCtype, c.Locale = first(c.LcCollate, c.Locale), first(c.LcCtype, c.Locale), ""
	}
	b.cat.Collations[q] = c
	return nil
}

// defElemString is an option's value as written: a string, a name or a number.
func defElemString(d *pg_query.DefElem) string {
	switch {
	case d.Arg == nil:
		return ""
	case d.Arg.GetString_() != nil:
		return d.Arg.GetString_().GetSval()
	case d.Arg.GetTypeName() != nil:
		return strings.Join(strs(d.Arg.GetTypeName().Names), ".")
	case d.Arg.GetBoolean() != nil:
		if d.Arg.GetBoolean().Boolval {
			return "true"
		}
		return "false"
	case d.Arg.GetInteger() != nil:
		return itoa(int(d.Arg.GetInteger().Ival))
	}
	return ""
}

func isFalse(v string) bool {
	switch strings.ToLower(v) {
	case "false", "off", "no", "0", "f", "n":
		return true
	}
	return false
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
