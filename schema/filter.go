package schema

import "fmt"

// userNamespace restricts the pg_namespace row aliased n to user schemas chosen by the
// query parameters $1 (include, empty for all) and $2 (exclude). PostgreSQL refuses
// user schema names starting with "pg_", so that prefix covers pg_catalog, pg_toast,
// pg_temp_N and pg_toast_temp_N at once.
const userNamespace = `n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
	AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
	AND n.nspname <> ALL ($2::text[])`

// description joins the comment of an object as d.description; objsubid 0 is the
// object itself (columns use their attnum and are joined separately).
func description(catalog, oid string) string {
	return fmt.Sprintf(`LEFT JOIN pg_catalog.pg_description d
		ON d.classoid = 'pg_catalog.%s'::pg_catalog.regclass AND d.objoid = %s AND d.objsubid = 0`, catalog, oid)
}

// userTable restricts the pg_class row aliased c (joined to its namespace n) to the
// tables Inspect reports. Columns, constraints and indexes reuse it through their
// table, so an extension's table brings none of its parts along.
var userTable = `c.relkind IN ('r', 'p') AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_class", "c.oid")
