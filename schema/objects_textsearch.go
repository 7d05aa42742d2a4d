package schema

// textSearchParsersQuery reads text search parsers as CREATE TEXT SEARCH PARSER.
var textSearchParsersQuery = `
SELECT 'pg_ts_parser' AS cat, p.oid, n.nspname, p.prsname AS name, '' AS member,
	ARRAY['CREATE TEXT SEARCH PARSER ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.prsname) || ' ('
		|| pg_catalog.concat_ws(', ', 'START = ' || p.prsstart::text, 'GETTOKEN = ' || p.prstoken::text,
			'END = ' || p.prsend::text, 'LEXTYPES = ' || p.prslextype::text,
			CASE WHEN p.prsheadline <> 0 THEN 'HEADLINE = ' || p.prsheadline::text END) || ')'] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_ts_parser p
JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
WHERE ` + userObject("pg_ts_parser", "p.oid")

// textSearchTemplatesQuery reads text search templates as CREATE TEXT SEARCH TEMPLATE.
var textSearchTemplatesQuery = `
SELECT 'pg_ts_template' AS cat, t.oid, n.nspname, t.tmplname AS name, '' AS member,
	ARRAY['CREATE TEXT SEARCH TEMPLATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) || ' ('
		|| pg_catalog.concat_ws(', ', CASE WHEN t.tmplinit <> 0 THEN 'INIT = ' || t.tmplinit::text END,
			'LEXIZE = ' || t.tmpllexize::text) || ')'] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_ts_template t
JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
WHERE ` + userObject("pg_ts_template", "t.oid")

// textSearchDictionariesQuery reads text search dictionaries as CREATE TEXT SEARCH
// DICTIONARY, their options as the server keeps them (dictinitoption).
var textSearchDictionariesQuery = `
SELECT 'pg_ts_dict' AS cat, d.oid, n.nspname, d.dictname AS name, '' AS member,
	ARRAY['CREATE TEXT SEARCH DICTIONARY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(d.dictname)
		|| ' (TEMPLATE = ' || pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname)
		|| coalesce(', ' || d.dictinitoption, '') || ')'] AS ddl,
	d.dictowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE ` + userObject("pg_ts_dict", "d.oid")

// textSearchConfigurationsQuery reads text search configurations as CREATE TEXT
// SEARCH CONFIGURATION with their parser, then one ADD MAPPING per token type, as
// pg_dump writes them: a configuration made with COPY = reads as the mappings it
// copied.
var textSearchConfigurationsQuery = `
SELECT 'pg_ts_config' AS cat, c.oid, n.nspname, c.cfgname AS name, '' AS member,
	ARRAY['CREATE TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.cfgname)
		|| ' (PARSER = ' || pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) || ')']
	|| coalesce((SELECT pg_catalog.array_agg('ALTER TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(n.nspname) || '.'
			|| pg_catalog.quote_ident(c.cfgname) || ' ADD MAPPING FOR ' || tt.alias || ' WITH ' || m.dicts ORDER BY tt.alias)
		FROM (SELECT mm.maptokentype, pg_catalog.string_agg(pg_catalog.quote_ident(dn.nspname) || '.' || pg_catalog.quote_ident(dd.dictname),
				', ' ORDER BY mm.mapseqno) AS dicts
			FROM pg_catalog.pg_ts_config_map mm
			JOIN pg_catalog.pg_ts_dict dd ON dd.oid = mm.mapdict
			JOIN pg_catalog.pg_namespace dn ON dn.oid = dd.dictnamespace
			WHERE mm.mapcfg = c.oid GROUP BY mm.maptokentype) m
		JOIN pg_catalog.ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype), '{}') AS ddl,
	c.cfgowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE ` + userObject("pg_ts_config", "c.oid")
