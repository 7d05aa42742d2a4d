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
func wholeObjectsQuery(version int) string {
	var inner []string
	add := func(kind model.ObjectKind, query string) {
		inner = append(inner, "SELECT '"+string(kind)+"'::text AS kind, q.* FROM ("+query+") q")
	}
	for _, k := range wholeObjectKinds {
		add(k.kind, k.query)
	}
	add(model.KindPublicationTable, publicationTablesQuery(version))
	if version >= 150000 {
		add(model.KindPublicationSchema, publicationSchemasQuery)
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

// wholeObjectsStep is the step that reads the kinds compared as a whole.
func (in *inspector) wholeObjectsStep() step {
	return step{kind: "objects compared as a whole", query: wholeObjectsQuery(in.version), read: in.readWholeObjects}
}

// wholeObjectKinds are the kinds compared as a whole, each with its inner query,
// in the order they are read: rules and foreign tables after the tables and views
// they belong to.
var wholeObjectKinds = []struct {
	kind  model.ObjectKind
	query string
}{
	{model.KindAggregate, aggregatesQuery},
	{model.KindOperator, operatorsQuery},
	{model.KindOperatorFamily, operatorFamiliesQuery},
	{model.KindOperatorClass, operatorClassesQuery},
	{model.KindCast, castsQuery},
	{model.KindTextSearchParser, textSearchParsersQuery},
	{model.KindTextSearchTemplate, textSearchTemplatesQuery},
	{model.KindTextSearchDict, textSearchDictionariesQuery},
	{model.KindTextSearchConfig, textSearchConfigurationsQuery},
	{model.KindRule, rulesQuery},
	{model.KindEventTrigger, eventTriggersQuery},
	{model.KindStatistics, statisticsQuery},
	{model.KindForeignDataWrapper, foreignDataWrappersQuery},
	{model.KindServer, serversQuery},
	{model.KindUserMapping, userMappingsQuery},
	{model.KindForeignTable, foreignTablesQuery},
	{model.KindPublication, publicationsQuery},
	// the tables and schemas they publish: see wholeObjectsQuery (their queries
	// depend on the server's version)
}

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
