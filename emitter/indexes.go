package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// createIndex writes the index as PostgreSQL printed it, adding CONCURRENTLY when the
// differ asks for it.
func createIndex(c *differ.CreateIndex) string {
	def := c.Index.Definition
	if !c.Concurrently {
		return def
	}
	for _, prefix := range []string{"CREATE UNIQUE INDEX ", "CREATE INDEX "} {
		if strings.HasPrefix(def, prefix) {
			return prefix + "CONCURRENTLY " + def[len(prefix):]
		}
	}
	return def
}

func dropIndex(c *differ.DropIndex) string {
	name := model.QName{Schema: c.Table.Schema, Name: c.Index.Name}
	if c.Concurrently {
		return "DROP INDEX CONCURRENTLY " + name.String()
	}
	return "DROP INDEX " + name.String()
}
