package schema

// aggregatesQuery reads aggregates (pg_aggregate) as CREATE AGGREGATE, every option
// that differs from its default written out, in the order the documentation lists
// them. regproc and format_type print user objects schema-qualified (Inspect sets
// search_path to pg_catalog). An aggregate of no arguments is spelled "(*)".
var aggregatesQuery = `
SELECT 'pg_proc' AS cat, p.oid, n.nspname, p.proname || '(' || x.args || ')' AS name, '' AS member,
	ARRAY['CREATE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
		|| '(' || x.args || ') (' || pg_catalog.concat_ws(', ',
		'SFUNC = ' || a.aggtransfn::text,
		'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
		CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
		CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::text END,
		CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
		CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC_MODIFY = ' || x.modify END,
		CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::text END,
		CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::text END,
		CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::text END,
		CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
		CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::text END,
		CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::text END,
		CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
		CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
		CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::text END,
		CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
		CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC_MODIFY = ' || x.mmodify END,
		CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
		CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = OPERATOR(' || pg_catalog.quote_ident(so.nspname) || '.' || o.oprname || ')' END,
		CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
		CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END) || ')'] AS ddl,
	p.proowner AS owner, coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner)) AS acl
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator o ON o.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace so ON so.oid = o.oprnamespace
CROSS JOIN LATERAL (SELECT
	CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END AS args,
	CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END AS modify,
	CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END AS mmodify) x
WHERE ` + userObject("pg_proc", "p.oid")

// operatorsQuery reads operators as CREATE OPERATOR. Their name in the model carries
// the argument types, NONE for a prefix operator's missing left one, as DROP
// OPERATOR takes them. Operator names are never quoted.
var operatorsQuery = `
SELECT 'pg_operator' AS cat, o.oid, n.nspname, o.oprname || '(' || x.args || ')' AS name, '' AS member,
	ARRAY['CREATE OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ' (' || pg_catalog.concat_ws(', ',
		'FUNCTION = ' || o.oprcode::text,
		CASE WHEN o.oprleft <> 0 THEN 'LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) END,
		CASE WHEN o.oprright <> 0 THEN 'RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL) END,
		CASE WHEN o.oprcom <> 0 THEN 'COMMUTATOR = OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.' || co.oprname || ')' END,
		CASE WHEN o.oprnegate <> 0 THEN 'NEGATOR = OPERATOR(' || pg_catalog.quote_ident(nn.nspname) || '.' || ne.oprname || ')' END,
		CASE WHEN o.oprrest <> 0 THEN 'RESTRICT = ' || o.oprrest::text END,
		CASE WHEN o.oprjoin <> 0 THEN 'JOIN = ' || o.oprjoin::text END,
		CASE WHEN o.oprcanhash THEN 'HASHES' END,
		CASE WHEN o.oprcanmerge THEN 'MERGES' END) || ')'] AS ddl,
	o.oprowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_operator co ON co.oid = o.oprcom
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.oprnamespace
LEFT JOIN pg_catalog.pg_operator ne ON ne.oid = o.oprnegate
LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = ne.oprnamespace
CROSS JOIN LATERAL (SELECT
	CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
	|| CASE WHEN o.oprright = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprright, NULL) END AS args) x
WHERE o.oprcode <> 0 AND ` + userObject("pg_operator", "o.oid")

