package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ErrCleanDisabled is returned (wrapped) by Clean unless CleanEnabled.
var ErrCleanDisabled = errors.New("clean is disabled")

// CleanResult is what Clean dropped.
type CleanResult struct {
	// DroppedSchemas are the schemas dropped whole: the ones the SCHEMA row of
	// the history says pgshape or Flyway created.
	DroppedSchemas []string
	// Dropped names the objects dropped from the other managed schemas, e.g.
	// "table public.users", in the order they were dropped. Objects that went
	// with them (indexes, a table's sequences) are not listed.
	Dropped []string
}

// Clean drops everything in the managed schemas, the history table included.
// Schemas the history's SCHEMA row says were created by the runner are dropped
// whole; in the others every object is dropped. It runs in one transaction,
// and only when CleanEnabled (Flyway's cleanDisabled=false).
func (r *Runner) Clean(ctx context.Context) (*CleanResult, error) {
	res := &CleanResult{}
	if !r.cfg.CleanEnabled {
		return res, fmt.Errorf("migrate: %w: it drops every object in the managed schemas%s\nenable it with cleanDisabled=false "+
			"(pgshape clean --clean-enabled)", ErrCleanDisabled, r.wouldClean(ctx))
	}
	s, err := r.open(ctx, true)
	if err != nil {
		return res, err
	}
	defer s.close(ctx)
	err = s.withCallbacks(ctx, BeforeClean, AfterClean, AfterCleanError, func() error {
		return s.clean(ctx, res)
	})
	return res, err
}

// wouldClean lists what Clean would drop, for the message that refuses it: read
// only, without the lock and without dropping anything (a rolled-back DROP would
// still lock every table). It returns "" when the database cannot be read.
func (r *Runner) wouldClean(ctx context.Context) string {
	s, err := r.open(ctx, false)
	if err != nil {
		return ""
	}
	defer s.close(ctx)
	created := s.createdSchemas()
	var lines []string
	for _, schema := range s.managedSchemas() {
		if created[schema] {
			lines = append(lines, "schema "+quoteIdent(schema)+" (created by the migrations: dropped whole)")
			continue
		}
		rows, err := s.conn.Query(ctx, cleanObjectsSQL, schema)
		if err != nil {
			return ""
		}
		objects, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (string, error) {
			var kind, name string
			err := row.Scan(&kind, &name)
			return strings.ToLower(kind) + " " + name, err
		})
		if err != nil {
			return ""
		}
		lines = append(lines, objects...)
	}
	if len(lines) == 0 {
		return " (there is nothing to drop)"
	}
	const most = 20
	if len(lines) > most {
		lines = append(lines[:most], fmt.Sprintf("... and %d more", len(lines)-most))
	}
	return "; it would drop:\n  " + strings.Join(lines, "\n  ")
}

// createdSchemas are the schemas the history's SCHEMA row says the runner created.
func (s *session) createdSchemas() map[string]bool {
	created := map[string]bool{}
	for _, row := range s.history {
		if row.Type == TypeSchema {
			for _, n := range splitQuotedList(row.Script) {
				created[n] = true
			}
		}
	}
	return created
}

