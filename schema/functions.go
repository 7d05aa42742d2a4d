package schema

import (
	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// functionsQuery reads functions, procedures and window functions (aggregates are
// read as whole objects: see aggregatesQuery). Definition is the CREATE OR REPLACE
// statement pg_get_functiondef prints, exactly (it ends with a newline). A procedure
// has no result.
var functionsQuery = `
SELECT p.oid, n.nspname, p.proname, p.prokind::text,
	pg_catalog.pg_get_function_identity_arguments(p.oid),
	CASE WHEN p.prokind = 'p' THEN '' ELSE coalesce(pg_catalog.pg_get_function_result(p.oid), '') END,
	pg_catalog.pg_get_functiondef(p.oid),
	coalesce(d.description, ''), pg_catalog.pg_get_userbyid(p.proowner)::text
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
` + description("pg_proc", "p.oid") + `
WHERE p.prokind <> 'a' AND ` + userNamespace + `
	AND ` + notExtensionMember("pg_proc", "p.oid") + `
	-- The constructors of a range type are part of the type.
	AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
		AND i.objid = p.oid AND i.deptype = 'i')`

func (in *inspector) readFunctions(rows pgx.Rows) error {
	var (
		oid uint32
		f   model.Function
	)
	scans := []any{&oid, &f.Name.Schema, &f.Name.Name, &f.Kind, &f.Arguments, &f.Result, &f.Definition, &f.Comment, &f.Owner}
	_, err := pgx.ForEachRow(rows, scans, func() error {
		fn := f
		in.addObject("pg_proc", oid, fn.Ident())
		in.cat.Functions[fn.Signature()] = &fn
		return nil
	})
	return err
}
