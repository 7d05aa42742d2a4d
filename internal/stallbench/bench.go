//go:build linux

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// bench holds what every measurement of one size shares.
type bench struct {
	cfg   config
	bin   string // the pgshape binary
	work  string // scratch directories of pgshape runs
	rows  int64
	dbURL string
	ddl   *pgx.Conn // runs the naive DDL, the undos and the checkpoints
	load  *load
	// base is the catalog's shape as created (catalogShape), which every undo
	// must restore; applied is its shape after pgshape's migration of the current
	// operation ("" when it failed), which the naive DDL must reach too.
	base, applied string
}

// measurement is one cell of the result table.
type measurement struct {
	stats windowStats
	apply time.Duration // the window's length
	err   error         // generate, apply or check failure; stats may still hold
	// before is the longest write in the pause before the window: a window
	// that starts calm has a small one.
	before   time.Duration
	measured bool // a window was measured
	// lockWaits are the writers' lock waits of 100 ms or more the server logged
	// in the window (deadlock_timeout is 100 ms), and the longest of them.
	lockWaits       int
	longestLockWait time.Duration
	// pgshape only: the files generate wrote, the refusal that made us pass
	// --allow-hazards all (""), the lines of migrate's output about a retry
	files        []string
	allowHazards string
	retries      int
}

// result is one row of the result table.
type result struct {
	op             operation
	rows           int64
	live           int64 // rows in the table when the operation began: the load inserts
	pgshape, naive measurement
}

// runSize creates the table of one size, runs every operation on it under load and
// drops it.
func runSize(ctx context.Context, cfg config, srv *pgtemp.Server, bin, work string, rows int64, report func(result)) (err error) {
	dbName := "stall_" + strconv.FormatInt(rows, 10)
	admin, err := connect(ctx, srv.ConnString("postgres"), "stallbench admin")
	if err != nil {
		return err
	}
	defer admin.Close(context.WithoutCancel(ctx))
	drop := "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)"
	if _, err := admin.Exec(ctx, drop); err != nil {
		return err
	}
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+dbName); err != nil {
		return err
	}
	defer func() {
		// Frees the disk before the next size.
		if _, derr := admin.Exec(context.WithoutCancel(ctx), drop); derr != nil && err == nil {
			err = derr
		}
	}()

	b := &bench{cfg: cfg, bin: bin, work: work, rows: rows, dbURL: srv.ConnString(dbName)}
	if b.ddl, err = connect(ctx, b.dbURL, "stallbench ddl"); err != nil {
		return err
	}
	defer b.ddl.Close(context.WithoutCancel(ctx))

	logf("%d rows: creating the table", rows)
	start := time.Now()
	if err := createTable(ctx, b.ddl, rows); err != nil {
		return err
	}
	logf("%d rows: table created in %s; %s", rows, time.Since(start).Round(time.Second), b.sizes(ctx))
	if b.base, err = catalogShape(ctx, b.ddl, true); err != nil {
		return err
	}

	if b.load, err = startLoad(ctx, b.dbURL, cfg.clients, cfg.insertEvery, cfg.rate, rows); err != nil {
		return err
	}
	defer func() {
		if lerr := b.load.stop(); lerr != nil {
			logf("%d rows: %v", rows, lerr)
		}
	}()
	if err := sleep(ctx, cfg.warmup); err != nil {
		return err
	}
	logf("%d rows: load running, %.0f writes/s over the %s warm-up", rows,
		float64(b.load.total.Load())/cfg.warmup.Seconds(), cfg.warmup)

	for _, op := range cfg.ops {
		res := result{op: op, rows: rows, live: b.load.rowsNow()}
		logf("%d rows: %s: pgshape", rows, op.title)
		if res.pgshape, err = b.measurePgshape(ctx, op); err != nil {
			return err
		}
		logf("%d rows: %s: naive", rows, op.title)
		if res.naive, err = b.measureNaive(ctx, op); err != nil {
			return err
		}
		logf("%d rows: %s: pgshape %s, naive %s", rows, op.title, cell(res.pgshape), cell(res.naive))
		report(res)
	}
	logf("%d rows: %s", rows, b.sizes(ctx))
	return nil
}