func (s *session) clean(ctx context.Context, res *CleanResult) error {
	created := s.createdSchemas()
	err := pgx.BeginFunc(ctx, s.conn, func(tx pgx.Tx) error {
		for _, schema := range s.managedSchemas() {
			if created[schema] {
				if _, err := tx.Exec(ctx, "DROP SCHEMA IF EXISTS "+quoteIdent(schema)+" CASCADE"); err != nil {
					return fmt.Errorf("drop schema %s: %w", quoteIdent(schema), err)
				}
				res.DroppedSchemas = append(res.DroppedSchemas, schema)
				continue
			}
			dropped, err := emptySchema(ctx, tx, schema)
			res.Dropped = append(res.Dropped, dropped...)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		res.Dropped, res.DroppedSchemas = nil, nil
		return fmt.Errorf("migrate: clean: %w", err)
	}
	s.history = nil
	return nil
}

// cleanObjectsSQL lists a schema's own objects in drop order, each with the
// kind DROP takes and its qualified name or signature. Objects that belong to
// an extension, or that go with another object (a table's row type, an
// identity column's sequence, array and multirange types), are left out.
const cleanObjectsSQL = `
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = $1),
objs AS (
	SELECT 1 AS ord, 'EXTENSION' AS kind, quote_ident(e.extname) AS name
	FROM pg_extension e WHERE e.extnamespace = (SELECT oid FROM ns)
	UNION ALL
	SELECT CASE c.relkind WHEN 'v' THEN 2 WHEN 'm' THEN 3 WHEN 'f' THEN 4 WHEN 'S' THEN 6 ELSE 5 END,
		CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
			WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
		c.oid::regclass::text
	FROM pg_class c
	WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
		AND NOT c.relispartition
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
			AND (d.deptype = 'e' OR c.relkind = 'S' AND d.deptype IN ('i', 'a') AND d.refclassid = 'pg_class'::regclass))
	UNION ALL
	SELECT 7, CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
		p.oid::regprocedure::text
	FROM pg_proc p
	WHERE p.pronamespace = (SELECT oid FROM ns)
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
	UNION ALL
	SELECT CASE t.typtype WHEN 'd' THEN 8 ELSE 9 END, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
		t.oid::regtype::text
	FROM pg_type t
	WHERE t.typnamespace = (SELECT oid FROM ns) AND t.typtype IN ('e', 'd', 'r', 'c', 'b')
		AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
		AND NOT (t.typelem <> 0 AND t.typlen = -1)
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
	UNION ALL
	SELECT 10, 'COLLATION', c.oid::regcollation::text
	FROM pg_collation c WHERE c.collnamespace = (SELECT oid FROM ns)
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass AND d.objid = c.oid AND d.deptype = 'e')
	UNION ALL
	SELECT 11, 'TEXT SEARCH CONFIGURATION', c.oid::regconfig::text
	FROM pg_ts_config c WHERE c.cfgnamespace = (SELECT oid FROM ns)
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = c.oid AND d.deptype = 'e')
	UNION ALL
	SELECT 12, 'TEXT SEARCH DICTIONARY', c.oid::regdictionary::text
	FROM pg_ts_dict c WHERE c.dictnamespace = (SELECT oid FROM ns)
		AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_ts_dict'::regclass AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT kind, name FROM objs ORDER BY ord, name`

// emptySchema drops every object of schema, returning what it dropped.
// Dropping with CASCADE removes dependent objects listed later, hence the
// existence check before each drop.
func emptySchema(ctx context.Context, tx pgx.Tx, schema string) ([]string, error) {
	rows, err := tx.Query(ctx, cleanObjectsSQL, schema)
	if err != nil {
		return nil, fmt.Errorf("list the objects of schema %s: %w", quoteIdent(schema), err)
	}
	type object struct{ kind, name string }
	objects, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (object, error) {
		var o object
		return o, row.Scan(&o.kind, &o.name)
	})
	if err != nil {
		return nil, fmt.Errorf("list the objects of schema %s: %w", quoteIdent(schema), err)
	}
	var dropped []string
	for _, o := range objects {
		if o.kind != "EXTENSION" {
			var exists bool
			if err := tx.QueryRow(ctx, existsSQL(o.kind), o.name).Scan(&exists); err != nil {
				return dropped, err
			}
			if !exists {
				continue
			}
		}
		if _, err := tx.Exec(ctx, "DROP "+o.kind+" IF EXISTS "+o.name+" CASCADE"); err != nil {
			return dropped, fmt.Errorf("drop %s %s: %w", strings.ToLower(o.kind), o.name, err)
		}
		dropped = append(dropped, strings.ToLower(o.kind)+" "+o.name)
	}
	return dropped, nil
}

// existsSQL checks that an object listed by cleanObjectsSQL still exists.
func existsSQL(kind string) string {
	fn := map[string]string{
		"VIEW": "to_regclass", "MATERIALIZED VIEW": "to_regclass", "FOREIGN TABLE": "to_regclass",
		"TABLE": "to_regclass", "SEQUENCE": "to_regclass",
		"FUNCTION": "to_regprocedure", "PROCEDURE": "to_regprocedure", "AGGREGATE": "to_regprocedure",
		"DOMAIN": "to_regtype", "TYPE": "to_regtype", "COLLATION": "to_regcollation",
		"TEXT SEARCH CONFIGURATION": "to_regconfig", "TEXT SEARCH DICTIONARY": "to_regdictionary",
	}[kind]
	return "SELECT " + fn + "($1) IS NOT NULL"
}

// splitQuotedList parses a SCHEMA row's script, "a","b" (quoted names, comma
// separated), into names.
func splitQuotedList(s string) []string {
	var names []string
	for len(s) > 0 {
		s = strings.TrimLeft(s, ", ")
		if s == "" {
			break
		}
		if s[0] != '"' {
			name, rest, _ := strings.Cut(s, ",")
			names = append(names, strings.TrimSpace(name))
			s = rest
			continue
		}
		var b strings.Builder
		i := 1
		for i < len(s) {
			if s[i] == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					b.WriteByte('"')
					i += 2
					continue
				}
				i++
				break
			}
			b.WriteByte(s[i])
			i++
		}
		names = append(names, b.String())
		s = s[i:]
	}
	return names
}
