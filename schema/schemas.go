package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// schemasQuery reads the user schemas. public is one of them: whether to ever drop it
// is the differ's decision, and its comment can differ between databases.
var schemasQuery = `
SELECT n.nspname, coalesce(d.description, '')
FROM pg_catalog.pg_namespace n
` + description("pg_namespace", "n.oid") + `
WHERE ` + userNamespace + `
	AND ` + notExtensionMember("pg_namespace", "n.oid")

func (in *inspector) readSchemas(rows pgx.Rows) error {
	var s model.Schema
	_, err := pgx.ForEachRow(rows, []any{&s.Name, &s.Comment}, func() error {
		schema := s
		in.cat.Schemas[schema.Name] = &schema
		return nil
	})
	return err
}
