package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Summary is what Migrate did.
type Summary struct {
	// Applied lists the migrations applied, in order.
	Applied []AppliedMigration
	// InitialVersion and Version are the schema's version before and after the
	// run; empty when there is none.
	InitialVersion, Version string
	// Baselined is set when baselineOnMigrate wrote a baseline row.
	Baselined bool
	// SchemasCreated lists the schemas Migrate created.
	SchemasCreated []string
	Elapsed        time.Duration
}

// AppliedMigration is one migration Migrate applied.
type AppliedMigration struct {
	Version     string // empty for a repeatable migration
	Description string
	Script      string
	Duration    time.Duration
}

// Migrate applies the pending migrations: versioned ones in version order up to
// the target, then the repeatable ones that are new or changed. It holds the
// advisory lock for the history table throughout, creates the schemas and the
// history table when missing (baselining a non-empty schema when
// BaselineOnMigrate), and validates first unless SkipValidateOnMigrate.
//
// Each file runs in one transaction with its history row, so a failure leaves
// nothing of it and no row. A file that cannot run in a transaction runs
// statement by statement; when it fails, a success=false row records it, and
// Migrate refuses to run until Repair. Errors are *Error (the file and line)
// or *ValidationError.
func (r *Runner) Migrate(ctx context.Context) (*Summary, error) {
	start := time.Now()
	sum := &Summary{}
	s, err := r.open(ctx, true)
	if err != nil {
		return sum, err
	}
	defer s.close(ctx)
	err = s.migrate(ctx, sum, start)
	sum.Elapsed = time.Since(start)
	return sum, err
}

func (s *session) migrate(ctx context.Context, sum *Summary, start time.Time) error {
	if err := s.prepareTable(ctx, sum, true); err != nil {
		return err
	}
	tgt, _ := parseTarget(s.cfg.Target)
	st := buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt)
	if st.current != nil {
		sum.InitialVersion = st.current.String()
	}
	sum.Version = sum.InitialVersion
	for _, row := range st.rows {
		if row.State.failed() {
			return &ValidationError{Problems: []string{fmt.Sprintf("%s has a failed migration (%s, rank %d): "+
				"fix the file, undo what it left half-applied (it ran outside a transaction), then run `pgshape repair` "+
				"(Flyway: repair) and migrate again", s.table, row.Script, row.InstalledRank)}}
		}
	}
	if !s.cfg.SkipValidateOnMigrate {
		patterns, err := parseIgnorePatterns(s.cfg.IgnoreMigrationPatterns)
		if err != nil {
			return err
		}
		if err := validate(st, patterns, false); err != nil {
			return err
		}
	}
	for _, row := range st.rows {
		if row.State == StateIgnored {
			s.cfg.logf("%s not applied: below the current version %s; use outOfOrder (--out-of-order) to apply it", row.Script, st.current)
		}
	}
	pending := st.pending()
	if err := s.runCallbacks(ctx, BeforeMigrate, false); err != nil {
		return s.migrateFailed(ctx, err)
	}
	if s.cfg.Group && len(pending) > 0 {
		if err := s.applyGroup(ctx, pending, sum, start); err != nil {
			return s.migrateFailed(ctx, err)
		}
		pending = nil
	}
	lockChecked := time.Now()
	for i, row := range pending {
		m := row.file
		p := Progress{N: i + 1, Total: len(pending), Script: m.Path, Description: m.Description, Elapsed: time.Since(start)}
		if m.Kind == Versioned {
			p.Version = m.Version.String()
		}
		s.progress(p)
		if time.Since(lockChecked) > lockCheckInterval {
			if err := s.lock.check(ctx); err != nil {
				return s.migrateFailed(ctx, err)
			}
			lockChecked = time.Now()
		}
		took, err := s.apply(ctx, m)
		if err != nil {
			return s.migrateFailed(ctx, err)
		}
		sum.Applied = append(sum.Applied, AppliedMigration{Version: p.Version, Description: m.Description, Script: m.Path, Duration: took})
		if m.Kind == Versioned {
			sum.Version = p.Version
			if err := s.runCallbacks(ctx, AfterVersioned, false); err != nil {
				return s.migrateFailed(ctx, err)
			}
		}
		p.Done, p.FileElapsed, p.Elapsed = true, took, time.Since(start)
		s.progress(p)
	}
	if err := s.runCallbacks(ctx, AfterMigrate, false); err != nil {
		return err
	}
	if len(sum.Applied) > 0 {
		if err := s.runCallbacks(ctx, AfterMigrateApplied, false); err != nil {
			return err
		}
	}
	if err := s.reload(ctx); err != nil {
		return err
	}
	if st := buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt); st.current != nil {
		sum.Version = st.current.String()
	}
	return nil
}

