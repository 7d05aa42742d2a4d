package schema

// rulesQuery reads the rules made with CREATE RULE (a view's own _RETURN rule is the
// view) as pg_get_ruledef prints them, with the ALTER TABLE that disables one, or
// enables it for replicas only or always. A rule is named by its table and its name.
var rulesQuery = `
SELECT 'pg_rewrite' AS cat, r.oid, n.nspname, c.relname AS name, r.rulename AS member,
	ARRAY[pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid), ';')]
	|| CASE r.ev_enabled WHEN 'O' THEN '{}'::text[] ELSE ARRAY['ALTER TABLE ' || pg_catalog.quote_ident(n.nspname) || '.'
		|| pg_catalog.quote_ident(c.relname) || CASE r.ev_enabled WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA'
		ELSE ' ENABLE ALWAYS' END || ' RULE ' || pg_catalog.quote_ident(r.rulename)] END AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'`

// eventTriggersQuery reads event triggers as CREATE EVENT TRIGGER, their tags sorted,
// with the ALTER EVENT TRIGGER of one not enabled the default way.
var eventTriggersQuery = `
SELECT 'pg_event_trigger' AS cat, e.oid, '' AS nspname, e.evtname AS name, '' AS member,
	ARRAY['CREATE EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ON ' || pg_catalog.quote_ident(e.evtevent)
		|| coalesce(' WHEN TAG IN (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(tag), ', ' ORDER BY tag)
			FROM pg_catalog.unnest(e.evttags) tag) || ')', '')
		|| ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::text || '()']
	|| CASE e.evtenabled WHEN 'O' THEN '{}'::text[] ELSE ARRAY['ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname)
		|| CASE e.evtenabled WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA' ELSE ' ENABLE ALWAYS' END] END AS ddl,
	e.evtowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_event_trigger e`

// statisticsQuery reads extended statistics as pg_get_statisticsobjdef prints them,
// with the ALTER STATISTICS of a statistics target set by hand.
var statisticsQuery = `
SELECT 'pg_statistic_ext' AS cat, s.oid, n.nspname, s.stxname AS name, '' AS member,
	ARRAY[pg_catalog.pg_get_statisticsobjdef(s.oid)]
	|| CASE WHEN s.stxstattarget >= 0 THEN ARRAY['ALTER STATISTICS ' || pg_catalog.quote_ident(n.nspname) || '.'
		|| pg_catalog.quote_ident(s.stxname) || ' SET STATISTICS ' || s.stxstattarget] ELSE '{}'::text[] END AS ddl,
	s.stxowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace`

// publicationsQuery reads publications as CREATE PUBLICATION with every option.
// The tables and schemas they publish are objects of their own (see
// publicationTablesQuery), added and dropped one by one as pg_dump writes them.
var publicationsQuery = `
SELECT 'pg_publication' AS cat, p.oid, '' AS nspname, p.pubname AS name, '' AS member,
	ARRAY['CREATE PUBLICATION ' || pg_catalog.quote_ident(p.pubname) || CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END
		|| ' WITH (publish = ' || pg_catalog.quote_literal(pg_catalog.concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END,
			CASE WHEN p.pubupdate THEN 'update' END, CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END))
		|| ', publish_via_partition_root = ' || p.pubviaroot || ')'] AS ddl,
	p.pubowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_publication p`

// publicationTablesQuery reads the tables a publication publishes
// (pg_publication_rel) as ALTER PUBLICATION ... ADD TABLE ONLY, with the column list
// and row filter of PostgreSQL 15; each is named by its table and publication.
func publicationTablesQuery(version int) string {
	return `
SELECT 'pg_publication_rel' AS cat, pr.oid, n.nspname, c.relname AS name, p.pubname AS member,
	ARRAY['ALTER PUBLICATION ' || pg_catalog.quote_ident(p.pubname) || ' ADD TABLE ONLY ' || pg_catalog.quote_ident(n.nspname) || '.'
		|| pg_catalog.quote_ident(c.relname)
		` + since(version, 150000, `|| coalesce(' (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
			FROM pg_catalog.pg_attribute a WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs)) || ')', '')
		|| coalesce(' WHERE (' || pg_catalog.pg_get_expr(pr.prqual, pr.prrelid) || ')', '')`, "") + `] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_publication_rel pr
JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`
}

// publicationSchemasQuery reads the schemas a publication publishes (PostgreSQL 15)
// as ALTER PUBLICATION ... ADD TABLES IN SCHEMA, named by schema and publication.
func publicationSchemasQuery(version int) string {
	if version < 150000 {
		return ""
	}
	return `
SELECT 'pg_publication_namespace' AS cat, pns.oid, n.nspname, n.nspname AS name, p.pubname AS member,
	ARRAY['ALTER PUBLICATION ' || pg_catalog.quote_ident(p.pubname) || ' ADD TABLES IN SCHEMA ' || pg_catalog.quote_ident(n.nspname)] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_publication_namespace pns
JOIN pg_catalog.pg_publication p ON p.oid = pns.pnpubid
JOIN pg_catalog.pg_namespace n ON n.oid = pns.pnnspid`
}
