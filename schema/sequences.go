package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// sequencesQuery reads every user sequence with its parameters and the column it
// belongs to, if any: deptype 'a' is OWNED BY (serial columns, or explicit), deptype
// 'i' marks an identity column's sequence. Identity sequences are not reported as
// sequences, but their parameters become the column's IdentityOptions; reading them
// here keeps the columns query free of a second pg_sequence join.
var sequencesQuery = `
SELECT c.oid, n.nspname, c.relname,
	pg_catalog.format_type(s.seqtypid, NULL),
	s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
	coalesce(dep.deptype::text, ''),
	coalesce(dep.refobjid, 0), coalesce(dep.refobjsubid, 0)::int2,
	coalesce(own.nspname, ''), coalesce(oc.relname, ''), coalesce(oa.attname, ''),
	coalesce(d.description, ''), pg_catalog.pg_get_userbyid(c.relowner)::text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND dep.objid = c.oid AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class oc ON oc.oid = dep.refobjid
LEFT JOIN pg_catalog.pg_namespace own ON own.oid = oc.relnamespace
LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
` + description("pg_class", "c.oid") + `
WHERE c.relkind = 'S' AND ` + userNamespace + `
	AND ` + notExtensionObject("pg_class", "c.oid")

func (in *inspector) readSequences(rows pgx.Rows) error {
	var (
		oid     uint32
		s       model.Sequence
		o       model.SequenceOptions
		deptype string
		ownerID uint32
		attnum  int16
		owner   model.ColumnRef
	)
	scans := []any{&oid, &s.Name.Schema, &s.Name.Name,
		&o.Type, &o.Start, &o.Increment, &o.Min, &o.Max, &o.Cache, &o.Cycle,
		&deptype, &ownerID, &attnum,
		&owner.Table.Schema, &owner.Table.Name, &owner.Column,
		&s.Comment, &s.Owner}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		opts := o
		if deptype == "i" {
			if t := in.tables[ownerID]; t != nil {
				if col := t.columns[attnum]; col != nil {
					col.IdentityOptions = &opts
					col.IdentitySequence = s.Name
					in.identitySequences[s.Name] = col
				}
			}
			return nil
		}
		seq := s
		seq.Options = opts
		if deptype == "a" {
			ref := owner
			seq.OwnedBy = &ref
		}
		in.addObject("pg_class", oid, model.ObjectID{Kind: model.KindSequence, Name: seq.Name})
		in.cat.Sequences[seq.Name] = &seq
		return nil
	})
	return err
}
