package schema

import (
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// The kinds compared as a whole (model.Object) are read by one query each, written
// as an inner query that returns, per object:
//
//	cat     the system catalog of the object, as pg_depend names it (pg_proc, ...)
//	oid     its oid there
//	nspname its schema, for the schema filters; '' for objects of no schema
//	name    model.ObjectID's Name.Name; member its Member (see model.Object)
//	ddl     the statements that create it, as the server prints its catalog back
//	owner   its owner's oid, 0 for kinds without one
//	acl     its ACL with the defaults filled in, NULL for kinds without one
//
// and, for foreign data wrappers, servers, user mappings and foreign tables, their
// generic options (see optionList), which change in place.
//
// wholeObjectsQuery joins them in one query (one result, whatever the number of
// kinds) with what every kind shares: the comment, the owner's name, the
// privileges other roles hold, and the filters (schemas, extensions' objects and the
// ones made for them: see extmembers.go).
// Objects of no schema are read only when no schema is singled out with
// IncludeSchemas: they belong to the database as a whole.
func wholeObjectsQuery(version int, present func(cond string) bool) string {
	var inner []string
	for _, k := range wholeObjectKinds {
		if q := k.query(version); q != "" && present(k.present) {
			inner = append(inner, "SELECT '"+string(k.kind)+"'::text AS kind, q.* FROM ("+q+") q")
		}
	}
	if len(inner) == 0 {
		return ""
	}
	return `
SELECT x.kind, x.cat, x.oid, x.nspname, x.name, x.member, x.ddl,
	coalesce(pg_catalog.obj_description(x.oid, x.cat), ''),
	CASE WHEN x.owner = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(x.owner)::text END,
	coalesce((SELECT pg_catalog.array_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END
		|| ' ' || a.privilege_type || CASE WHEN a.is_grantable THEN ' *' ELSE '' END ORDER BY 1)
		FROM pg_catalog.aclexplode(x.acl) a WHERE a.grantee <> x.owner), '{}'),
	` + optionList("x.cat", "x.oid", "x.name", "CASE WHEN x.member = 'PUBLIC' THEN 'public' ELSE x.member END") + `
FROM (` + strings.Join(inner, "\nUNION ALL\n") + `) x
LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = x.nspname
WHERE (CASE WHEN x.nspname = '' THEN pg_catalog.cardinality($1::text[]) = 0 ELSE ` + userNamespace + ` END)
	AND ` + notExtensionObjectOf("('pg_catalog.' || x.cat)::pg_catalog.regclass", "x.oid")
}

// wholeObjectsStep is the step that reads the kinds compared as a whole, those
// present (see presence.go); its query is empty when none is.
func (in *inspector) wholeObjectsStep(present func(cond string) bool) step {
	return step{kind: "objects compared as a whole", query: wholeObjectsQuery(in.version, present), read: in.readWholeObjects}
}

// wholeObjectKinds are the kinds compared as a whole, in the order they are
// read: rules and foreign tables after the tables and views they belong to. Each
// has its inner query for a server version ("" where the version has no such
// kind) and its presence condition (presence.go).
var wholeObjectKinds = []struct {
	kind    model.ObjectKind
	query   func(version int) string
	present string
}{
	{model.KindAggregate, always(aggregatesQuery), userRows("pg_aggregate", "aggfnoid", "")},
	{model.KindOperator, always(operatorsQuery), userRows("pg_operator", "oid", "")},
	{model.KindOperatorFamily, always(operatorFamiliesQuery), userRows("pg_opfamily", "oid", "")},
	{model.KindOperatorClass, always(operatorClassesQuery), userRows("pg_opclass", "oid", "")},
	{model.KindCast, always(castsQuery), userRows("pg_cast", "oid", "")},
	{model.KindTextSearchParser, always(textSearchParsersQuery), userRows("pg_ts_parser", "oid", "")},
	{model.KindTextSearchTemplate, always(textSearchTemplatesQuery), userRows("pg_ts_template", "oid", "")},
	{model.KindTextSearchDict, always(textSearchDictionariesQuery), userRows("pg_ts_dict", "oid", "")},
	{model.KindTextSearchConfig, always(textSearchConfigurationsQuery), userRows("pg_ts_config", "oid", "")},
	{model.KindRule, always(rulesQuery), userRows("pg_rewrite", "oid", "rulename <> '_RETURN'")},
	{model.KindEventTrigger, always(eventTriggersQuery), userRows("pg_event_trigger", "oid", "")},
	{model.KindStatistics, always(statisticsQuery), userRows("pg_statistic_ext", "oid", "")},
	{model.KindForeignDataWrapper, always(foreignDataWrappersQuery), userRows("pg_foreign_data_wrapper", "oid", "")},
	// pg_user_mapping is the superuser's alone; a mapping needs a server.
	{model.KindServer, always(serversQuery), userRows("pg_foreign_server", "oid", "")},
	{model.KindUserMapping, always(userMappingsQuery), userRows("pg_foreign_server", "oid", "")},
	{model.KindForeignTable, always(foreignTablesQuery), userRows("pg_foreign_table", "ftrelid", "")},
	{model.KindPublication, always(publicationsQuery), userRows("pg_publication", "oid", "")},
	// the tables and schemas a publication publishes (schemas from PostgreSQL 15)
	{model.KindPublicationTable, publicationTablesQuery, userRows("pg_publication", "oid", "")},
	{model.KindPublicationSchema, publicationSchemasQuery, userRows("pg_publication", "oid", "")},
}

// always is a query the same on every supported version.
func always(query string) func(int) string { return func(int) string { return query } }

func (in *inspector) readWholeObjects(rows pgx.Rows) error {
	var (
		kind, cat, schema, name, member, comment, owner string
		oid                                             uint32
		ddl, acl, options                               []string
	)
	scans := []any{&kind, &cat, &oid, &schema, &name, &member, &ddl, &comment, &owner, &acl, &options}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		id := model.ObjectID{Kind: model.ObjectKind(kind), Name: model.QName{Schema: schema, Name: name}, Member: member}
		if id.Kind == model.KindRule && in.ignore(id.Name) {
			return nil
		}
		o := &model.Object{ID: id, Create: ddl, Comment: comment, Owner: owner, Privileges: parseACL(acl), Options: options}
		in.addObject(cat, oid, id)
		in.cat.Objects[id] = o
		return nil
	})
	return err
}

// parseACL reads the privileges wholeObjectQuery writes as "grantee PRIVILEGE" and
// "grantee PRIVILEGE *" (with grant option).
func parseACL(items []string) []model.Privilege {
	var out []model.Privilege
	for _, item := range items {
		p := model.Privilege{}
		rest := item
		if n := len(rest); n > 2 && rest[n-2:] == " *" {
			p.Grantable, rest = true, rest[:n-2]
		}
		for i := len(rest) - 1; i >= 0; i-- {
			if rest[i] == ' ' {
				p.Grantee, p.Privilege = rest[:i], rest[i+1:]
				break
			}
		}
		out = append(out, p)
	}
	return out
}
