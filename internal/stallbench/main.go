//go:build linux

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// config is the command line.
type config struct {
	rows    []int64
	clients int
	window  time.Duration // of the no-DDL row
	reader  time.Duration // how long the long reader keeps its transaction
	warmup  time.Duration // load before the first measurement of a size
	pause   time.Duration // before every window, after a checkpoint
	ops     []operation
	out     string
	dir     string // where the server's directory goes
	logs    string
	pgshape string // a prebuilt binary; "" builds one
	// planCheck adds pgshape plan to the catalog checks after the naive DDL and
	// every undo.
	planCheck bool
	// insertEvery: one write in insertEvery is an INSERT, the others UPDATEs.
	insertEvery int
	// rate is the writes a second of all clients together; 0: as fast as they can.
	rate int
}

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, cfg)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case interrupted:
		fmt.Fprintln(os.Stderr, "stallbench: interrupted; server and data removed")
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("stallbench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: go run ./internal/stallbench [flags]

Measures the longest writer stall while schema changes are applied under a write load,
with pgshape generate + migrate and with the naive DDL (see README, Writer-stall benchmark).

Flags:
`)
		fs.PrintDefaults()
	}
	rows := fs.String("rows", "5000000,10000000", "table sizes, comma separated (k and M suffixes allowed: 200k,5M)")
	var keys []string
	for _, op := range operations() {
		keys = append(keys, op.key)
	}
	ops := fs.String("ops", "", "operations to run, comma separated (default all): "+strings.Join(keys, ","))
	cfg := config{}
	fs.IntVar(&cfg.clients, "clients", 4, "writer connections")
	fs.DurationVar(&cfg.window, "window", 5*time.Second, "length of the no-DDL window")
	fs.DurationVar(&cfg.reader, "reader", 12*time.Second, "how long the long reader keeps its transaction open")
	fs.DurationVar(&cfg.warmup, "warmup", 5*time.Second, "load before the first measurement of each size")
	fs.DurationVar(&cfg.pause, "pause", 2*time.Second, "pause before each window (after a CHECKPOINT and a sync)")
	fs.StringVar(&cfg.dir, "dir", "/tmp", "directory in which the server's data directory is created (and removed)")
	fs.StringVar(&cfg.out, "out", "", "also write the Markdown report to this file")
	fs.StringVar(&cfg.logs, "logs", "", "directory for pgshape's output, generated files and the server log\n(default: a new stallbench-logs-* directory in the temp directory)")
	fs.StringVar(&cfg.pgshape, "pgshape", "", "pgshape binary to measure (default: go build ./cmd/pgshape of this checkout)")
	fs.IntVar(&cfg.rate, "rate", 0, "writes a second of all clients together, each client at its share (0: as fast as they\ncan, which on a small machine leaves no CPU for anything else)")
	fs.IntVar(&cfg.insertEvery, "insert-every", 10, "one write in this many is an INSERT, the others single-row UPDATEs\n(inserts grow the table during the run; the notes say by how much)")
	fs.BoolVar(&cfg.planCheck, "plan-check", false, "also check with pgshape plan (seconds each, where the catalog check takes milliseconds)\nthat the naive DDL reaches the desired state and that every undo restores the base")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("stallbench: unexpected arguments %q", fs.Args())
	}
	for _, s := range strings.Split(*rows, ",") {
		n, err := parseCount(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("stallbench: -rows: bad size %q", s)
		}
		cfg.rows = append(cfg.rows, n)
	}
	all := operations()
	if *ops == "" {
		cfg.ops = all
	} else {
		for _, k := range strings.Split(*ops, ",") {
			i := indexOf(all, strings.TrimSpace(k))
			if i < 0 {
				return cfg, fmt.Errorf("stallbench: -ops: unknown operation %q (known: %s)", k, strings.Join(keys, ","))
			}
			cfg.ops = append(cfg.ops, all[i])
		}
	}
	if cfg.clients < 1 {
		return cfg, errors.New("stallbench: -clients must be at least 1")
	}
	if cfg.insertEvery < 1 {
		return cfg, errors.New("stallbench: -insert-every must be at least 1")
	}
	if cfg.rate < 0 {
		return cfg, errors.New("stallbench: -rate must not be negative")
	}
	return cfg, nil
}

func indexOf(ops []operation, key string) int {
	for i, op := range ops {
		if op.key == key {
			return i
		}
	}
	return -1
}

// parseCount reads 200000, 200k or 5M.
func parseCount(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "k"), strings.HasSuffix(s, "K"):
		mult, s = 1000, s[:len(s)-1]
	case strings.HasSuffix(s, "M"), strings.HasSuffix(s, "m"):
		mult, s = 1000000, s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

// run is the whole benchmark: build, server, sizes, report.
func run(ctx context.Context, cfg config) (err error) {
	began := time.Now()
	if cfg.logs == "" {
		cfg.logs = filepath.Join(os.TempDir(), "stallbench-logs-"+began.Format("20060102-150405"))
	}
	if err := os.MkdirAll(cfg.logs, 0o755); err != nil {
		return err
	}
	if cfg.logs, err = filepath.Abs(cfg.logs); err != nil {
		return err
	}
	checkDisk(cfg.dir, cfg.rows)

	work, err := os.MkdirTemp("", "stallbench-work-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	bin := cfg.pgshape
	if bin == "" {
		logf("building pgshape")
		if bin, err = buildPgshape(ctx, work); err != nil {
			return err
		}
	}

	logf("starting PostgreSQL (log: %s)", filepath.Join(cfg.logs, "postgres.log"))
	srv, err := startServer(ctx, cfg.dir, filepath.Join(cfg.logs, "postgres.log"))
	if err != nil {
		return err
	}
	defer func() {
		if err := srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}()
	version, err := serverVersion(ctx, srv)
	if err != nil {
		return err
	}

	rep := &report{cfg: cfg, version: version}
	defer func() {
		// Whatever was measured is printed, also after a failure.
		rep.elapsed = time.Since(began)
		if werr := rep.write(); werr != nil && err == nil {
			err = werr
		}
		logf("logs in %s", cfg.logs)
	}()
	for _, rows := range cfg.rows {
		if err := runSize(ctx, cfg, srv, bin, work, rows, rep.add); err != nil {
			rep.failure = fmt.Sprintf("%d rows: %v", rows, err)
			return err
		}
	}
	return nil
}

func serverVersion(ctx context.Context, srv *pgtemp.Server) (string, error) {
	conn, err := connect(ctx, srv.ConnString("postgres"), "stallbench")
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	var v string
	err = conn.QueryRow(ctx, "SHOW server_version").Scan(&v)
	return v, err
}

// checkDisk warns when the temp directory has less room than the biggest size may
// need: the table and its indexes (about 200 bytes a row as built, more as the
// load adds rows and operations add indexes), a rewrite's copy of it, and the WAL
// kept up to max_wal_size.
func checkDisk(dir string, rows []int64) {
	var most int64
	for _, n := range rows {
		most = max(most, n)
	}
	need := uint64(most)*600 + 9<<30
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return
	}
	if free := st.Bavail * uint64(st.Bsize); free < need {
		logf("warning: %s has %d GB free; %d rows may need about %d GB", dir, free>>30, most, need>>30)
	}
}

var started = time.Now()

// logf writes progress to stderr, with the time since the start.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "[%6.1fs] %s\n", time.Since(started).Seconds(), fmt.Sprintf(format, args...))
}
