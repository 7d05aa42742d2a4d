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
//
// A partition's columns are its parent's, and the model lists only what a partition
// declares itself: so for each column of a partition the query also returns the
// parent column's NOT NULL and default, the two things a partition can set on its
// own (columns match their parent's by name, not by attnum). They are scalar
// subqueries on the catalogs' unique indexes, evaluated for partitions' columns only.
//
// A child of plain inheritance (INHERITS) gets its parents' columns: those it does not
// declare itself (not attislocal) are left out of the model like a partition's. The
// storage is reported when it differs from the type's default, the compression
// method when one is set (PostgreSQL 13 has no attcompression, and no compression
// method but the built-in one).
//
// PostgreSQL 18 names NOT NULL constraints (pg_constraint contype 'n'): the query
// returns the column's, and for a partition its parent column's, which the partition
// gets when made with PARTITION OF (ATTACH PARTITION keeps the table's own). The
// model keeps a name only when it is not the one PostgreSQL gives (see
// model.Column.NotNullName). Both are scalar subqueries on pg_constraint's
// (conrelid, contypid, conname) index.
func columnsQuery(version int) string {
	return `
SELECT a.attrelid, a.attnum, a.attname,
	pg_catalog.format_type(a.atttypid, a.atttypmod),
	a.attnotnull,
	CASE WHEN a.attgenerated = '' THEN coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
	a.attidentity::text,
	CASE WHEN a.attgenerated IN ('s', 'v') THEN coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
	a.attgenerated = 'v',
	coalesce(pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname), ''),
	coalesce(d.description, ''),
	c.relispartition,
	CASE WHEN c.relispartition THEN coalesce((SELECT pa.attnotnull FROM pg_catalog.pg_attribute pa
		WHERE pa.attrelid = inh.inhparent AND pa.attname = a.attname), false) ELSE false END,
	CASE WHEN c.relispartition THEN coalesce((SELECT pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
		FROM pg_catalog.pg_attrdef pd WHERE pd.adrelid = inh.inhparent
			AND pd.adnum = (SELECT pa.attnum FROM pg_catalog.pg_attribute pa
				WHERE pa.attrelid = inh.inhparent AND pa.attname = a.attname AND pa.attgenerated = '')), '')
		ELSE '' END,
	NOT c.relispartition AND NOT a.attislocal AND a.attinhcount > 0,
	CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text ELSE '' END,
	` + since(version, 140000, `CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' ELSE '' END`, `''`) + `,
	` + since(version, 180000, notNullNames, `'', ''`) + `
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits inh ON inh.inhrelid = c.oid AND c.relispartition
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.objoid = a.attrelid AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND ` + userTable + `
ORDER BY a.attrelid, a.attnum`
}

// notNullNames are the columns of columnsQuery that name a column's NOT NULL
// constraint and, for a partition, its parent column's (PostgreSQL 18 and later).
//
// A child of plain inheritance (its parents read already, Inherits) shares its
// parents' names in ways the model does not follow (a column it declares NOT NULL
// itself has a name of its own, one it only inherits its first parent's, and ALTER
// TABLE ... INHERIT keeps what it had): readColumns keeps its names apart, for when
// it leaves its parents (model.Table.ChildNotNullNames).
const notNullNames = `coalesce((SELECT con.conname FROM pg_catalog.pg_constraint con
		WHERE con.conrelid = a.attrelid AND con.contype = 'n' AND con.conkey[1] = a.attnum), ''),
	CASE WHEN c.relispartition THEN coalesce((SELECT pc.conname FROM pg_catalog.pg_constraint pc
		JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pc.conrelid AND pa.attnum = pc.conkey[1]
		WHERE pc.conrelid = inh.inhparent AND pc.contype = 'n' AND pa.attname = a.attname), '') ELSE '' END`

func (in *inspector) readColumns(rows pgx.Rows) error {
	var (
		rel                      uint32
		num                      int16
		c                        model.Column
		partition, parentNotNull bool
		parentDefault            string
		inherited                bool
		notNull, parentNotNullAs string
	)
	scans := []any{&rel, &num, &c.Name, &c.Type, &c.NotNull, &c.Default,
		&c.Identity, &c.Generated, &c.Virtual, &c.Collation, &c.Comment,
		&partition, &parentNotNull, &parentDefault,
		&inherited, &c.Storage, &c.Compression, &notNull, &parentNotNullAs}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil { // an ignored table
			return nil
		}
		col := c
		if len(t.Inherits) > 0 && notNull != "" {
			if t.ChildNotNullNames == nil {
				t.ChildNotNullNames = map[string]string{}
			}
			t.ChildNotNullNames[col.Name] = notNull
		} else if len(t.Inherits) == 0 {
			col.NotNullName = ownNotNullName(t.Name.Name, col.Name, notNull, parentNotNullAs)
		}
		// Every column is kept by attnum: a partition's own constraints name theirs.
		t.columns[num] = &col
		if partition && !declaredByPartition(&col, parentNotNull, parentDefault) || inherited {
			return nil
		}
		t.Columns = append(t.Columns, &col)
		return nil
	})
	return err
}

// declaredByPartition reports whether a partition's column says something of its
// own, beyond the parent's column it comes from: a default other than the parent's
// (no default included), NOT NULL the parent lacks, or a comment (comments are never
// inherited). Type, collation, identity and generation are the parent's.
func declaredByPartition(c *model.Column, parentNotNull bool, parentDefault string) bool {
	return c.Default != parentDefault || c.NotNull && !parentNotNull || c.Comment != "" || c.NotNullName != ""
}

// ownNotNullName is the name of a column's NOT NULL constraint when PostgreSQL would
// not have given it that name itself, empty otherwise: a partition's default is its
// parent column's name (parentName, when the parent's column is NOT NULL), any other
// table's is <table>_<column>_not_null.
func ownNotNullName(table, column, name, parentName string) string {
	if name == "" || name == parentName || parentName == "" && name == model.DefaultNotNullName(table, column) {
		return ""
	}
	return name
}
