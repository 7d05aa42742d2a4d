package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// columnsQuery reads the live columns of every reported table in attnum order.
//
// A stored generated column keeps its expression in pg_attrdef like a default does;
// attgenerated tells them apart. The collation is reported only when it differs from
// the type's own, which is what a declaration without COLLATE gets, so that omitting
// COLLATE and spelling out the default compare equal. Identity options come later,
// from the sequences query, which reads the identity sequences anyway.
var columnsQuery = `
SELECT a.attrelid, a.attnum, a.attname,
	pg_catalog.format_type(a.atttypid, a.atttypmod),
	a.attnotnull,
	CASE WHEN a.attgenerated = '' THEN coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
	a.attidentity::text,
	CASE WHEN a.attgenerated = 's' THEN coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
	coalesce(pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname), ''),
	coalesce(d.description, '')
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.objoid = a.attrelid AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND ` + userTable + `
ORDER BY a.attrelid, a.attnum`

func (in *inspector) readColumns(rows pgx.Rows) error {
	var (
		rel uint32
		num int16
		c   model.Column
	)
	scans := []any{&rel, &num, &c.Name, &c.Type, &c.NotNull, &c.Default,
		&c.Identity, &c.Generated, &c.Collation, &c.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil { // an ignored table
			return nil
		}
		col := c
		t.Columns = append(t.Columns, &col)
		t.columns[num] = &col
		return nil
	})
	return err
}
