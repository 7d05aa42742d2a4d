package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createDomain writes CREATE DOMAIN with its valid constraints; a NOT VALID one,
// which CREATE DOMAIN does not take, is added after by ALTER DOMAIN.
func createDomain(t *model.Domain) []string {
	s := "CREATE DOMAIN " + t.Name.String() + " AS " + t.BaseType
	if t.Collation != "" {
		s += " COLLATE " + t.Collation
	}
	if t.Default != "" {
		s += " DEFAULT " + t.Default
	}
	if t.NotNull {
		s += " NOT NULL"
	}
	var notValid []string
	for _, c := range t.Constraints {
		if strings.HasSuffix(c.Definition, " NOT VALID") {
			notValid = append(notValid, "ALTER DOMAIN "+t.Name.String()+" ADD CONSTRAINT "+ident(c.Name)+" "+c.Definition)
			continue
		}
		s += " CONSTRAINT " + ident(c.Name) + " " + c.Definition
	}
	return append([]string{s}, notValid...)
}

func alterDomain(c *differ.AlterDomain) []string {
	f, t := c.From, c.To
	alter := "ALTER DOMAIN " + t.Name.String() + " "
	var out []string
	if f.Default != t.Default {
		out = append(out, alter+pick(t.Default == "", "DROP DEFAULT", "SET DEFAULT "+t.Default))
	}
	if f.NotNull != t.NotNull {
		out = append(out, alter+pick(t.NotNull, "SET NOT NULL", "DROP NOT NULL"))
	}
	for _, oc := range f.Constraints {
		if nc := findConstraint(t.Constraints, oc.Name); nc == nil || nc.Definition != oc.Definition {
			out = append(out, alter+"DROP CONSTRAINT "+ident(oc.Name))
		}
	}
	for _, nc := range t.Constraints {
		if oc := findConstraint(f.Constraints, nc.Name); oc == nil || oc.Definition != nc.Definition {
			out = append(out, alter+"ADD CONSTRAINT "+ident(nc.Name)+" "+nc.Definition)
		}
	}
	return out
}

func findConstraint(cs []*model.Constraint, name string) *model.Constraint {
	for _, c := range cs {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func attributeDefinition(a *model.Column) string {
	s := ident(a.Name) + " " + a.Type
	if a.Collation != "" {
		s += " COLLATE " + a.Collation
	}
	return s
}

func createComposite(t *model.CompositeType) string {
	attrs := make([]string, len(t.Attributes))
	for i, a := range t.Attributes {
		attrs[i] = attributeDefinition(a)
	}
	return "CREATE TYPE " + t.Name.String() + " AS (" + strings.Join(attrs, ", ") + ")"
}

func alterComposite(c *differ.AlterComposite) []string {
	alter := "ALTER TYPE " + c.To.Name.String() + " "
	var out []string
	for _, a := range c.From.Attributes {
		if findAttribute(c.To.Attributes, a.Name) == nil {
			out = append(out, alter+"DROP ATTRIBUTE "+ident(a.Name))
		}
	}
	for _, a := range c.To.Attributes {
		old := findAttribute(c.From.Attributes, a.Name)
		switch {
		case old == nil:
			out = append(out, alter+"ADD ATTRIBUTE "+attributeDefinition(a))
		case old.Type != a.Type || old.Collation != a.Collation:
			out = append(out, alter+"ALTER ATTRIBUTE "+ident(a.Name)+" TYPE "+a.Type+pick(a.Collation == "", "", " COLLATE "+a.Collation))
		}
	}
	return out
}

func findAttribute(attrs []*model.Column, name string) *model.Column {
	for _, a := range attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func createRange(r *model.RangeType) string {
	opts := []string{"SUBTYPE = " + r.Subtype}
	add := func(name, value string) {
		if value != "" {
			opts = append(opts, name+" = "+value)
		}
	}
	add("SUBTYPE_OPCLASS", r.SubtypeOpClass)
	add("COLLATION", r.Collation)
	add("CANONICAL", r.Canonical)
	add("SUBTYPE_DIFF", r.SubtypeDiff)
	add("MULTIRANGE_TYPE_NAME", r.MultirangeName)
	return "CREATE TYPE " + r.Name.String() + " AS RANGE (" + strings.Join(opts, ", ") + ")"
}
