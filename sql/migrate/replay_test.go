package migrate

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// replayCase scans testdata/replay/<name> and replays it into a new database.
func replayCase(t *testing.T, name string) (*pgx.Conn, error) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	fsys := os.DirFS(filepath.Join("testdata", "replay", name))
	d, err := Scan(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return conn, Replay(ctx, conn, fsys, d)
}

// exists reports whether a relation (table, index, view) exists.
func exists(t *testing.T, conn *pgx.Conn, relation string) bool {
	t.Helper()
	var ok bool
	if err := conn.QueryRow(context.Background(), "SELECT to_regclass($1) IS NOT NULL", relation).Scan(&ok); err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestReplay(t *testing.T) {
	conn, err := replayCase(t, "ok")
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"users", "users_email_idx", "orders", "user_orders"} {
		if !exists(t, conn, rel) {
			t.Errorf("%s missing after Replay", rel)
		}
	}
	var valid bool
	if err := conn.QueryRow(context.Background(),
		"SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass").Scan(&valid); err != nil {
		t.Fatal(err)
	}
	if !valid {
		t.Error("users_email_idx is invalid")
	}
	// Replay writes no history.
	if exists(t, conn, "flyway_schema_history") {
		t.Error("Replay created flyway_schema_history")
	}
}

func TestReplayErrors(t *testing.T) {
	tests := []struct {
		dir     string
		message string // the whole error text
		present []string
		absent  []string // nothing of a failed transactional file remains
	}{
		{
			dir:     "position",
			message: `migrate: V2__broken.sql line 5: relation "nosuch" does not exist (SQLSTATE 42P01)`,
			present: []string{"a"},
			absent:  []string{"b"},
		},
		{
			dir:     "noposition",
			message: `migrate: V1__broken.sql line 4: relation "missing" does not exist (SQLSTATE 42P01)`,
			absent:  []string{"b", "c"},
		},
		{
			dir:     "syntax",
			message: `migrate: V1__broken.sql line 3: syntax error at or near ")" (SQLSTATE 42601)`,
			absent:  []string{"b", "c"},
		},
		{
			// Outside a transaction, statements before the failure stay. The server
			// gives no position here: the line is the statement's.
			dir:     "notx",
			message: `migrate: V1__broken.sql line 3: column "y" does not exist (SQLSTATE 42703)`,
			present: []string{"t", "t_id"},
			absent:  []string{"t_y"},
		},
		{
			dir: "detail",
			message: `migrate: V1__broken.sql line 3: duplicate key value violates unique constraint "t_pkey" (SQLSTATE 23505)` +
				"\nDETAIL: Key (id)=(1) already exists.",
			absent: []string{"t"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			conn, err := replayCase(t, tt.dir)
			if err == nil {
				t.Fatal("Replay succeeded, want an error")
			}
			if got := err.Error(); got != tt.message {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.message)
			}
			var mErr *Error
			var pgErr *pgconn.PgError
			if !errors.As(err, &mErr) || !errors.As(err, &pgErr) {
				t.Errorf("error %T does not unwrap to *Error and *pgconn.PgError", err)
			}
			for _, rel := range tt.present {
				if !exists(t, conn, rel) {
					t.Errorf("%s missing", rel)
				}
			}
			for _, rel := range tt.absent {
				if exists(t, conn, rel) {
					t.Errorf("%s exists after the failure", rel)
				}
			}
			// The session must be usable afterwards (no transaction left open).
			if _, err := conn.Exec(context.Background(), "SELECT 1"); err != nil {
				t.Errorf("connection unusable after the failure: %v", err)
			}
		})
	}
}

func TestNonTransactional(t *testing.T) {
	tests := []struct {
		sql  string
		want string // "" when the file can run in a transaction
	}{
		{"CREATE TABLE t (id int); CREATE INDEX ON t (id);", ""},
		{"CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY ON t (id);", "CREATE INDEX CONCURRENTLY at line 2"},
		{"DROP INDEX CONCURRENTLY i;", "DROP INDEX CONCURRENTLY at line 1"},
		{"REINDEX (CONCURRENTLY) INDEX i;", "REINDEX CONCURRENTLY at line 1"},
		{"REINDEX INDEX CONCURRENTLY i;", "REINDEX CONCURRENTLY at line 1"},
		{"REINDEX INDEX i;", ""},
		{"REINDEX SCHEMA s;", "REINDEX SCHEMA at line 1"},
		{"VACUUM t;", "VACUUM at line 1"},
		{"VACUUM (ANALYZE) t;", "VACUUM at line 1"},
		{"ANALYZE t;", ""},
		{"ALTER SYSTEM SET work_mem = '8MB';", "ALTER SYSTEM at line 1"},
		{"CREATE DATABASE d;", "CREATE DATABASE at line 1"},
		{"DROP DATABASE d;", "DROP DATABASE at line 1"},
		{"CLUSTER;", "CLUSTER without a table at line 1"},
		{"CLUSTER t USING i;", ""},
		{"ALTER TABLE p DETACH PARTITION c CONCURRENTLY;", "DETACH PARTITION CONCURRENTLY at line 1"},
		{"ALTER TABLE p DETACH PARTITION c;", ""},
		{"BEGIN; CREATE TABLE t (); COMMIT;", "BEGIN at line 1"},
		{"SAVEPOINT s; RELEASE s;", ""},
		{"\n\n-- comment\n/* block /* nested */ */\n  VACUUM;", "VACUUM at line 5"},
		{"CREATE TABLE t (id int,);", ""}, // unparsable: left to the server
	}
	for _, tt := range tests {
		if got := splitScript(tt.sql).noTx; got != tt.want {
			t.Errorf("splitScript(%q).noTx = %q, want %q", tt.sql, got, tt.want)
		}
	}
}

func TestErrorLine(t *testing.T) {
	text := "-- é\nSELECT 1;\n\n/* x */ SELECT\n  'ü', nosuch;"
	s := splitScript(text)
	if len(s.stmts) != 2 {
		t.Fatalf("got %d statements, want 2", len(s.stmts))
	}
	second := s.stmts[1]
	if got := s.firstTokenLine(second); got != 4 {
		t.Errorf("first token line = %d, want 4", got)
	}
	// Position (in characters) of "nosuch" within the second statement's text.
	pos := len([]rune(s.sql(second)[:strings.Index(s.sql(second), "nosuch")])) + 1
	if got := s.errorLine(second, pos, false); got != 5 {
		t.Errorf("errorLine(pos %d) = %d, want 5", pos, got)
	}
}