// measurePgshape runs generate (not measured), then migrate inside the window. A
// failing generate or migrate is reported in the result; an error return means the
// benchmark cannot go on.
func (b *bench) measurePgshape(ctx context.Context, op operation) (measurement, error) {
	b.applied = ""
	if op.idle {
		return b.measureIdle(ctx)
	}
	logDir := filepath.Join(b.cfg.logs, strconv.FormatInt(b.rows, 10), op.key, "pgshape")
	work := filepath.Join(b.work, strconv.FormatInt(b.rows, 10), op.key)
	for _, d := range []string{logDir, work} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return measurement{}, err
		}
	}
	p := &pgshape{bin: b.bin, dbURL: b.dbURL, work: work, logDir: logDir}
	var m measurement
	g, err := p.generate(ctx, "stall_"+strings.ReplaceAll(op.key, "-", "_"), op.desired)
	m.files, m.allowHazards = g.files, g.allowHazards
	if ctx.Err() != nil {
		return m, ctx.Err()
	}
	if err != nil {
		m.err = err
		return m, b.undo(ctx, op, p)
	}
	if len(g.files) == 0 {
		m.err = errors.New("generate wrote no file")
		return m, b.undo(ctx, op, p)
	}
	err = b.window(ctx, op, &m, func() error {
		var err error
		m.retries, err = p.migrate(ctx)
		return err
	})
	if err != nil {
		return m, err
	}
	if m.err == nil {
		if b.applied, err = catalogShape(ctx, b.ddl, false); err != nil {
			return m, err
		}
	}
	return m, b.undo(ctx, op, p)
}

// measureNaive runs op's DDL inside the window, checks that it reached the same
// shape as pgshape's desired state, and undoes it.
func (b *bench) measureNaive(ctx context.Context, op operation) (measurement, error) {
	if op.idle {
		return b.measureIdle(ctx)
	}
	logDir := filepath.Join(b.cfg.logs, strconv.FormatInt(b.rows, 10), op.key, "naive")
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return measurement{}, err
	}
	if err := os.WriteFile(filepath.Join(logDir, "ddl.sql"), []byte(op.naive+";\n"), 0o644); err != nil {
		return measurement{}, err
	}
	p := &pgshape{bin: b.bin, dbURL: b.dbURL, work: filepath.Join(b.work, strconv.FormatInt(b.rows, 10), op.key), logDir: logDir}
	var m measurement
	err := b.window(ctx, op, &m, func() error {
		_, err := b.ddl.PgConn().Exec(ctx, op.naive).ReadAll()
		return err
	})
	if err != nil {
		return m, err
	}
	if m.err == nil {
		if err := b.checkNaive(ctx, op, p); err != nil {
			if ctx.Err() != nil {
				return m, ctx.Err()
			}
			m.err = err
		}
	}
	return m, b.undo(ctx, op, p)
}

// checkNaive checks that the naive DDL reached the state pgshape's migration
// reached (or, when that failed or -plan-check asks, the desired state by pgshape
// plan): otherwise the two columns would not measure the same change.
func (b *bench) checkNaive(ctx context.Context, op operation, p *pgshape) error {
	if b.applied != "" {
		got, err := catalogShape(ctx, b.ddl, false)
		if err != nil {
			return err
		}
		if got != b.applied {
			return fmt.Errorf("the DDL did not reach the state pgshape's migration reached: %s", shapeDiff(b.applied, got))
		}
	}
	if b.applied != "" && !b.cfg.planCheck {
		return nil
	}
	left, err := p.plan(ctx, "plan-after-ddl.log", op.desired)
	switch {
	case err != nil:
		return fmt.Errorf("check after the DDL: %w", err)
	case left != "":
		return fmt.Errorf("the DDL did not reach the desired state; pgshape plan still has: %s", firstLine(left))
	}
	return nil
}

// measureIdle measures a window of cfg.window with no DDL at all.
func (b *bench) measureIdle(ctx context.Context) (measurement, error) {
	var m measurement
	err := b.window(ctx, operation{}, &m, func() error { return sleep(ctx, b.cfg.window) })
	return m, err
}