// opMember writes the operators (pg_amop) and support functions (pg_amproc) of an
// operator class or family whose pg_depend row points at the given catalog and
// oid expression: the members a class owns, or the ones added to a family alone.
func opMembers(refCatalog, refOID string) string {
	return `SELECT pg_catalog.array_agg(m ORDER BY k1, k2, k3) FROM (
		SELECT 0 AS k1, ao.amopstrategy AS k2, '' AS k3, 'OPERATOR ' || ao.amopstrategy || ' '
			|| pg_catalog.quote_ident(aon.nspname) || '.' || aop.oprname
			|| '(' || pg_catalog.format_type(ao.amoplefttype, NULL) || ', ' || pg_catalog.format_type(ao.amoprighttype, NULL) || ')'
			|| CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY ' || ao.amopsortfamily::pg_catalog.regclass::text ELSE '' END AS m
		FROM pg_catalog.pg_amop ao
		JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND d.objid = ao.oid
			AND d.refclassid = 'pg_catalog.` + refCatalog + `'::pg_catalog.regclass AND d.refobjid = ` + refOID + `
		JOIN pg_catalog.pg_operator aop ON aop.oid = ao.amopopr
		JOIN pg_catalog.pg_namespace aon ON aon.oid = aop.oprnamespace
		UNION ALL
		SELECT 1, ap.amprocnum, pg_catalog.format_type(ap.amproclefttype, NULL) || pg_catalog.format_type(ap.amprocrighttype, NULL),
			'FUNCTION ' || ap.amprocnum || ' (' || pg_catalog.format_type(ap.amproclefttype, NULL) || ', '
			|| pg_catalog.format_type(ap.amprocrighttype, NULL) || ') ' || ap.amproc::pg_catalog.regprocedure::text
		FROM pg_catalog.pg_amproc ap
		JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = ap.oid
			AND d.refclassid = 'pg_catalog.` + refCatalog + `'::pg_catalog.regclass AND d.refobjid = ` + refOID + `
	) members`
}

// operatorFamiliesQuery reads operator families as CREATE OPERATOR FAMILY, followed
// by ALTER OPERATOR FAMILY ... ADD for the members added to the family alone (not
// through one of its classes).
var operatorFamiliesQuery = `
SELECT 'pg_opfamily' AS cat, f.oid, n.nspname, f.opfname AS name, am.amname AS member,
	ARRAY['CREATE OPERATOR FAMILY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
		|| ' USING ' || pg_catalog.quote_ident(am.amname)]
	|| coalesce((SELECT ARRAY['ALTER OPERATOR FAMILY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
		|| ' USING ' || pg_catalog.quote_ident(am.amname) || ' ADD ' || pg_catalog.array_to_string(m.members, ', ')]
		FROM (` + opMembers("pg_opfamily", "f.oid") + `) m(members) WHERE m.members IS NOT NULL), '{}') AS ddl,
	f.opfowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
WHERE ` + userObject("pg_opfamily", "f.oid")

// operatorClassesQuery reads operator classes as CREATE OPERATOR CLASS, always
// naming the family (which CREATE OPERATOR CLASS without FAMILY makes or reuses
// under the class's own name) and the storage type when it is not the indexed one.
var operatorClassesQuery = `
SELECT 'pg_opclass' AS cat, c.oid, n.nspname, c.opcname AS name, am.amname AS member,
	ARRAY['CREATE OPERATOR CLASS ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname)
		|| CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END
		|| ' FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL) || ' USING ' || pg_catalog.quote_ident(am.amname)
		|| ' FAMILY ' || pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname) || ' AS '
		|| pg_catalog.concat_ws(', ', pg_catalog.array_to_string(m.members, ', '),
			CASE WHEN c.opckeytype <> 0 THEN 'STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL) END)] AS ddl,
	c.opcowner AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
CROSS JOIN LATERAL (` + opMembers("pg_opclass", "c.oid") + `) m(members)
WHERE ` + userObject("pg_opclass", "c.oid")

// castsQuery reads the casts made with CREATE CAST (oids from FirstNormalObjectId
// on: initdb's own are below), not the ones a range type makes to its multirange
// type (internal to the type). A cast belongs to no schema.
var castsQuery = `
SELECT 'pg_cast' AS cat, c.oid, '' AS nspname,
	pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL) AS name, '' AS member,
	ARRAY['CREATE CAST (' || pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL) || ') '
		|| CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::text
			WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
		|| CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END] AS ddl,
	0::pg_catalog.oid AS owner, NULL::pg_catalog.aclitem[] AS acl
FROM pg_catalog.pg_cast c
WHERE c.oid >= 16384 AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend i
	WHERE i.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND i.objid = c.oid AND i.deptype = 'i')`
