package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// enumsQuery reads enum types with their labels in sort order, aggregated once over
// all of pg_enum rather than per type. An enum may have no labels at all.
var enumsQuery = `
SELECT t.oid, t.typarray, n.nspname, t.typname, coalesce(l.labels, '{}'), coalesce(d.description, ''),
	pg_catalog.pg_get_userbyid(t.typowner)::text
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN (SELECT enumtypid, pg_catalog.array_agg(enumlabel::text ORDER BY enumsortorder) AS labels
	FROM pg_catalog.pg_enum GROUP BY enumtypid) l ON l.enumtypid = t.oid
` + description("pg_type", "t.oid") + `
WHERE t.typtype = 'e' AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_type", "t.oid")

func (in *inspector) readEnums(rows pgx.Rows) error {
	var (
		oid, array uint32
		e          model.Enum
	)
	_, err := pgx.ForEachRow(rows, []any{&oid, &array, &e.Name.Schema, &e.Name.Name, &e.Values, &e.Comment, &e.Owner}, func() error {
		enum := e
		in.addType(oid, array, model.ObjectID{Kind: model.KindType, Name: enum.Name})
		enum.Values = append([]string(nil), e.Values...)
		in.cat.Enums[enum.Name] = &enum
		return nil
	})
	return err
}
