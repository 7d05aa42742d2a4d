//go:build linux

package main

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// shapeSQL prints what the benchmark's operations change, one line per object of
// schema public: relations, columns with their types and NOT NULL, indexes (and
// whether they are valid), constraints (and whether they are validated). The history
// table is left out when withHistory is false. It takes milliseconds, where pgshape
// plan takes seconds, so every undo is checked with it.
const shapeSQL = `
WITH rel AS (
    SELECT c.oid, c.relname, c.relkind
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace
      AND ($1 OR c.relname <> 'flyway_schema_history')
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
)
SELECT coalesce(string_agg(line, E'\n' ORDER BY line), '') FROM (
    SELECT 'relation ' || relname || ' ' || relkind::text AS line FROM rel
    UNION ALL
    SELECT 'column ' || rel.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
        || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
    FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid
    WHERE a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' (invalid)' END
    FROM rel JOIN pg_index i ON i.indrelid = rel.oid
    UNION ALL
    SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        || CASE WHEN con.convalidated THEN '' ELSE ' (not validated)' END
    FROM rel JOIN pg_constraint con ON con.conrelid = rel.oid
) lines`

// catalogShape returns the shape lines of the database conn is connected to.
func catalogShape(ctx context.Context, conn *pgx.Conn, withHistory bool) (string, error) {
	var s string
	if err := conn.QueryRow(ctx, shapeSQL, withHistory).Scan(&s); err != nil {
		return "", fmt.Errorf("stallbench: read the catalog: %w", err)
	}
	return s, nil
}
