package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// indexesQuery reads the indexes of every reported table. Primary key, unique and
// exclusion constraints own their index: those are read as constraints, and come back
// here only to name the replica identity index, which may be one of them. The join
// checks conrelid because a foreign key's conindid points at the referenced table's
// index, which its own table does not own.
var indexesQuery = `
SELECT i.indrelid, ic.relname, con.oid IS NOT NULL,
	CASE WHEN con.oid IS NULL THEN pg_catalog.pg_get_indexdef(i.indexrelid) ELSE '' END,
	i.indisunique, i.indisreplident,
	coalesce(d.description, '')
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid
	AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
` + description("pg_class", "i.indexrelid") + `
WHERE ` + userTable

func (in *inspector) readIndexes(rows pgx.Rows) error {
	var (
		rel              uint32
		owned, replIdent bool
		x                model.Index
	)
	scans := []any{&rel, &x.Name, &owned, &x.Definition, &x.Unique, &replIdent, &x.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil {
			return nil
		}
		if replIdent && t.ReplicaIdentity == "i" {
			t.ReplicaIdentityIndex = x.Name
		}
		if owned {
			return nil
		}
		idx := x
		t.Indexes = append(t.Indexes, &idx)
		return nil
	})
	return err
}
