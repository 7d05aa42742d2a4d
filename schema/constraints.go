package schema

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// constraintsQuery reads the constraints of every reported table. Key columns come
// back as attnums and are named from the columns already read, which spares a
// subquery per constraint.
//
// Constraints that PostgreSQL derives from another are left out: conparentid is set on
// the copies it makes of a partitioned table's keys and foreign keys on each partition,
// and on the extra rows of a foreign key that references a partitioned table (one per
// referenced partition, on the referencing table itself). Checks inherited from a
// parent, by a partition or by a child of plain inheritance, are not conislocal: the
// parent declares them.
//
// PostgreSQL 18 records NOT NULL as constraints too (contype 'n', named
// <table>_<column>_not_null): the model keeps NOT NULL on the column (attnotnull),
// as every major has it, so those rows are left out. Their names are not compared.
var constraintsQuery = `
SELECT con.oid, con.conrelid, con.conname, con.contype::text,
	pg_catalog.pg_get_constraintdef(con.oid),
	coalesce(con.conkey, '{}'),
	coalesce(rn.nspname, ''), coalesce(rc.relname, ''),
	coalesce((SELECT pg_catalog.array_agg(a.attname::text ORDER BY k.i)
		FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, i)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum), '{}'),
	coalesce(d.description, '')
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
` + description("pg_constraint", "con.oid") + `
WHERE ` + userTable + `
	AND con.conparentid = 0 AND con.conislocal
	AND con.contype <> 't' -- constraint triggers are read as triggers
	AND con.contype <> 'n' -- NOT NULL, a constraint row from PostgreSQL 18 on, is read with its column`

func (in *inspector) readConstraints(rows pgx.Rows) error {
	var (
		oid  uint32
		rel  uint32
		keys []int16
		kind string
		c    model.Constraint
	)
	scans := []any{&oid, &rel, &c.Name, &kind, &c.Definition, &keys,
		&c.References.Schema, &c.References.Name, &c.ReferencedColumns, &c.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil {
			return nil
		}
		con := c
		con.Kind = model.ConstraintKind(kind)
		if len(con.ReferencedColumns) == 0 {
			con.ReferencedColumns = nil
		}
		for _, k := range keys {
			// An exclusion constraint's expression element (lower(name) WITH =) has
			// key 0: no column, only its text in the definition.
			if k == 0 && con.Kind == model.Exclusion {
				continue
			}
			col := t.columns[k]
			if col == nil {
				// Only a system column could be missing, and no constraint may use one.
				return fmt.Errorf("constraint %s on %s: no column %d", con.Name, t.Name, k)
			}
			con.Columns = append(con.Columns, col.Name)
		}
		t.Constraints = append(t.Constraints, &con)
		in.addObject("pg_constraint", oid, model.ObjectID{Kind: model.KindConstraint, Name: t.Name, Member: con.Name})
		return nil
	})
	return err
}
