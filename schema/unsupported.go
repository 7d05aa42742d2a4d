package schema

import (
	"github.com/jackc/pgx/v5"
)

// unsupportedQuery finds the user objects of kinds pgshape does not manage yet, so
// that they are reported by name rather than silently taken as in sync: rules (other
// than views' own), foreign tables, operators, aggregates' companions such as casts,
// extended statistics, text search configurations and dictionaries, conversions,
// event triggers and publications. Extensions' objects, and the ones made for them
// (the rules PostGIS puts on its views), are left out (see extmembers.go).
var unsupportedQuery = `
SELECT kind, name FROM (
	SELECT 'rule' AS kind, pg_catalog.quote_ident(r.rulename) || ' on ' || r.ev_class::pg_catalog.regclass::text AS name, r.oid, 'pg_rewrite' AS cat
	FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
	JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE r.rulename <> '_RETURN' AND ` + userNamespace + `
	UNION ALL
	SELECT 'foreign table', c.oid::pg_catalog.regclass::text, c.oid, 'pg_class'
	FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'f' AND ` + userNamespace + `
	UNION ALL
	SELECT 'operator', o.oid::pg_catalog.regoperator::text, o.oid, 'pg_operator'
	FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'statistics', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname), s.oid, 'pg_statistic_ext'
	FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'text search configuration', t.oid::pg_catalog.regconfig::text, t.oid, 'pg_ts_config'
	FROM pg_catalog.pg_ts_config t JOIN pg_catalog.pg_namespace n ON n.oid = t.cfgnamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'text search dictionary', t.oid::pg_catalog.regdictionary::text, t.oid, 'pg_ts_dict'
	FROM pg_catalog.pg_ts_dict t JOIN pg_catalog.pg_namespace n ON n.oid = t.dictnamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'conversion', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.conname), c.oid, 'pg_conversion'
	FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace WHERE ` + userNamespace + `
	UNION ALL
	SELECT 'cast', c.castsource::pg_catalog.regtype::text || ' AS ' || c.casttarget::pg_catalog.regtype::text, c.oid, 'pg_cast'
	FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
	UNION ALL
	SELECT 'event trigger', pg_catalog.quote_ident(e.evtname), e.oid, 'pg_event_trigger' FROM pg_catalog.pg_event_trigger e
	UNION ALL
	SELECT 'publication', pg_catalog.quote_ident(p.pubname), p.oid, 'pg_publication' FROM pg_catalog.pg_publication p
) x
WHERE ` + notExtensionObjectOf("('pg_catalog.' || x.cat)::pg_catalog.regclass", "x.oid") + `
ORDER BY kind, name`

func (in *inspector) readUnsupported(rows pgx.Rows) error {
	var kind, name string
	_, err := pgx.ForEachRow(rows, []any{&kind, &name}, func() error {
		in.cat.Unsupported = append(in.cat.Unsupported, kind+" "+name)
		return nil
	})
	return err
}
