package migrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Error is a failure to apply a migration file.
type Error struct {
	// Path is the file's path in the migrations fs.FS.
	Path string
	// Line is the 1-based line of the error in the file: where PostgreSQL placed
	// it when it gave a position, else the first line of the failing statement;
	// 0 when unknown.
	Line int
	// Err is the cause, usually a *pgconn.PgError.
	Err error
	// Blockers are the sessions that held a lock the failing statement waited
	// for, last seen while it waited, when it failed on a lock timeout, a
	// deadlock or a statement timeout (Migrate only); nil when none was seen.
	Blockers []Blocker
	// Note, when set, ends the message: what the failure left behind and what
	// to do about it.
	Note string
}

// Error returns "migrate: V3__x.sql line 12: <message> (SQLSTATE 42P01)", followed
// by PostgreSQL's DETAIL, HINT and CONTEXT lines when it sent them, the
// blocking sessions and the note.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("migrate: ")
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, " line %d", e.Line)
	}
	b.WriteString(": ")
	var pgErr *pgconn.PgError
	if !errors.As(e.Err, &pgErr) {
		b.WriteString(e.Err.Error())
		if e.Note != "" {
			b.WriteString("\n" + e.Note)
		}
		return b.String()
	}
	fmt.Fprintf(&b, "%s (SQLSTATE %s)", pgErr.Message, pgErr.Code)
	for _, extra := range []struct{ label, text string }{
		{"DETAIL", pgErr.Detail}, {"HINT", pgErr.Hint}, {"CONTEXT", pgErr.Where},
	} {
		if extra.text != "" {
			fmt.Fprintf(&b, "\n%s: %s", extra.label, extra.text)
		}
	}
	if len(e.Blockers) > 0 {
		b.WriteString("\nblocked by " + blockersText(e.Blockers))
	}
	if e.Note != "" {
		b.WriteString("\n" + e.Note)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Replay applies every migration of d, read from fsys, to the database of conn:
// versioned files in version order, then repeatable ones. It records no history:
// it builds a database whose schema is what the migrations say (a shadow database).
//
// Each file runs in its own transaction, so a failing file leaves nothing behind.
// A file holding a statement that cannot run in a transaction block (CREATE INDEX
// CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE DATABASE, BEGIN/COMMIT, ...) runs
// statement by statement outside one instead, and may leave its earlier statements
// applied when a later one fails. Errors are *Error, naming the file and line.
func Replay(ctx context.Context, conn *pgx.Conn, fsys fs.FS, d *Dir) error {
	for _, f := range d.Files() {
		content, err := fs.ReadFile(fsys, f.Path)
		if err != nil {
			return fmt.Errorf("migrate: read %s: %w", f.Path, err)
		}
		if err := applyFile(ctx, conn.PgConn(), f.Path, string(content)); err != nil {
			return err
		}
	}
	return nil
}

// ReplayOptions configure ReplayLocations.
type ReplayOptions struct {
	// Placeholders replace ${key} as Migrate replaces them (flyway.placeholders):
	// a migration that uses one cannot replay without its value.
	Placeholders map[string]string
	// Table is the value of ${flyway:table}; default flyway_schema_history.
	Table string
	// Schemas are created when missing and DefaultSchema (default the first of
	// Schemas) is put first on the search path, as Migrate does
	// (flyway.schemas, flyway.defaultSchema): unqualified names in the
	// migrations land where they would in the target database.
	Schemas       []string
	DefaultSchema string
	// Target is the highest version replayed, as flyway.target is for Migrate:
	// a version, "" or "latest" for every file, or ReplayNothing for none at
	// all. Drift replays up to the version a database records, so that a
	// database that is only behind is not reported as drifted. Repeatable files
	// run after the versioned ones either way, as Migrate runs them with a
	// target, except with ReplayNothing.
	Target string
	// Skip are the scripts (paths relative to their location) not replayed:
	// drift leaves out the files a database never applied below its version
	// (ignored, outOfOrder off), which it does not hold either.
	Skip []string
}

// ReplayNothing as ReplayOptions.Target replays no file: the state of a
// database that no migration has touched.
const ReplayNothing = "none"

// ReplayLocations is Replay for the locations Migrate would read: merged into
// one version order (an equal version in two locations is an error), callback
// files left out, executeInTransaction=false in a file's .conf honoured, and
// placeholders replaced. ${flyway:defaultSchema} is the connection's current
// schema, ${flyway:user} its session user. Like Replay, it records no history.
func ReplayLocations(ctx context.Context, conn *pgx.Conn, locs []Location, opts ReplayOptions) error {
	src, err := loadSources(locs)
	if err != nil {
		return err
	}
	if opts.Table == "" {
		opts.Table = DefaultTable
	}
	if opts.DefaultSchema == "" && len(opts.Schemas) > 0 {
		opts.DefaultSchema = opts.Schemas[0]
	}
	for _, schema := range opts.Schemas {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+quoteIdent(schema)); err != nil {
			return fmt.Errorf("migrate: replay: create schema %s: %w", schema, err)
		}
	}
	if opts.DefaultSchema != "" {
		if _, err := conn.Exec(ctx, `SELECT set_config('search_path', $1 || CASE WHEN current_setting('search_path') = ''
			THEN '' ELSE ', ' || current_setting('search_path') END, false)`, quoteIdent(opts.DefaultSchema)); err != nil {
			return fmt.Errorf("migrate: replay: set search_path: %w", err)
		}
	}
	var user, database string
	var schema *string // NULL with an empty search_path
	if err := conn.QueryRow(ctx, "SELECT session_user, current_database(), current_schema()").Scan(&user, &database, &schema); err != nil {
		return fmt.Errorf("migrate: replay: %w", err)
	}
	b := builtins{user: user, database: database, table: opts.Table, now: time.Now()}
	if schema != nil {
		b.defaultSchema = *schema
	}
	p := newPlaceholders(opts.Placeholders, b)
	files, err := replayed(src, opts.Target, opts.Skip)
	if err != nil {
		return err
	}
	for _, m := range files {
		text, err := p.replace(m.text, m.Path)
		if err != nil {
			return err
		}
		path := m.Path
		if len(locs) > 1 {
			path = m.location + ": " + m.Path
		}
		if m.noTx {
			err = runStatements(ctx, conn.PgConn(), path, splitScript(text))
		} else {
			err = applyFile(ctx, conn.PgConn(), path, text)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// replayed returns the files a replay up to target runs, in order.
func replayed(src *sources, target string, skip []string) ([]*migration, error) {
	if target == ReplayNothing {
		return nil, nil
	}
	tgt, err := parseTarget(target)
	if err != nil {
		return nil, err
	}
	if tgt.current {
		return nil, fmt.Errorf("migrate: replay: target %q means nothing without a database: give a version", target)
	}
	skipped := map[string]bool{}
	for _, path := range skip {
		skipped[path] = true
	}
	var files []*migration
	for _, m := range src.versioned {
		if (tgt.latest || m.Version.Compare(tgt.version) <= 0) && !skipped[m.Path] {
			files = append(files, m)
		}
	}
	for _, m := range src.repeatable {
		if !skipped[m.Path] {
			files = append(files, m)
		}
	}
	return files, nil
}

// applyFile runs one migration file, in a transaction when it can.
func applyFile(ctx context.Context, conn *pgconn.PgConn, path, text string) error {
	s := splitScript(text)
	if s.noTx != "" {
		return runStatements(ctx, conn, path, s)
	}
	if err := simpleExec(ctx, conn, "BEGIN"); err != nil {
		return &Error{Path: path, Err: err}
	}
	if err := runStatements(ctx, conn, path, s); err != nil {
		// The cause matters more than a failed rollback, which a broken
		// connection would explain anyway.
		_ = simpleExec(context.WithoutCancel(ctx), conn, "ROLLBACK")
		return err
	}
	if err := simpleExec(ctx, conn, "COMMIT"); err != nil {
		// Deferred constraints fail at commit: no statement to blame.
		return &Error{Path: path, Err: err}
	}
	return nil
}

// runStatements sends the statements one by one, so that an error can be traced
// to its statement even when PostgreSQL gives no position.
func runStatements(ctx context.Context, conn *pgconn.PgConn, path string, s script) error {
	return runStatementsWith(ctx, conn, path, s, stmtOptions{})
}

// runStatementsWith is runStatements with Migrate's options: blockers watched,
// and statements stopped by a lock timeout run again.
func runStatementsWith(ctx context.Context, conn *pgconn.PgConn, path string, s script, o stmtOptions) error {
	for _, st := range s.stmts {
		if err := o.runStatement(ctx, conn, path, s, st); err != nil {
			return err
		}
	}
	return nil
}

// simpleExec runs sql with the simple query protocol, which accepts any statement
// and several per call.
func simpleExec(ctx context.Context, conn *pgconn.PgConn, sql string) error {
	_, err := conn.Exec(ctx, sql).ReadAll()
	return err
}
