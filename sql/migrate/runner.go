package migrate

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Runner applies and inspects migrations: Migrate, Info, Validate, Baseline,
// Repair and Clean, with Flyway's meaning. New does no I/O; each method
// connects, does its work and disconnects.
type Runner struct {
	cfg Config
}

// New returns a Runner for cfg, with Flyway's defaults for unset fields.
func New(cfg Config) *Runner { return &Runner{cfg: cfg.withDefaults()} }

// Config returns the runner's configuration, defaults filled in.
func (r *Runner) Config() Config { return r.cfg }

// session is one command's connection, lock and view of files and history.
type session struct {
	cfg          Config
	conn         *pgx.Conn
	lock         *sessionLock // nil for read-only commands
	table        tableRef
	src          *sources
	history      []HistoryRow
	user         string
	placeholders placeholders
	watch        *blockerWatch // see stmtOptions
}

// open loads the locations, connects, takes the lock when lock is set, and
// reads the history (nil when the table does not exist).
func (r *Runner) open(ctx context.Context, lock bool) (*session, error) {
	if err := r.cfg.check(); err != nil {
		return nil, err
	}
	src, err := loadSources(r.cfg.Locations)
	if err != nil {
		return nil, err
	}
	if err := checkNaming(src.skipped, r.cfg); err != nil {
		return nil, err
	}
	for _, cb := range src.callbacks {
		if len(cb.event) > len("unsupported:") && cb.event[:len("unsupported:")] == "unsupported:" {
			r.cfg.logf("callback %s is not run: pgshape does not support the %s event", cb.name, cb.event[len("unsupported:"):])
		}
	}
	conn, err := connect(ctx, r.cfg)
	if err != nil {
		return nil, err
	}
	s := &session{cfg: r.cfg, conn: conn, src: src}
	if err := s.init(ctx, lock); err != nil {
		s.close(ctx)
		return nil, err
	}
	return s, nil
}

func (s *session) init(ctx context.Context, lock bool) error {
	var err error
	if s.table, err = resolveTable(ctx, s.conn, s.cfg); err != nil {
		return err
	}
	if s.user, err = installedBy(ctx, s.conn, s.cfg); err != nil {
		return err
	}
	var dbUser, database string
	if err := s.conn.QueryRow(ctx, "SELECT session_user, current_database()").Scan(&dbUser, &database); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	s.placeholders = newPlaceholders(s.cfg.Placeholders, builtins{
		defaultSchema: s.table.schema, user: dbUser, database: database, table: s.table.table, now: time.Now(),
	})
	// Repeatable migrations are checksummed after placeholder replacement, so
	// that a changed placeholder value applies them again.
	for _, m := range s.src.repeatable {
		text, err := s.placeholders.replace(m.text, m.Path)
		if err != nil {
			return err
		}
		m.Checksum = Checksum([]byte(text))
	}
	// Like Flyway, run with the default schema first on the search path, so
	// unqualified names in migrations land in it.
	if s.cfg.DefaultSchema != "" || len(s.cfg.Schemas) > 0 {
		if _, err := s.conn.Exec(ctx, `SELECT set_config('search_path', $1 || CASE WHEN current_setting('search_path') = ''
			THEN '' ELSE ', ' || current_setting('search_path') END, false)`, quoteIdent(s.table.schema)); err != nil {
			return fmt.Errorf("migrate: set search_path: %w", err)
		}
	}
	if lock {
		if s.lock, err = acquireLock(ctx, s.cfg, s.table); err != nil {
			return err
		}
	}
	// Read after the lock: a run that waited sees what the previous one applied.
	return s.reload(ctx)
}

func (s *session) reload(ctx context.Context) (err error) {
	s.history, err = readHistory(ctx, s.conn, s.table)
	return err
}

func (s *session) close(ctx context.Context) {
	if s.lock != nil {
		s.lock.release(ctx)
	}
	s.conn.Close(context.WithoutCancel(ctx))
}

// tableExists reports whether the history table was found by the last reload.
func (s *session) hasTable(ctx context.Context) (bool, error) {
	if s.history != nil {
		return true, nil
	}
	return tableExists(ctx, s.conn, s.table)
}