// lockCheckInterval is how often, at most, Migrate checks between two files
// that the lock's connection is still alive.
const lockCheckInterval = 2 * time.Second

func (s *session) progress(p Progress) {
	if s.cfg.Progress != nil {
		s.cfg.Progress(p)
	}
}

// migrateFailed runs the afterMigrateError callbacks and returns err.
func (s *session) migrateFailed(ctx context.Context, err error) error {
	if cbErr := s.runCallbacks(context.WithoutCancel(ctx), AfterMigrateError, false); cbErr != nil {
		s.cfg.logf("%v", cbErr)
	}
	return err
}

// prepared is a migration ready to run: placeholders replaced, split into
// statements, its history row filled in.
type prepared struct {
	m         *migration
	sc        script
	row       HistoryRow
	outsideTx bool
}

func (s *session) prepare(m *migration) (prepared, error) {
	text, err := s.placeholders.replace(m.text, m.Path)
	if err != nil {
		return prepared{}, err
	}
	sc := splitScript(text)
	if sc.noTx != "" && sc.txLine > 0 && !s.cfg.Mixed {
		return prepared{}, &Error{Path: m.Path, Line: sc.txLine, Err: fmt.Errorf(
			"the file mixes a statement that cannot run in a transaction (%s) with ones that can: "+
				"split it in two files, or set mixed=true to run it statement by statement", sc.noTx)}
	}
	row := HistoryRow{Description: m.Description, Type: TypeSQL, Script: m.Path, Checksum: &m.Checksum, InstalledBy: s.user}
	if m.Kind == Versioned {
		row.Version = m.Version.String()
	}
	return prepared{m: m, sc: sc, row: row, outsideTx: sc.noTx != "" || m.noTx}, nil
}

// apply runs one migration and records it, in one transaction when it can.
// A transaction stopped by a lock timeout is rolled back and runs again (see
// Config.LockTimeoutRetries).
func (s *session) apply(ctx context.Context, m *migration) (time.Duration, error) {
	p, err := s.prepare(m)
	if err != nil {
		return 0, err
	}
	if p.outsideTx {
		return s.applyOutsideTx(ctx, p.m, p.sc, p.row)
	}
	var took time.Duration
	err = s.retryTx(ctx, "the file", func() error {
		var err error
		took, err = s.applyInTx(ctx, p)
		return err
	})
	if err != nil {
		s.eachFailed(ctx)
	}
	return took, err
}

// applyInTx runs one migration and its history row in a transaction.
func (s *session) applyInTx(ctx context.Context, p prepared) (time.Duration, error) {
	pg := s.conn.PgConn()
	if err := simpleExec(ctx, pg, "BEGIN"); err != nil {
		return 0, &Error{Path: p.m.Path, Err: err}
	}
	took, err := s.runInTx(ctx, p)
	if err == nil {
		if err = simpleExec(ctx, pg, "COMMIT"); err != nil {
			// Deferred constraints fail at commit: no statement to blame.
			err = &Error{Path: p.m.Path, Err: err}
		}
	}
	if err != nil {
		_ = simpleExec(context.WithoutCancel(ctx), pg, "ROLLBACK")
	}
	return took, err
}

