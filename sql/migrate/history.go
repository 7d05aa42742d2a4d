package migrate

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Row types in the history table. Other editions write more (UNDO_SQL, JDBC,
// ...): rows of unknown types are read and shown, never rejected.
const (
	TypeSQL      = "SQL"
	TypeBaseline = "BASELINE"
	TypeDelete   = "DELETE"
	TypeSchema   = "SCHEMA"
)

// schemaMarkerDescription is the description of the SCHEMA row Flyway writes
// when it created the managed schemas; its script lists them, quoted.
const schemaMarkerDescription = "<< Flyway Schema Creation >>"

// HistoryRow is one row of flyway_schema_history.
type HistoryRow struct {
	Rank int
	// Version is empty for repeatable and SCHEMA rows (NULL in the table).
	Version     string
	Description string
	Type        string
	Script      string
	// Checksum is nil for BASELINE and SCHEMA rows (NULL in the table).
	Checksum      *int32
	InstalledBy   string
	InstalledOn   time.Time
	ExecutionTime int // milliseconds
	Success       bool
}

// tableRef names the history table.
type tableRef struct{ schema, table string }

// String returns "schema"."table", quoted: the text whose Java hash code is the
// advisory lock key, as in Flyway.
func (t tableRef) String() string { return quoteIdent(t.schema) + "." + quoteIdent(t.table) }

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func quoteLiteral(s string) string { return `'` + strings.ReplaceAll(s, `'`, `''`) + `'` }

// resolveTable picks the history table's schema: DefaultSchema, else the first
// of Schemas, else the connection's current schema.
func resolveTable(ctx context.Context, conn *pgx.Conn, c Config) (tableRef, error) {
	if c.DefaultSchema != "" {
		return tableRef{c.DefaultSchema, c.Table}, nil
	}
	if len(c.Schemas) > 0 {
		return tableRef{c.Schemas[0], c.Table}, nil
	}
	var schema *string
	if err := conn.QueryRow(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		return tableRef{}, fmt.Errorf("migrate: current schema: %w", err)
	}
	if schema == nil {
		return tableRef{}, fmt.Errorf("migrate: no current schema (search_path names no existing schema): set the schemas or defaultSchema")
	}
	return tableRef{*schema, c.Table}, nil
}

// tableExists reports whether the history table exists.
func tableExists(ctx context.Context, q querier, t tableRef) (bool, error) {
	var ok bool
	err := q.QueryRow(ctx, "SELECT to_regclass($1) IS NOT NULL", t.String()).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("migrate: look up %s: %w", t, err)
	}
	return ok, nil
}

// querier is what *pgx.Conn and pgx.Tx have in common.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// createTableSQL is Flyway's own DDL for the history table on PostgreSQL.
func createTableSQL(t tableRef) string {
	return fmt.Sprintf(`CREATE TABLE %[1]s (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE %[1]s ADD CONSTRAINT %[2]s PRIMARY KEY ("installed_rank");
CREATE INDEX %[3]s ON %[1]s ("success");`,
		t, quoteIdent(t.table+"_pk"), quoteIdent(t.table+"_s_idx"))
}

// readHistory returns the history rows in rank order, or nil when the table
// does not exist.
func readHistory(ctx context.Context, q querier, t tableRef) ([]HistoryRow, error) {
	ok, err := tableExists(ctx, q, t)
	if err != nil || !ok {
		return nil, err
	}
	rows, err := q.Query(ctx, `SELECT installed_rank, version, description, type, script, checksum,
		installed_by, installed_on, execution_time, success FROM `+t.String()+` ORDER BY installed_rank`)
	if err != nil {
		return nil, fmt.Errorf("migrate: read %s: %w", t, err)
	}
	defer rows.Close()
	var history []HistoryRow
	for rows.Next() {
		var r HistoryRow
		var version *string
		if err := rows.Scan(&r.Rank, &version, &r.Description, &r.Type, &r.Script, &r.Checksum,
			&r.InstalledBy, &r.InstalledOn, &r.ExecutionTime, &r.Success); err != nil {
			return nil, fmt.Errorf("migrate: read %s: %w", t, err)
		}
		if version != nil {
			r.Version = *version
		}
		history = append(history, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("migrate: read %s: %w", t, err)
	}
	return history, nil
}

// insertRow appends a row to the history, ranked after the last one (rank 0
// for a SCHEMA row), as Flyway does. InstalledOn is the server's now().
func insertRow(ctx context.Context, q querier, t tableRef, r HistoryRow) error {
	var version *string
	if r.Version != "" {
		version = &r.Version
	}
	rank := "(SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM " + t.String() + ")"
	if r.Type == TypeSchema {
		rank = "0"
	}
	_, err := q.Exec(ctx, `INSERT INTO `+t.String()+` (installed_rank, version, description, type, script,
		checksum, installed_by, execution_time, success) VALUES (`+rank+`, $1, $2, $3, $4, $5, $6, $7, $8)`,
		version, truncate(r.Description, 200), r.Type, truncate(r.Script, 1000), r.Checksum,
		truncate(r.InstalledBy, 100), r.ExecutionTime, r.Success)
	if err != nil {
		return fmt.Errorf("migrate: insert into %s: %w", t, err)
	}
	return nil
}

// truncate cuts s to n characters as Flyway does: n-3 and "...".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-3]) + "..."
}

// installedBy is the user written in history rows.
func installedBy(ctx context.Context, conn *pgx.Conn, c Config) (string, error) {
	if c.InstalledBy != "" {
		return c.InstalledBy, nil
	}
	var user string
	if err := conn.QueryRow(ctx, "SELECT current_user").Scan(&user); err != nil {
		return "", fmt.Errorf("migrate: current user: %w", err)
	}
	return user, nil
}
