package schema

import (
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// defaultPrivilegesQuery reads pg_default_acl, one row per role, schema (none for
// database-wide entries) and kind of object, with the privileges it gives to roles
// other than the creating role aggregated. Database-wide rows are always read: they
// belong to no schema the filters could name. Grantee 0 is PUBLIC.
var defaultPrivilegesQuery = `
SELECT pg_catalog.pg_get_userbyid(d.defaclrole)::text, coalesce(n.nspname, ''), d.defaclobjtype::text,
	coalesce((SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
			'Grantee', CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee)::text END,
			'Privilege', x.privilege_type, 'Grantable', x.is_grantable))
		FROM pg_catalog.aclexplode(d.defaclacl) x WHERE x.grantee <> d.defaclrole), '[]')
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
WHERE d.defaclnamespace = 0 OR (` + userNamespace + `)`

// defaultACLKinds names the values of pg_default_acl.defaclobjtype as ALTER
// DEFAULT PRIVILEGES spells them.
var defaultACLKinds = map[string]string{"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}

// builtinDefaults are the privileges PostgreSQL gives roles other than the owner on
// a new object when no database-wide entry says otherwise (acldefault).
var builtinDefaults = map[string][]model.Privilege{
	"FUNCTIONS": {{Grantee: "PUBLIC", Privilege: "EXECUTE"}},
	"TYPES":     {{Grantee: "PUBLIC", Privilege: "USAGE"}},
}

func (in *inspector) readDefaultPrivileges(rows pgx.Rows) error {
	var (
		role, schema, kind string
		acl                []model.Privilege
	)
	_, err := pgx.ForEachRow(rows, []any{&role, &schema, &kind, &acl}, func() error {
		on, ok := defaultACLKinds[kind]
		if !ok {
			in.cat.Unsupported = append(in.cat.Unsupported, "default privileges for role "+model.QuoteIdent(role)+" on objects of type "+kind)
			return nil
		}
		in.cat.DefaultPrivileges = append(in.cat.DefaultPrivileges, defaultPrivileges(role, schema, on, acl)...)
		return nil
	})
	sort.Slice(in.cat.DefaultPrivileges, func(i, j int) bool {
		return in.cat.DefaultPrivileges[i].Less(in.cat.DefaultPrivileges[j])
	})
	return err
}

// defaultPrivileges turns one pg_default_acl row into model entries. A schema's row
// only adds to the database-wide defaults; a database-wide row replaces the built-in
// defaults, so the built-in privileges it lacks are Revoked entries and the ones it
// repeats are no entries at all.
func defaultPrivileges(role, schema, on string, acl []model.Privilege) []model.DefaultPrivilege {
	var out []model.DefaultPrivilege
	builtin := map[model.Privilege]bool{}
	if schema == "" {
		for _, p := range builtinDefaults[on] {
			builtin[p] = true
		}
	}
	for _, p := range acl {
		if builtin[p] {
			delete(builtin, p)
			continue
		}
		out = append(out, model.DefaultPrivilege{Role: role, Schema: schema, On: on,
			Grantee: p.Grantee, Privilege: p.Privilege, Grantable: p.Grantable})
	}
	for p := range builtin {
		out = append(out, model.DefaultPrivilege{Role: role, On: on, Grantee: p.Grantee, Privilege: p.Privilege, Revoked: true})
	}
	return out
}
