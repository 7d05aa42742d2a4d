package parser

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// typeAliases maps pg_catalog's internal type names to the spelling format_type
// prints. The grammar already turns "int" into pg_catalog.int4, but a user writing
// int4 or timestamptz reaches us unchanged.
var typeAliases = map[string]string{
	"int2":        "smallint",
	"int4":        "integer",
	"int8":        "bigint",
	"float4":      "real",
	"float8":      "double precision",
	"bool":        "boolean",
	"varchar":     "character varying",
	"bpchar":      "character",
	"varbit":      "bit varying",
	"timestamp":   "timestamp without time zone",
	"timestamptz": "timestamp with time zone",
	"time":        "time without time zone",
	"timetz":      "time with time zone",
	"char":        `"char"`,
	"decimal":     "numeric",
}

// builtinTypes are pg_catalog types that format_type prints under their own name.
var builtinTypes = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`text uuid json jsonb bytea date inet cidr macaddr
		macaddr8 money xml tsvector tsquery oid name regclass regtype regproc regprocedure
		regoper regoperator regnamespace regrole regconfig regdictionary point line lseg box
		path polygon circle int4range int8range numrange tsrange tstzrange daterange
		int4multirange int8multirange nummultirange tsmultirange tstzmultirange
		datemultirange pg_lsn pg_snapshot txid_snapshot jsonpath record void bit numeric
		interval xid xid8 cid tid smallint integer bigint real boolean anyelement anyarray
		character trigger event_trigger internal cstring anynonarray anyenum anyrange
		anymultirange anycompatible anycompatiblearray anycompatiblenonarray anycompatiblerange
		anycompatiblemultirange language_handler fdw_handler table_am_handler index_am_handler
		tsm_handler unknown`) {
		builtinTypes[t] = true
	}
	for k := range typeAliases {
		builtinTypes[k] = true
	}
}

// serialTypes are the serial pseudo-types and the integer type each stands for.
var serialTypes = map[string]string{
	"smallserial": "smallint", "serial2": "smallint",
	"serial": "integer", "serial4": "integer",
	"bigserial": "bigint", "serial8": "bigint",
}

// serialType reports whether a column type is one of the serial pseudo-types, which
// PostgreSQL only recognises unqualified and without array bounds.
func serialType(tn *pg_query.TypeName) (string, bool) {
	if tn == nil { // a partition's column options
		return "", false
	}
	names := strs(tn.Names)
	if len(names) != 1 || len(tn.ArrayBounds) > 0 || tn.PctType {
		return "", false
	}
	t, ok := serialTypes[names[0]]
	return t, ok
}

// userTypeName returns the qualified name of a type that is not built in: the types a
// statement may need another statement to create first.
func userTypeName(tn *pg_query.TypeName) (model.QName, bool) {
	names := strs(tn.Names)
	if len(names) == 0 {
		return model.QName{}, false
	}
	q := listName(names)
	if q.Schema == "pg_catalog" || (len(names) == 1 && builtinTypes[q.Name]) {
		return model.QName{}, false
	}
	if _, ok := serialType(tn); ok {
		return model.QName{}, false
	}
	return q, true
}

// formatType spells a type the way format_type does: "integer",
// "character varying(10)", "timestamp(3) with time zone", "public.mood[]".
func formatType(tn *pg_query.TypeName) string {
	if tn == nil {
		return ""
	}
	var name string
	if q, ok := userTypeName(tn); ok {
		name = q.String()
	} else {
		names := strs(tn.Names)
		base := names[len(names)-1]
		name = builtinSpelling(base, typmods(tn.Typmods))
	}
	if len(tn.ArrayBounds) > 0 {
		// format_type prints one pair of brackets whatever the dimensions.
		name += "[]"
	}
	return name
}

// typmods renders each type modifier as SQL text.
func typmods(nodes []*pg_query.Node) []string {
	var out []string
	for _, n := range nodes {
		if c := n.GetAConst(); c != nil {
			switch {
			case c.GetIval() != nil:
				out = append(out, fmt.Sprint(c.GetIval().Ival))
				continue
			case c.GetSval() != nil:
				out = append(out, c.GetSval().Sval)
				continue
			case c.GetFval() != nil:
				out = append(out, c.GetFval().Fval)
				continue
			}
		}
		if s, err := deparseExpr(n); err == nil {
			out = append(out, s)
		}
	}
	return out
}

func builtinSpelling(base string, mods []string) string {
	mod := ""
	if len(mods) > 0 {
		mod = "(" + strings.Join(mods, ",") + ")"
	}
	switch base {
	case "timestamp", "timestamptz", "time", "timetz":
		// The precision goes between the name and the time zone words.
		word, zone, _ := strings.Cut(typeAliases[base], " ")
		return word + mod + " " + zone
	case "interval":
		return intervalSpelling(mods)
	case "bpchar":
		if mod == "" {
			return "bpchar" // a bare bpchar has no length limit, unlike char
		}
	}
	if alias, ok := typeAliases[base]; ok {
		return alias + mod
	}
	return base + mod
}

// Interval field masks, from PostgreSQL's datetime.h.
const (
	maskMonth     = 1 << 1
	maskYear      = 1 << 2
	maskDay       = 1 << 3
	maskHour      = 1 << 10
	maskMinute    = 1 << 11
	maskSecond    = 1 << 12
	maskFullRange = 0x7FFF
)

var intervalFields = map[int]string{
	maskYear:                        " year",
	maskMonth:                       " month",
	maskDay:                         " day",
	maskHour:                        " hour",
	maskMinute:                      " minute",
	maskSecond:                      " second",
	maskYear | maskMonth:            " year to month",
	maskDay | maskHour:              " day to hour",
	maskDay | maskHour | maskMinute: " day to minute",
	maskDay | maskHour | maskMinute | maskSecond: " day to second",
	maskHour | maskMinute:                        " hour to minute",
	maskHour | maskMinute | maskSecond:           " hour to second",
	maskMinute | maskSecond:                      " minute to second",
}

// intervalSpelling decodes the grammar's interval modifiers (a field mask, then the
// precision) into "interval day to second(3)".
func intervalSpelling(mods []string) string {
	s := "interval"
	if len(mods) == 0 {
		return s
	}
	var mask int
	fmt.Sscan(mods[0], &mask)
	if mask != maskFullRange {
		s += intervalFields[mask]
	}
	if len(mods) > 1 {
		s += "(" + mods[1] + ")"
	}
	return s
}

// collationName spells a COLLATE clause's name schema-qualified, as the model wants:
// collations written unqualified are pg_catalog's.
func collationName(names []string) string {
	if len(names) == 1 {
		return model.QName{Schema: "pg_catalog", Name: names[0]}.String()
	}
	return listName(names).String()
}

// collation is collationName for a COLLATE clause of a declared object: an
// unqualified name of a collation the files declare in public is that one (the
// search path finds it there; pg_catalog holds only the built-in ones).
func (b *builder) collation(names []string) string {
	if len(names) == 1 && b.cat.Collations[listName(names)] != nil {
		return listName(names).String()
	}
	return collationName(names)
}