// runInTx runs a migration and inserts its history row inside the open
// transaction.
func (s *session) runInTx(ctx context.Context, p prepared) (time.Duration, error) {
	start := time.Now()
	err := s.runCallbacks(ctx, BeforeEachMigrate, true)
	if err == nil {
		err = runStatementsWith(ctx, s.conn.PgConn(), p.m.Path, p.sc, s.stmtOptions(false))
	}
	if err == nil {
		err = s.runCallbacks(ctx, AfterEachMigrate, true)
	}
	took := time.Since(start)
	if err == nil {
		p.row.ExecutionTime, p.row.Success = int(took.Milliseconds()), true
		err = insertRow(ctx, s.conn, s.table, p.row)
	}
	return took, err
}

// applyGroup runs every pending migration in one transaction (flyway.group):
// all of them are applied, or none.
func (s *session) applyGroup(ctx context.Context, pending []InfoRow, sum *Summary, start time.Time) error {
	var all []prepared
	for _, row := range pending {
		p, err := s.prepare(row.file)
		if err != nil {
			return err
		}
		if p.outsideTx {
			return &Error{Path: p.m.Path, Err: fmt.Errorf("group=true runs every pending migration in one transaction, " +
				"and this file cannot run in one: migrate without group")}
		}
		all = append(all, p)
	}
	pg := s.conn.PgConn()
	var applied []AppliedMigration
	err := s.retryTx(ctx, "the group", func() error {
		applied = nil
		if err := simpleExec(ctx, pg, "BEGIN"); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		err := func() error {
			for i, p := range all {
				pr := Progress{N: i + 1, Total: len(all), Script: p.m.Path, Version: p.row.Version, Description: p.m.Description, Elapsed: time.Since(start)}
				s.progress(pr)
				took, err := s.runInTx(ctx, p)
				if err != nil {
					return err
				}
				applied = append(applied, AppliedMigration{Version: p.row.Version, Description: p.m.Description, Script: p.m.Path, Duration: took})
				pr.Done, pr.FileElapsed, pr.Elapsed = true, took, time.Since(start)
				s.progress(pr)
			}
			if err := simpleExec(ctx, pg, "COMMIT"); err != nil {
				return fmt.Errorf("migrate: commit the group of %d migrations: %w", len(all), err)
			}
			return nil
		}()
		if err != nil {
			_ = simpleExec(context.WithoutCancel(ctx), pg, "ROLLBACK")
		}
		return err
	})
	if err != nil {
		s.eachFailed(ctx)
		return err
	}
	sum.Applied = append(sum.Applied, applied...)
	return nil
}

// applyOutsideTx runs a file that cannot run in a transaction, statement by
// statement, and records a failed row when a statement fails.
func (s *session) applyOutsideTx(ctx context.Context, m *migration, sc script, row HistoryRow) (time.Duration, error) {
	if err := s.runCallbacks(ctx, BeforeEachMigrate, false); err != nil {
		return 0, err
	}
	start := time.Now()
	err := runStatementsWith(ctx, s.conn.PgConn(), m.Path, sc, s.stmtOptions(true))
	took := time.Since(start)
	row.ExecutionTime, row.Success = int(took.Milliseconds()), err == nil
	// Record the failure even when ctx was cancelled: the statements before the
	// failing one stay applied, and the history must say so.
	recordCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if recErr := insertRow(recordCtx, s.conn, s.table, row); recErr != nil {
		return took, errors.Join(err, recErr)
	}
	if err != nil {
		var mErr *Error
		if errors.As(err, &mErr) {
			mErr.Note = joinNotes(mErr.Note, fmt.Sprintf("%s runs outside a transaction: the statements before the failing one stay applied. "+
				"A failed row in %s now stops migrate: fix the file, undo what it left behind, then run `pgshape repair` "+
				"and migrate again.", m.Path, s.table))
		}
		s.eachFailed(ctx)
		return took, err
	}
	return took, s.runCallbacks(ctx, AfterEachMigrate, false)
}

