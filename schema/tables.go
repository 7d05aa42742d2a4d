package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// tablesQuery reads ordinary and partitioned tables with their table-level settings.
//
// A partitioned table has its partition key; a partition (relispartition) has its
// bound and its parent, the one pg_inherits row of a partition. Plain inheritance
// (INHERITS) also has pg_inherits rows, possibly several per table: the first join
// keeps only a partition's, and the parents of other tables come aggregated in
// inhseqno order, from one pass over pg_inherits. With search_path set to pg_catalog,
// the key and the bound come back schema-qualified where they name user objects.
// Storage parameters (reloptions) are sorted by readTables. The table's size comes
// along (model.TableStats) when stats is true: the planner's row estimate,
// reltuples (-1: never analyzed), and pg_total_relation_size, which only stats
// the table's files. Before
// PostgreSQL 14, reltuples is 0, not -1, until the table is first vacuumed or
// analyzed, and relpages 0 is how that server's own planner tells: such a table
// reads as never analyzed (an analyzed empty table too, which has no rows to weigh).
func tablesQuery(version int, stats bool) string {
	sizes := "-1::bigint, -1::bigint"
	if stats {
		sizes = since(version, 140000, "c.reltuples::bigint",
			"CASE WHEN c.relpages = 0 AND c.reltuples = 0 THEN -1 ELSE c.reltuples::bigint END") + `,
	pg_catalog.pg_total_relation_size(c.oid)`
	}
	return `
SELECT c.oid, n.nspname, c.relname, c.relpersistence = 'u',
	c.relrowsecurity, c.relforcerowsecurity, c.relreplident::text,
	CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END,
	c.relispartition, coalesce(pn.nspname, ''), coalesce(pc.relname, ''),
	CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) ELSE '' END,
	coalesce(d.description, ''),
	coalesce(c.reloptions, '{}'), coalesce(parents.names, '[]'), c.reltype,
	pg_catalog.pg_get_userbyid(c.relowner)::text,
	` + sizes + `
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits inh ON inh.inhrelid = c.oid AND c.relispartition
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = inh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN (SELECT i.inhrelid, pg_catalog.json_agg(pg_catalog.json_build_object('Schema', ipn.nspname, 'Name', ipc.relname)
		ORDER BY i.inhseqno) AS names
	FROM pg_catalog.pg_inherits i
	JOIN pg_catalog.pg_class ipc ON ipc.oid = i.inhparent
	JOIN pg_catalog.pg_namespace ipn ON ipn.oid = ipc.relnamespace
	GROUP BY i.inhrelid) parents ON parents.inhrelid = c.oid AND NOT c.relispartition
` + description("pg_class", "c.oid") + `
WHERE ` + userTable
}

func (in *inspector) readTables(rows pgx.Rows) error {
	var (
		oid, rowType uint32
		partition    bool
		parent       model.QName
		t            model.Table
		stats        model.TableStats
	)
	scans := []any{&oid, &t.Name.Schema, &t.Name.Name, &t.Unlogged,
		&t.RowSecurity, &t.ForceRowSecurity, &t.ReplicaIdentity,
		&t.PartitionKey, &partition, &parent.Schema, &parent.Name, &t.PartitionBound,
		&t.Comment, &t.Options, &t.Inherits, &rowType, &t.Owner,
		&stats.Rows, &stats.Bytes}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		if in.ignore(t.Name) {
			return nil
		}
		tab := t
		if !in.withoutStats {
			st := stats
			tab.Stats = &st
		}
		tab.Options = sortedOptions(t.Options)
		if len(t.Inherits) == 0 {
			tab.Inherits = nil
		} else {
			tab.Inherits = append([]model.QName(nil), t.Inherits...)
		}
		if partition {
			of := parent
			tab.PartitionOf = &of
		}
		id := model.ObjectID{Kind: model.KindTable, Name: tab.Name}
		in.addObject("pg_class", oid, id)
		// Functions that take or return the table's row type depend on the table.
		in.addObject("pg_type", rowType, id)
		in.tables[oid] = &table{Table: &tab, columns: map[int16]*model.Column{}}
		in.cat.Tables[tab.Name] = &tab
		return nil
	})
	return err
}