// window settles the server, starts the long reader when op asks for one, and
// measures the writers around apply. A failing apply is m.err; the error returned
// is one the benchmark cannot go on after.
func (b *bench) window(ctx context.Context, op operation, m *measurement, apply func() error) error {
	if err := b.settle(ctx); err != nil {
		return err
	}
	b.load.reset()
	calm := time.Now()
	if err := sleep(ctx, b.cfg.pause); err != nil {
		return err
	}
	var readerDone <-chan error
	if op.reader {
		var err error
		if readerDone, err = startReader(ctx, b.dbURL, b.cfg.reader); err != nil {
			return err
		}
	}
	from := time.Now()
	applyErr := apply()
	to := time.Now()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	stats, err := b.load.window(ctx, from, to)
	if err != nil {
		return err
	}
	if readerDone != nil {
		if err := <-readerDone; err != nil {
			return err
		}
	}
	m.stats, m.apply, m.err, m.measured = stats, to.Sub(from), applyErr, true
	m.before = b.load.longestWithin(calm, from)
	m.lockWaits, m.longestLockWait = lockWaits(filepath.Join(b.cfg.logs, "postgres.log"), from, to)
	return nil
}

// startReader opens a transaction that reads the table and keeps it open for hold;
// the channel reports its end.
func startReader(ctx context.Context, dbURL string, hold time.Duration) (<-chan error, error) {
	conn, err := connect(ctx, dbURL, "stallbench reader")
	if err != nil {
		return nil, err
	}
	begin := time.Now()
	if _, err := conn.PgConn().Exec(ctx, "BEGIN; SELECT * FROM stall WHERE id = 1").ReadAll(); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("stallbench: reader: %w", err)
	}
	done := make(chan error, 1)
	go func() {
		defer conn.Close(context.WithoutCancel(ctx))
		if err := sleep(ctx, time.Until(begin.Add(hold))); err != nil {
			done <- err
			return
		}
		_, err := conn.PgConn().Exec(ctx, "COMMIT").ReadAll()
		done <- err
	}()
	return done, nil
}

// undo brings the table back to the base shape and drops the history table, then
// checks the catalog (and with -plan-check, pgshape plan) for leftovers: a later
// measurement on a table in another shape would not be trustworthy, so a leftover
// stops the benchmark.
func (b *bench) undo(ctx context.Context, op operation, p *pgshape) error {
	start := time.Now()
	sql := undoAlways
	if op.undo != "" {
		sql = op.undo + "; " + undoAlways
	}
	if _, err := b.ddl.PgConn().Exec(ctx, sql).ReadAll(); err != nil {
		return fmt.Errorf("stallbench: undo %s: %w", op.key, err)
	}
	got, err := catalogShape(ctx, b.ddl, true)
	if err != nil {
		return err
	}
	if got != b.base {
		return fmt.Errorf("stallbench: undoing %s left the table in another shape: %s", op.key, shapeDiff(b.base, got))
	}
	if b.cfg.planCheck {
		left, err := p.plan(ctx, "plan-after-undo.log", base())
		if err != nil {
			return fmt.Errorf("stallbench: check after undoing %s: %w", op.key, err)
		}
		if left != "" {
			return fmt.Errorf("stallbench: undoing %s left the table in another shape; pgshape plan to the base schema:\n%s", op.key, left)
		}
	}
	logf("  undone and checked in %s", time.Since(start).Round(time.Millisecond))
	return nil
}

// shapeDiff lists the lines of catalogShape only in want (-) and only in got (+).
func shapeDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "; ")
}

// settle lets every window start alike: a checkpoint, so none runs during the
// window, and a sync, so the kernel is not writing back what the last undo or
// rewrite left in the page cache (fsync is off: without the sync, writers stalled
// for a second behind the writeback of a table rewrite done before the window).
// The caller then pauses for the writers held up by the last undo to catch up.
func (b *bench) settle(ctx context.Context) error {
	if _, err := b.ddl.Exec(ctx, "CHECKPOINT"); err != nil {
		return fmt.Errorf("stallbench: checkpoint: %w", err)
	}
	syscall.Sync()
	return ctx.Err()
}

// sizes describes the table's size on disk, for the log.
func (b *bench) sizes(ctx context.Context) string {
	var table, total string
	err := b.ddl.QueryRow(ctx, `SELECT pg_size_pretty(pg_table_size('stall')), pg_size_pretty(pg_total_relation_size('stall'))`).Scan(&table, &total)
	if err != nil {
		return "size unknown: " + err.Error()
	}
	return "table " + table + ", with indexes " + total
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
