package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// schemasQuery reads the user schemas. public is one of them: whether to ever drop it
// is the differ's decision, and its comment can differ between databases.
var schemasQuery = `
SELECT n.oid, n.nspname, coalesce(d.description, ''), pg_catalog.pg_get_userbyid(n.nspowner)::text
FROM pg_catalog.pg_namespace n
` + description("pg_namespace", "n.oid") + `
WHERE ` + userNamespace + `
	AND ` + notExtensionMember("pg_namespace", "n.oid")

func (in *inspector) readSchemas(rows pgx.Rows) error {
	var (
		oid uint32
		s   model.Schema
	)
	_, err := pgx.ForEachRow(rows, []any{&oid, &s.Name, &s.Comment, &s.Owner}, func() error {
		schema := s
		in.addObject("pg_namespace", oid, model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: schema.Name}})
		in.cat.Schemas[schema.Name] = &schema
		return nil
	})
	return err
}
