package emitter

import (
	"strings"
	"unicode/utf8"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func createEnum(e *model.Enum) string {
	labels := make([]string, len(e.Values))
	for i, v := range e.Values {
		labels[i] = literal(v)
	}
	return "CREATE TYPE " + e.Name.String() + " AS ENUM (" + strings.Join(labels, ", ") + ")"
}

func addEnumValue(c *differ.AddEnumValue) string {
	s := "ALTER TYPE " + c.Enum.String() + " ADD VALUE " + literal(c.Value)
	if c.Before != "" {
		s += " BEFORE " + literal(c.Before)
	}
	return s
}

// rebuildEnum replaces an enum in place: the old type steps aside under a temporary
// name, the columns move to the new type through text, and the old type goes.
func rebuildEnum(c *differ.RebuildEnum) []string {
	oldName := model.QName{Schema: c.Enum.Name.Schema, Name: tempName(c.Enum.Name.Name, "_pgshape_old")}
	out := []string{
		"ALTER TYPE " + c.Enum.Name.String() + " RENAME TO " + ident(oldName.Name),
		createEnum(c.Enum),
	}
	for _, col := range c.Columns {
		column := "ALTER COLUMN " + ident(col.Column) + " "
		if col.Default != "" {
			out = append(out, alterTable(col.Table, column+"DROP DEFAULT"))
		}
		out = append(out, alterTable(col.Table, column+"TYPE "+col.Type+" USING "+ident(col.Column)+"::text::"+col.Type))
		if col.Default != "" {
			// The default's text names the type by name, which is now the new type.
			out = append(out, alterTable(col.Table, column+"SET DEFAULT "+col.Default))
		}
	}
	return append(out, "DROP TYPE "+oldName.String())
}

// tempName appends suffix to name, shortening name so the result fits in
// PostgreSQL's 63-byte identifiers.
func tempName(name, suffix string) string {
	max := 63 - len(suffix)
	for len(name) > max {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name + suffix
}
