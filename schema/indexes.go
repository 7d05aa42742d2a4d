package schema

import (
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// indexesQuery reads the indexes of every reported table and materialized view. Primary key, unique and
// exclusion constraints own their index: those are read as constraints, and come back
// here to name the replica identity index, which may be one of them, and for the
// definition of the index (Constraint.Index), which a plan builds concurrently. The join
// checks conrelid because a foreign key's conindid points at the referenced table's
// index, which its own table does not own.
//
// An index of a partition that is attached to its parent's partitioned index
// (relispartition) comes from the parent's declaration and is not reported as an index
// of the table but among its PartitionIndexes, with the parent index it is attached
// to, for its name; it also comes back for the replica identity, which each partition
// sets itself.
// pg_get_indexdef prints a partitioned index (relkind 'I') as CREATE INDEX ... ON ONLY,
// which is how pg_dump rebuilds it piecewise, but the declaration that made it, and
// that would make it again, is CREATE INDEX ... ON the table, cascading to the
// partitions: the query returns the text to replace for readIndexes to drop the ONLY,
// unless the index is still invalid, that is some partition lacks its index.
var indexesQuery = `
SELECT i.indexrelid, i.indrelid, ic.relname, coalesce(con.conname, ''), con.oid IS NOT NULL OR ic.relispartition,
	pg_catalog.pg_get_indexdef(i.indexrelid),
	coalesce(pn.nspname, ''), coalesce(pc.relname, ''),
	CASE WHEN ic.relkind = 'I' AND i.indisvalid THEN 'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END
		|| 'INDEX ' || pg_catalog.quote_ident(ic.relname) || ' ON ONLY ' ELSE '' END,
	i.indisunique, i.indisreplident, ic.relkind = 'i' AND NOT i.indisvalid,
	coalesce(d.description, '')
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid
	AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_catalog.pg_inherits pi ON pi.inhrelid = i.indexrelid AND ic.relispartition AND con.oid IS NULL
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
` + description("pg_class", "i.indexrelid") + `
WHERE c.relkind IN ('r', 'p', 'm') AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_class", "c.oid")

// indexObject names an index of a table or view in dependencies: indexes are named
// within their schema.
func indexObject(table model.QName, name string) model.ObjectID {
	return model.ObjectID{Kind: model.KindIndex, Name: model.QName{Schema: table.Schema, Name: name}}
}

func (in *inspector) readIndexes(rows pgx.Rows) error {
	var (
		oid, rel           uint32
		constraint         string
		derived, replIdent bool
		only               string
		attachedTo         model.QName
		x                  model.Index
	)
	scans := []any{&oid, &rel, &x.Name, &constraint, &derived, &x.Definition, &attachedTo.Schema, &attachedTo.Name, &only, &x.Unique, &replIdent, &x.Invalid, &x.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil {
			if v := in.views[rel]; v != nil && !derived {
				idx := x
				v.Indexes = append(v.Indexes, &idx)
				in.addObject("pg_class", oid, indexObject(v.Name, idx.Name))
			}
			return nil
		}
		// A constraint's index stands for its constraint in dependencies: a foreign
		// key depends on the referenced key's index.
		if c := t.Constraint(constraint); constraint != "" && c != nil {
			c.Index = x.Definition
			in.addObject("pg_class", oid, model.ObjectID{Kind: model.KindConstraint, Name: t.Name, Member: constraint})
		} else if !derived {
			in.addObject("pg_class", oid, indexObject(t.Name, x.Name))
		}
		if replIdent && t.ReplicaIdentity == "i" {
			t.ReplicaIdentityIndex = x.Name
		}
		idx := x
		if rest, ok := strings.CutPrefix(idx.Definition, only); ok && only != "" {
			idx.Definition = strings.TrimSuffix(only, "ONLY ") + rest
		}
		switch {
		case attachedTo.Name != "":
			idx.AttachedTo = attachedTo
			t.PartitionIndexes = append(t.PartitionIndexes, &idx)
		case !derived: // else a constraint's
			t.Indexes = append(t.Indexes, &idx)
		}
		return nil
	})
	return err
}
