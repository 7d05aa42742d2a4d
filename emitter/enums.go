package emitter

import (
	"strings"

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