func (s *session) eachFailed(ctx context.Context) {
	if err := s.runCallbacks(context.WithoutCancel(ctx), AfterEachMigrateError, false); err != nil {
		s.cfg.logf("%v", err)
	}
}

// managedSchemas are the default schema and the schemas setting, without
// duplicates, or the history table's schema when neither is set.
func (s *session) managedSchemas() []string {
	var list []string
	seen := map[string]bool{}
	for _, n := range append([]string{s.cfg.DefaultSchema}, s.cfg.Schemas...) {
		if n != "" && !seen[n] {
			seen[n] = true
			list = append(list, n)
		}
	}
	if len(list) == 0 {
		list = []string{s.table.schema}
	}
	return list
}

// prepareTable creates the missing schemas and the history table, with a
// SCHEMA row naming the schemas it created. It does nothing when the table
// exists. For migrate, schemas that already hold objects need
// BaselineOnMigrate, which writes a baseline row, as in Flyway: migrating them
// from the first file would meet their objects.
func (s *session) prepareTable(ctx context.Context, sum *Summary, forMigrate bool) error {
	if ok, err := s.hasTable(ctx); err != nil || ok {
		return err
	}
	err := pgx.BeginFunc(ctx, s.conn, func(tx pgx.Tx) error {
		var created, nonEmpty []string
		for _, name := range s.managedSchemas() {
			var exists, hasObjects bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, name).Scan(&exists); err != nil {
				return err
			}
			if !exists {
				if _, err := tx.Exec(ctx, "CREATE SCHEMA "+quoteIdent(name)); err != nil {
					return fmt.Errorf("create schema %s: %w", quoteIdent(name), err)
				}
				created = append(created, name)
				continue
			}
			if err := tx.QueryRow(ctx, schemaHasObjectsSQL, name).Scan(&hasObjects); err != nil {
				return err
			}
			if hasObjects {
				nonEmpty = append(nonEmpty, quoteIdent(name))
			}
		}
		if forMigrate && len(nonEmpty) > 0 && !s.cfg.BaselineOnMigrate {
			return fmt.Errorf("found non-empty schema(s) %s but no history table %s: run `pgshape baseline` "+
				"(Flyway: baseline) or use baselineOnMigrate (--baseline-on-migrate) to start the history",
				strings.Join(nonEmpty, ", "), s.table)
		}
		if _, err := tx.Exec(ctx, createTableSQL(s.table)); err != nil {
			return fmt.Errorf("create %s: %w", s.table, err)
		}
		if len(created) > 0 {
			quoted := ""
			for i, n := range created {
				if i > 0 {
					quoted += ","
				}
				quoted += quoteIdent(n)
			}
			if err := insertRow(ctx, tx, s.table, HistoryRow{Description: schemaMarkerDescription, Type: TypeSchema,
				Script: quoted, InstalledBy: s.user, Success: true}); err != nil {
				return err
			}
			sum.SchemasCreated = created
			s.cfg.logf("created schemas %s", quoted)
		}
		if forMigrate && len(nonEmpty) > 0 {
			if err := insertRow(ctx, tx, s.table, s.baselineRow()); err != nil {
				return err
			}
			sum.Baselined = true
			s.cfg.logf("baselined %s at version %s", s.table, s.cfg.BaselineVersion)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("migrate: create the history table: %w", err)
	}
	return s.reload(ctx)
}

// schemaHasObjectsSQL tells whether a schema holds a relation, routine or type
// of its own (not the history table, which does not exist yet here).
const schemaHasObjectsSQL = `SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1)
	OR EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)
	OR EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1
		AND t.typtype IN ('e', 'd', 'r') )`

func (s *session) baselineRow() HistoryRow {
	v, _ := ParseVersion(s.cfg.BaselineVersion)
	return HistoryRow{Version: v.String(), Description: s.cfg.BaselineDescription, Type: TypeBaseline,
		Script: s.cfg.BaselineDescription, InstalledBy: s.user, Success: true}
}
