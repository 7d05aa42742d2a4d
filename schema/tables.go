package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// tablesQuery reads ordinary and partitioned tables with their table-level settings.
var tablesQuery = `
SELECT c.oid, n.nspname, c.relname, c.relpersistence = 'u',
	c.relrowsecurity, c.relforcerowsecurity, c.relreplident::text,
	coalesce(d.description, '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
` + description("pg_class", "c.oid") + `
WHERE ` + userTable

func (in *inspector) readTables(rows pgx.Rows) error {
	var (
		oid uint32
		t   model.Table
	)
	scans := []any{&oid, &t.Name.Schema, &t.Name.Name, &t.Unlogged,
		&t.RowSecurity, &t.ForceRowSecurity, &t.ReplicaIdentity, &t.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		if in.ignore(t.Name) {
			return nil
		}
		tab := t
		in.tables[oid] = &table{Table: &tab, columns: map[int16]*model.Column{}}
		in.cat.Tables[tab.Name] = &tab
		return nil
	})
	return err
}
