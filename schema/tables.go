package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// tablesQuery reads ordinary and partitioned tables with their table-level settings.
//
// A partitioned table has its partition key; a partition (relispartition) has its
// bound and its parent, the one pg_inherits row of a partition. Plain inheritance
// (INHERITS) also has pg_inherits rows, possibly several per table: the join keeps
// only a partition's. With search_path set to pg_catalog, the key and the bound come
// back schema-qualified where they name user objects.
var tablesQuery = `
SELECT c.oid, n.nspname, c.relname, c.relpersistence = 'u',
	c.relrowsecurity, c.relforcerowsecurity, c.relreplident::text,
	CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END,
	c.relispartition, coalesce(pn.nspname, ''), coalesce(pc.relname, ''),
	CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) ELSE '' END,
	coalesce(d.description, '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits inh ON inh.inhrelid = c.oid AND c.relispartition
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = inh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
` + description("pg_class", "c.oid") + `
WHERE ` + userTable

func (in *inspector) readTables(rows pgx.Rows) error {
	var (
		oid       uint32
		partition bool
		parent    model.QName
		t         model.Table
	)
	scans := []any{&oid, &t.Name.Schema, &t.Name.Name, &t.Unlogged,
		&t.RowSecurity, &t.ForceRowSecurity, &t.ReplicaIdentity,
		&t.PartitionKey, &partition, &parent.Schema, &parent.Name, &t.PartitionBound,
		&t.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		if in.ignore(t.Name) {
			return nil
		}
		tab := t
		if partition {
			of := parent
			tab.PartitionOf = &of
		}
		in.tables[oid] = &table{Table: &tab, columns: map[int16]*model.Column{}}
		in.cat.Tables[tab.Name] = &tab
		return nil
	})
	return err
}
