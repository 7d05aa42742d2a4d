package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// collationsQuery reads the collations made with CREATE COLLATION. Where the locale
// of an icu (or builtin) collation lives depends on the major version: collcollate
// before 15, colliculocale in 15 and 16, colllocale from 17. Read through to_jsonb,
// the one query runs on all of them; libc collations keep theirs in collcollate and
// collctype. ICU tailoring rules (collicurules, PostgreSQL 16) are not modelled: a
// collation that has them is reported unsupported rather than compared without them.
var collationsQuery = `
SELECT c.oid, n.nspname, c.collname, c.collprovider::text,
	CASE WHEN c.collprovider = 'c' THEN '' ELSE coalesce(pg_catalog.to_jsonb(c) ->> 'colliculocale',
		pg_catalog.to_jsonb(c) ->> 'colllocale', c.collcollate, '') END,
	CASE WHEN c.collprovider = 'c' THEN coalesce(c.collcollate, '') ELSE '' END,
	CASE WHEN c.collprovider = 'c' THEN coalesce(c.collctype, '') ELSE '' END,
	c.collisdeterministic, coalesce(d.description, ''), pg_catalog.pg_get_userbyid(c.collowner)::text,
	coalesce(pg_catalog.to_jsonb(c) ->> 'collicurules', '')
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
` + description("pg_collation", "c.oid") + `
WHERE ` + userNamespace + `
	AND ` + notExtensionMember("pg_collation", "c.oid")

// collationProviders names the values of pg_collation.collprovider as CREATE
// COLLATION spells them.
var collationProviders = map[string]string{"c": "libc", "i": "icu", "b": "builtin"}

func (in *inspector) readCollations(rows pgx.Rows) error {
	var (
		oid      uint32
		provider string
		rules    string
		c        model.Collation
	)
	scans := []any{&oid, &c.Name.Schema, &c.Name.Name, &provider, &c.Locale, &c.LcCollate, &c.LcCtype,
		&c.Deterministic, &c.Comment, &c.Owner, &rules}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		coll := c
		name, ok := collationProviders[provider]
		switch {
		case !ok:
			in.cat.Unsupported = append(in.cat.Unsupported, "collation "+coll.Name.String()+" (provider "+provider+")")
			return nil
		case rules != "":
			in.cat.Unsupported = append(in.cat.Unsupported, "collation "+coll.Name.String()+" (ICU rules)")
			return nil
		}
		coll.Provider = name
		in.addObject("pg_collation", oid, model.ObjectID{Kind: model.KindCollation, Name: coll.Name})
		in.cat.Collations[coll.Name] = &coll
		return nil
	})
	return err
}
