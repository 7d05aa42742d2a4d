package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// extensionsQuery reads the installed extensions; the objects they own are left out
// of every other query. plpgsql is skipped: every database has it from template1, and
// it lives in pg_catalog, outside any user schema. Other extensions are filtered by
// the schema they were installed in, except that pg_catalog is allowed (CREATE
// EXTENSION ... SCHEMA pg_catalog is legitimate).
var extensionsQuery = `
SELECT x.oid, x.extname, n.nspname, x.extversion, coalesce(d.description, '')
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
` + description("pg_extension", "x.oid") + `
WHERE x.extname <> 'plpgsql'
	AND (n.nspname = 'pg_catalog' OR n.nspname !~ '^pg_')
	AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
	AND n.nspname <> ALL ($2::text[])`

func (in *inspector) readExtensions(rows pgx.Rows) error {
	var (
		oid uint32
		x   model.Extension
	)
	_, err := pgx.ForEachRow(rows, []any{&oid, &x.Name, &x.Schema, &x.Version, &x.Comment}, func() error {
		ext := x
		in.addObject("pg_extension", oid, model.ObjectID{Kind: model.KindExtension, Name: model.QName{Name: ext.Name}})
		in.cat.Extensions[ext.Name] = &ext
		return nil
	})
	return err
}
