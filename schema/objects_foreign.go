package schema

// sqlOptions writes the generic options of a foreign object (a text[] of
// "name=value", as the catalogs keep them) as " OPTIONS (name 'value', ...)", sorted by
// name so that the order they were written in makes no difference; ” for none.
// The value of an option named password is never read: it is written as a
// placeholder (see passwordPlaceholder), resolved when the migration runs.
func sqlOptions(options, placeholder string) string {
	return `coalesce((SELECT ' OPTIONS (' || pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' ' ||
		pg_catalog.quote_literal(CASE WHEN o.option_name = 'password' THEN ` + placeholder + ` ELSE o.option_value END),
		', ' ORDER BY o.option_name) || ')' FROM pg_catalog.pg_options_to_table(` + options + `) o), '')`
}

// noPassword is the placeholder of objects that have no password option.
const noPassword = `''`

// passwordPlaceholder is the SQL expression of the placeholder that stands for the
// password of the user mapping of server and role (SQL expressions; role is
// 'public' for PUBLIC): ${<server>_<role>_password}, characters other than letters
// and digits turned into _, lower case.
func passwordPlaceholder(server, role string) string {
	return `'${' || pg_catalog.lower(pg_catalog.regexp_replace(` + server + ` || '_' || ` + role +
		` || '_password', '[^A-Za-z0-9]', '_', 'g')) || '}'`
}

// optionList reads the generic options of an object of the catalog cat and oid
// (SQL expressions) as "name=value", sorted by name, a password as its placeholder
// (server and role as for passwordPlaceholder): what ALTER ... OPTIONS compares.
// NULL for the kinds that have no options.
func optionList(cat, oid, server, role string) string {
	options := `CASE ` + cat + `
		WHEN 'pg_foreign_data_wrapper' THEN (SELECT w.fdwoptions FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.oid = ` + oid + `)
		WHEN 'pg_foreign_server' THEN (SELECT s.srvoptions FROM pg_catalog.pg_foreign_server s WHERE s.oid = ` + oid + `)
		WHEN 'pg_user_mapping' THEN (SELECT m.umoptions FROM pg_catalog.pg_user_mappings m WHERE m.umid = ` + oid + `)
		WHEN 'pg_class' THEN (SELECT f.ftoptions FROM pg_catalog.pg_foreign_table f WHERE f.ftrelid = ` + oid + `) END`
	return `CASE WHEN ` + cat + ` IN ('pg_foreign_data_wrapper', 'pg_foreign_server', 'pg_user_mapping', 'pg_class') THEN
		ARRAY(SELECT o.option_name || '=' || CASE WHEN o.option_name = 'password' THEN ` + passwordPlaceholder(server, role) + `
			ELSE o.option_value END FROM pg_catalog.pg_options_to_table(coalesce(` + options + `, '{}')) o ORDER BY o.option_name) END`
}

// foreignDataWrappersQuery reads foreign data wrappers as CREATE FOREIGN DATA WRAPPER.
var foreignDataWrappersQuery = `
SELECT 'pg_foreign_data_wrapper' AS cat, w.oid, '' AS nspname, w.fdwname AS name, '' AS member,
	ARRAY['CREATE FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(w.fdwname)
		|| CASE WHEN w.fdwhandler <> 0 THEN ' HANDLER ' || w.fdwhandler::pg_catalog.regproc::text ELSE ' NO HANDLER' END
		|| CASE WHEN w.fdwvalidator <> 0 THEN ' VALIDATOR ' || w.fdwvalidator::pg_catalog.regproc::text ELSE ' NO VALIDATOR' END
		|| ` + sqlOptions("w.fdwoptions", noPassword) + `] AS ddl,
	w.fdwowner AS owner, coalesce(w.fdwacl, pg_catalog.acldefault('F', w.fdwowner)) AS acl
FROM pg_catalog.pg_foreign_data_wrapper w`

// serversQuery reads foreign servers as CREATE SERVER.
var serversQuery = `
SELECT 'pg_foreign_server' AS cat, s.oid, '' AS nspname, s.srvname AS name, '' AS member,
	ARRAY['CREATE SERVER ' || pg_catalog.quote_ident(s.srvname)
		|| coalesce(' TYPE ' || pg_catalog.quote_literal(s.srvtype), '')
		|| coalesce(' VERSION ' || pg_catalog.quote_literal(s.srvversion), '')
		|| ' FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(w.fdwname)
		|| ` + sqlOptions("s.srvoptions", noPassword) + `] AS ddl,
	s.srvowner AS owner, coalesce(s.srvacl, pg_catalog.acldefault('S', s.srvowner)) AS acl
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw`

// userMappingsQuery reads user mappings as CREATE USER MAPPING, from the
// pg_user_mappings view (which hides the options from roles that may not see
// them). A password is written as the placeholder ${<server>_<role>_password}
// (letters and digits kept, the rest turned into _, lower case): the secret never
// leaves the server, not even into the desired state's canonical form, and a
// migration that creates the mapping takes it from the placeholder's value
// (--placeholder, flyway.placeholders.*). Passwords are therefore not compared.
var userMappingsQuery = `
SELECT 'pg_user_mapping' AS cat, m.umid AS oid, '' AS nspname, m.srvname AS name,
	CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename END AS member,
	ARRAY['CREATE USER MAPPING FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(m.usename) END
		|| ' SERVER ' || pg_catalog.quote_ident(m.srvname)
		|| ` + sqlOptions("m.umoptions", passwordPlaceholder("m.srvname", "CASE WHEN m.umuser = 0 THEN 'public' ELSE m.usename END")) + `] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_user_mappings m`

// foreignTablesQuery reads foreign tables as CREATE FOREIGN TABLE with their columns
// (type, options, collation when not the type's, NOT NULL, default or generation
// expression) and check constraints, then the comments on their columns, and the
// ATTACH PARTITION of one that is a partition (which lists every column, its
// parent's too: ATTACH needs them all).
var foreignTablesQuery = `
SELECT 'pg_class' AS cat, c.oid, n.nspname, c.relname AS name, '' AS member,
	ARRAY['CREATE FOREIGN TABLE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) || ' ('
		|| coalesce(pg_catalog.array_to_string(ARRAY(
			SELECT pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
				|| ` + sqlOptions("a.attfdwoptions", noPassword) + `
				|| CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) ELSE '' END
				|| CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
				|| CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
					WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
			FROM pg_catalog.pg_attribute a
			JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
			LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
			LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
			LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
			WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
			ORDER BY a.attnum) || ARRAY(
			SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(k.conname) || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
			FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conislocal
			ORDER BY k.conname), ', '), '')
		|| ') SERVER ' || pg_catalog.quote_ident(s.srvname) || ` + sqlOptions("f.ftoptions", noPassword) + `]
	|| ARRAY(SELECT 'COMMENT ON COLUMN ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) || '.'
			|| pg_catalog.quote_ident(a.attname) || ' IS ' || pg_catalog.quote_literal(d.description)
		FROM pg_catalog.pg_attribute a
		JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
		WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
	|| ARRAY(SELECT 'ALTER TABLE ' || i.inhparent::pg_catalog.regclass::text || ' ATTACH PARTITION ' || pg_catalog.quote_ident(n.nspname)
			|| '.' || pg_catalog.quote_ident(c.relname) || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid)
		FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition) AS ddl,
	c.relowner AS owner, c.relacl AS acl
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_foreign_table f ON f.ftrelid = c.oid
JOIN pg_catalog.pg_foreign_server s ON s.oid = f.ftserver
WHERE c.relkind = 'f'`
