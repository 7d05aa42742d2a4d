package schema

import (
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// privilegesQuery reads the access privileges granted on tables, views and
// sequences (relacl), on columns (attacl), schemas (nspacl), functions (proacl) and
// types (typacl), one row per aclexplode item: the privileges in effect, the owner's
// own left out. A NULL ACL holds the defaults, which give other roles nothing on
// relations and schemas, so those are skipped; on functions and types the defaults
// let PUBLIC execute and use them, so a NULL ACL there reads as acldefault. A
// function from which EXECUTE was revoked from PUBLIC thus differs from a fresh one.
// Grantee 0 is PUBLIC.
//
// aclexplode runs in the select lists, not as a lateral join. Rows name their object (kind, schema, name, column or identity arguments);
// those of objects not reported, extensions' and ignored tables', find nothing and
// are skipped.
var privilegesQuery = `
SELECT x.kind, x.nspname, x.name, x.member,
	CASE WHEN (x.acl).grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid((x.acl).grantee)::text END,
	(x.acl).privilege_type, (x.acl).is_grantable
FROM (
	SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END AS kind,
		n.nspname, c.relname::text AS name, '' AS member, c.relowner AS owner, pg_catalog.aclexplode(c.relacl) AS acl
	FROM pg_catalog.pg_class c
	JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ` + userNamespace + `
	UNION ALL
	SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
		n.nspname, c.relname::text, a.attname::text, c.relowner, pg_catalog.aclexplode(a.attacl)
	FROM pg_catalog.pg_attribute a
	JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
	JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
		AND c.relkind IN ('r', 'p', 'v', 'm') AND ` + userNamespace + `
	UNION ALL
	SELECT 'schema', n.nspname, n.nspname::text, '', n.nspowner, pg_catalog.aclexplode(n.nspacl)
	FROM pg_catalog.pg_namespace n
	WHERE n.nspacl IS NOT NULL AND ` + userNamespace + `
	UNION ALL
	SELECT 'function', n.nspname, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
		p.proowner, pg_catalog.aclexplode(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner)))
	FROM pg_catalog.pg_proc p
	JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
	WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'type', n.nspname, t.typname::text, '', t.typowner, pg_catalog.aclexplode(coalesce(t.typacl, pg_catalog.acldefault('T', t.typowner)))
	FROM pg_catalog.pg_type t
	JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
	WHERE t.typtype IN ('e', 'd', 'c', 'r') AND ` + userNamespace + `
) x
WHERE (x.acl).grantee <> x.owner`

func (in *inspector) readPrivileges(rows pgx.Rows) error {
	var (
		kind, member string
		name         model.QName
		p            model.Privilege
	)
	touched := map[*[]model.Privilege]bool{}
	scans := []any{&kind, &name.Schema, &name.Name, &member, &p.Grantee, &p.Privilege, &p.Grantable}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		priv := p
		if kind == "table" || kind == "view" {
			priv.Column = member
		}
		list := in.privilegesOf(kind, name, member)
		if list == nil {
			return nil
		}
		*list = append(*list, priv)
		touched[list] = true
		return nil
	})
	for list := range touched {
		ps := *list
		sort.Slice(ps, func(i, j int) bool {
			a, b := ps[i], ps[j]
			if a.Grantee != b.Grantee {
				return a.Grantee < b.Grantee
			}
			if a.Privilege != b.Privilege {
				return a.Privilege < b.Privilege
			}
			if a.Column != b.Column {
				return a.Column < b.Column
			}
			return !a.Grantable && b.Grantable
		})
	}
	return err
}

// privilegesOf returns the privileges of the reported object a privileges row names,
// nil when it is not reported.
func (in *inspector) privilegesOf(kind string, name model.QName, member string) *[]model.Privilege {
	switch kind {
	case "table":
		if t := in.cat.Tables[name]; t != nil {
			return &t.Privileges
		}
	case "view":
		if v := in.cat.Views[name]; v != nil {
			return &v.Privileges
		}
	case "sequence":
		if s := in.cat.Sequences[name]; s != nil {
			return &s.Privileges
		}
		if col := in.identitySequences[name]; col != nil {
			return &col.IdentityPrivileges
		}
	case "schema":
		if s := in.cat.Schemas[name.Name]; s != nil {
			return &s.Privileges
		}
	case "function":
		if f := in.cat.Functions[model.Signature(name, member)]; f != nil {
			return &f.Privileges
		}
	case "type":
		if e := in.cat.Enums[name]; e != nil {
			return &e.Privileges
		}
		if d := in.cat.Domains[name]; d != nil {
			return &d.Privileges
		}
		if c := in.cat.Composites[name]; c != nil {
			return &c.Privileges
		}
		if r := in.cat.Ranges[name]; r != nil {
			return &r.Privileges
		}
	}
	return nil
}
