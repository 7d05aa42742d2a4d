package schema

import (
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// policiesQuery reads the row-level security policies of every reported table. Role
// 0 in polroles is PUBLIC, which CREATE POLICY spells "public"; the roles are named
// with pg_get_userbyid, a lookup per role rather than a join.
var policiesQuery = `
SELECT pol.oid, pol.polrelid, pol.polname, pol.polpermissive, pol.polcmd::text,
	coalesce((SELECT pg_catalog.array_agg(CASE WHEN r.oid = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.oid)::text END)
		FROM pg_catalog.unnest(pol.polroles) AS r(oid)), '{}'),
	coalesce(pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), ''),
	coalesce(pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid), ''),
	coalesce(d.description, '')
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
` + description("pg_policy", "pol.oid") + `
WHERE ` + userTable

// policyCommands spells pg_policy.polcmd as SQL.
var policyCommands = map[string]string{"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}

func (in *inspector) readPolicies(rows pgx.Rows) error {
	var (
		oid, rel uint32
		cmd      string
		p        model.Policy
	)
	scans := []any{&oid, &rel, &p.Name, &p.Permissive, &cmd, &p.Roles, &p.Using, &p.WithCheck, &p.Comment}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		t := in.tables[rel]
		if t == nil {
			return nil
		}
		pol := p
		pol.Command = policyCommands[cmd]
		pol.Roles = append([]string(nil), p.Roles...)
		sort.Strings(pol.Roles)
		t.Policies = append(t.Policies, &pol)
		in.addObject("pg_policy", oid, model.ObjectID{Kind: model.KindPolicy, Name: t.Name, Member: pol.Name})
		return nil
	})
	return err
}
