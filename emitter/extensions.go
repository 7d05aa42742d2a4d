package emitter

import (
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createExtension uses IF NOT EXISTS because an extension created earlier in the plan
// with CASCADE may already have installed this one as a requirement.
func createExtension(e *model.Extension) string {
	s := "CREATE EXTENSION IF NOT EXISTS " + ident(e.Name)
	if e.Schema != "" {
		s += " SCHEMA " + ident(e.Schema)
	}
	if e.Version != "" {
		s += " VERSION " + literal(e.Version)
	}
	return s
}

func alterExtension(c *differ.AlterExtension) []string {
	var out []string
	if c.Version != "" {
		out = append(out, "ALTER EXTENSION "+ident(c.Name)+" UPDATE TO "+literal(c.Version))
	}
	if c.Schema != "" {
		out = append(out, "ALTER EXTENSION "+ident(c.Name)+" SET SCHEMA "+ident(c.Schema))
	}
	return out
}
