package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

func TestRetryDelay(t *testing.T) {
	p := retryPolicy{retries: 10, base: 500 * time.Millisecond, max: 10 * time.Second}
	want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second,
		10 * time.Second, 10 * time.Second, 10 * time.Second, 10 * time.Second, 10 * time.Second}
	var least, most time.Duration
	for i, d := range want {
		k := i + 1
		lo, hi := p.delay(k, func() float64 { return 0 }), p.delay(k, func() float64 { return 0.9999999 })
		if lo != d/2 || hi < d-time.Millisecond || hi > d {
			t.Errorf("retry %d: waits from %s to %s, want from %s to %s", k, lo, hi, d/2, d)
		}
		for j := 0; j < 100; j++ {
			if got := p.delay(k, randFloat); got < d/2 || got > d {
				t.Errorf("retry %d: random wait %s, want between %s and %s", k, got, d/2, d)
			}
		}
		least, most = least+lo, most+hi
	}
	// The defaults must outlast a reader that holds a lock for 12 s, before
	// counting the lock timeouts themselves.
	if least < 30*time.Second || most > 66*time.Second {
		t.Errorf("10 retries wait %s to %s in all, want at least 30 s and at most 66 s", least, most)
	}
	for _, k := range []int{0, 33, 64, 1000} {
		if got := p.delay(k, func() float64 { return 0 }); got != 5*time.Second {
			t.Errorf("retry %d: least wait %s, want the cap's half, 5s", k, got)
		}
	}
	if got := (Config{}).withDefaults().retryPolicy(); got != p {
		t.Errorf("default policy %+v, want %+v", got, p)
	}
	big := Config{LockTimeoutRetryDelay: 30 * time.Second}.withDefaults().retryPolicy()
	if got := big.delay(1, func() float64 { return 0.9999999 }); got > 30*time.Second || got < 29*time.Second {
		t.Errorf("a 30 s delay waits at most %s, want 30 s (the cap follows a larger delay)", got)
	}
	if off := (Config{LockTimeoutRetries: -1}).withDefaults().retryPolicy(); off.retries != 0 {
		t.Errorf("LockTimeoutRetries -1 gives %d retries, want 0", off.retries)
	}
}

const blockerApp = "retry-test-blocker"

// holdLock opens a connection named blockerApp that reads table t in a
// transaction left open, so that DDL on t waits for it. It returns the
// connection's pid and a function that ends the transaction (safe to call
// more than once, from any goroutine).
func holdLock(t *testing.T, url, begin string) (pid int, release func()) {
	t.Helper()
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["application_name"] = blockerApp
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, begin); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "SELECT count(*) FROM t"); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			conn.Exec(ctx, "ROLLBACK")
			conn.Close(ctx)
		})
	}
	t.Cleanup(release)
	return pid, release
}

// releaseAfter ends the blocker's transaction after d.
func releaseAfter(t *testing.T, d time.Duration, release func()) {
	timer := time.AfterFunc(d, release)
	t.Cleanup(func() { timer.Stop() })
}

// logLines collects what the runner logs.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// retries returns the logged retry lines.
func (l *logLines) retries() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range l.lines {
		if strings.Contains(line, " again in ") {
			out = append(out, line)
		}
	}
	return out
}

// retrySetup creates table t with V1 and returns a config for the files,
// which migrates V2 next, with its log.
func retrySetup(t *testing.T, files map[string]string) (url string, conn *pgx.Conn, cfg Config, log *logLines) {
	t.Helper()
	url = pgtest.NewDatabase(t)
	conn = connectTest(t, url)
	if _, ok := files["V1__t.sql"]; !ok {
		files["V1__t.sql"] = "CREATE TABLE t (id int);"
	}
	cfg = testConfig(url, mapLocation("sql", files))
	cfg.Target = "1"
	mustMigrate(t, cfg)
	cfg.Target = ""
	log = &logLines{}
	cfg.Logf = log.logf
	return url, conn, cfg, log
}

func hasColumn(t *testing.T, conn *pgx.Conn, table, column string) bool {
	t.Helper()
	var ok bool
	if err := conn.QueryRow(context.Background(), `SELECT EXISTS (SELECT 1 FROM pg_attribute
		WHERE attrelid = to_regclass($1) AND attname = $2 AND NOT attisdropped)`, table, column).Scan(&ok); err != nil {
		t.Fatal(err)
	}
	return ok
}

// A transactional file stopped by its lock timeout runs again, whole, until
// the reader that blocked it is gone; the log names the reader.
func TestLockRetryTransactional(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V2__c.sql": "SET LOCAL lock_timeout = '100ms';\nALTER TABLE t ADD COLUMN c int;\nINSERT INTO t VALUES (1);\n",
	})
	cfg.LockTimeoutRetryDelay = 100 * time.Millisecond
	pid, release := holdLock(t, url, "BEGIN")
	releaseAfter(t, time.Second, release)
	start := time.Now()
	sum, err := New(cfg).Migrate(context.Background())
	if err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("Migrate took %s, less than the blocker's second", took)
	}
	if len(sum.Applied) != 1 || !hasColumn(t, conn, "t", "c") {
		t.Errorf("applied %d files, column c exists %v; want 1, true", len(sum.Applied), hasColumn(t, conn, "t", "c"))
	}
	var rows int
	conn.QueryRow(context.Background(), "SELECT count(*) FROM t").Scan(&rows)
	if rows != 1 {
		t.Errorf("t has %d rows, want 1: a failed attempt left its insert, or the file ran twice", rows)
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true", "2|2|c|SQL|V2__c.sql|true",
	})
	t.Logf("Migrate took %s; log:\n%s", time.Since(start), strings.Join(log.lines, "\n"))
	retries := log.retries()
	if len(retries) == 0 {
		t.Fatalf("no retry logged; log:\n%s", strings.Join(log.lines, "\n"))
	}
	if want := "V2__c.sql line 2: lock timeout on attempt 1 of 11; running the file again in "; !strings.HasPrefix(retries[0], want) {
		t.Errorf("first retry line:\n%s\nwant it to start with %q", retries[0], want)
	}
	// The first check for blockers may come too late for the first attempt
	// on a loaded machine; retries check sooner.
	blocked := fmt.Sprintf("; blocked by pid %d (application %q, user postgres, idle in transaction, query started ", pid, blockerApp)
	if last := retries[len(retries)-1]; !strings.Contains(last, blocked) || !strings.HasSuffix(last, ": SELECT count(*) FROM t)") {
		t.Errorf("last retry line:\n%s\nwant it to contain %q and end with the blocker's query", last, blocked)
	}
}

// When the reader stays, the retries run out: the error names it and says
// what to do; nothing of the file stays, and no history row.
func TestLockRetryExhausted(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V2__c.sql": "SET LOCAL lock_timeout = '100ms';\nALTER TABLE t ADD COLUMN c int;\n",
	})
	cfg.LockTimeoutRetries, cfg.LockTimeoutRetryDelay = 2, 10*time.Millisecond
	pid, _ := holdLock(t, url, "BEGIN")
	_, err := New(cfg).Migrate(context.Background())
	var mErr *Error
	if !errors.As(err, &mErr) {
		t.Fatalf("Migrate: %v, want an *Error", err)
	}
	if len(mErr.Blockers) != 1 || mErr.Blockers[0].PID != pid || mErr.Blockers[0].Application != blockerApp ||
		mErr.Blockers[0].QueryStart.IsZero() {
		t.Errorf("blockers %+v, want pid %d, application %s and a query start", mErr.Blockers, pid, blockerApp)
	}
	msg := err.Error()
	t.Logf("error:\n%s", msg)
	for _, want := range []string{
		"migrate: V2__c.sql line 2: canceling statement due to lock timeout (SQLSTATE 55P03)",
		fmt.Sprintf("blocked by pid %d (application %q, user postgres, idle in transaction, query started ", pid, blockerApp),
		"Lock timeout on each of 3 attempts (pgshape.lockRetries=2",
		"pg_terminate_backend", "--lock-retries", "lock_timeout",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error:\n%s\nwant it to contain %q", msg, want)
		}
	}
	if n := len(log.retries()); n != 2 {
		t.Errorf("%d retries logged, want 2:\n%s", n, strings.Join(log.lines, "\n"))
	}
	if hasColumn(t, conn, "t", "c") {
		t.Error("column c exists after the failed migration")
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{"1|1|t|SQL|V1__t.sql|true"})
}

// --lock-retries 0: one attempt, and the error says retries are off.
func TestLockRetryOff(t *testing.T) {
	url, _, cfg, log := retrySetup(t, map[string]string{
		"V2__c.sql": "SET LOCAL lock_timeout = '100ms';\nALTER TABLE t ADD COLUMN c int;\n",
	})
	cfg.LockTimeoutRetries = -1
	holdLock(t, url, "BEGIN")
	_, err := New(cfg).Migrate(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Lock timeout, not retried: lock retries are off") || len(log.retries()) != 0 {
		t.Errorf("Migrate: %v, %d retries logged; want a lock timeout, not retried", err, len(log.retries()))
	}
}

// A file that runs statement by statement: the blocked statement runs again
// alone (the one before it ran once), with the session's lock_timeout still
// set; when the retries run out, a failed row records the file.
func TestLockRetryOutsideTransaction(t *testing.T) {
	files := map[string]string{
		"V2__c.sql":      "SET lock_timeout = '100ms';\nCREATE TABLE u (id int);\nALTER TABLE t ADD COLUMN c int;\nRESET lock_timeout;\n",
		"V2__c.sql.conf": "executeInTransaction=false\n",
	}
	t.Run("retried", func(t *testing.T) {
		url, conn, cfg, log := retrySetup(t, files)
		cfg.LockTimeoutRetryDelay = 100 * time.Millisecond
		pid, release := holdLock(t, url, "BEGIN")
		releaseAfter(t, time.Second, release)
		mustMigrate(t, cfg)
		if !hasColumn(t, conn, "t", "c") || !exists(t, conn, "u") {
			t.Errorf("column c exists %v, table u exists %v; want both", hasColumn(t, conn, "t", "c"), exists(t, conn, "u"))
		}
		equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
			"1|1|t|SQL|V1__t.sql|true", "2|2|c|SQL|V2__c.sql|true",
		})
		// Two retries or more within the blocker's second: each attempt
		// stopped after 100 ms, so the SET held for the retried statement.
		retries := log.retries()
		if len(retries) < 2 {
			t.Fatalf("%d retries logged, want 2 or more:\n%s", len(retries), strings.Join(log.lines, "\n"))
		}
		if want := "V2__c.sql line 3: lock timeout on attempt 1 of 11; running the statement again in "; !strings.HasPrefix(retries[0], want) {
			t.Errorf("first retry line:\n%s\nwant it to start with %q", retries[0], want)
		}
		if last, want := retries[len(retries)-1], fmt.Sprintf("blocked by pid %d (application %q", pid, blockerApp); !strings.Contains(last, want) {
			t.Errorf("last retry line:\n%s\nwant it to contain %q", last, want)
		}
	})
	t.Run("exhausted", func(t *testing.T) {
		url, conn, cfg, _ := retrySetup(t, files)
		cfg.LockTimeoutRetries, cfg.LockTimeoutRetryDelay = 1, 10*time.Millisecond
		pid, _ := holdLock(t, url, "BEGIN")
		_, err := New(cfg).Migrate(context.Background())
		msg := fmt.Sprint(err)
		for _, want := range []string{
			"migrate: V2__c.sql line 3: canceling statement due to lock timeout (SQLSTATE 55P03)",
			fmt.Sprintf("blocked by pid %d (application %q", pid, blockerApp),
			"Lock timeout on each of 2 attempts", "runs outside a transaction",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("error:\n%s\nwant it to contain %q", msg, want)
			}
		}
		if hasColumn(t, conn, "t", "c") || !exists(t, conn, "u") {
			t.Errorf("column c exists %v, table u exists %v; want false, true", hasColumn(t, conn, "t", "c"), exists(t, conn, "u"))
		}
		equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
			"1|1|t|SQL|V1__t.sql|true", "2|2|c|SQL|V2__c.sql|false",
		})
	})
}

// CREATE INDEX CONCURRENTLY waits for transactions older than its snapshot;
// its lock timeout leaves an invalid index, which the retry drops before it
// builds the index again.
func TestLockRetryConcurrentIndex(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V2__i.sql": "SET lock_timeout = '100ms';\nCREATE INDEX CONCURRENTLY t_id ON t (id);\nRESET lock_timeout;\n",
	})
	cfg.LockTimeoutRetryDelay = 100 * time.Millisecond
	_, release := holdLock(t, url, "BEGIN ISOLATION LEVEL REPEATABLE READ")
	releaseAfter(t, time.Second, release)
	mustMigrate(t, cfg)
	var valid bool
	if err := conn.QueryRow(context.Background(), `SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass`).Scan(&valid); err != nil || !valid {
		t.Errorf("index t_id valid %v (%v), want valid", valid, err)
	}
	if len(log.retries()) == 0 || !strings.Contains(strings.Join(log.lines, "\n"), `dropping the invalid index public.t_id`) {
		t.Errorf("log:\n%s\nwant retries and the invalid index dropped", strings.Join(log.lines, "\n"))
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true", "2|2|i|SQL|V2__i.sql|true",
	})
}

// With group=true the whole group runs again: the file before the blocked one
// is rolled back with it and applied once.
func TestLockRetryGroup(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V2__a.sql": "CREATE TABLE a (id int);\n",
		"V3__c.sql": "SET LOCAL lock_timeout = '100ms';\nALTER TABLE t ADD COLUMN c int;\n",
	})
	cfg.Group, cfg.LockTimeoutRetryDelay = true, 50*time.Millisecond
	_, release := holdLock(t, url, "BEGIN")
	releaseAfter(t, 500*time.Millisecond, release)
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 2 {
		t.Errorf("applied %d files, want 2", len(sum.Applied))
	}
	retries := log.retries()
	if len(retries) == 0 || !strings.Contains(retries[0], "V3__c.sql line 2: lock timeout on attempt 1 of 11; running the group again in ") {
		t.Errorf("retries logged:\n%s\nwant the group run again", strings.Join(retries, "\n"))
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true", "2|2|a|SQL|V2__a.sql|true", "3|3|c|SQL|V3__c.sql|true",
	})
}

// A statement_timeout that fired while the statement waited for a lock is
// not retried, but the error names the blocker.
func TestLockWaitStatementTimeoutNamesBlocker(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V2__c.sql": "SET LOCAL statement_timeout = '300ms';\nALTER TABLE t ADD COLUMN c int;\n",
	})
	pid, _ := holdLock(t, url, "BEGIN")
	_, err := New(cfg).Migrate(context.Background())
	want := fmt.Sprintf("canceling statement due to statement timeout (SQLSTATE 57014)\nblocked by pid %d (application %q", pid, blockerApp)
	if err == nil || !strings.Contains(err.Error(), want) || len(log.retries()) != 0 {
		t.Errorf("Migrate: %v\n%d retries; want no retry and the error to contain %q", err, len(log.retries()), want)
	}
	if hasColumn(t, conn, "t", "c") {
		t.Error("column c exists")
	}
}

// A deadlock between a migration and another transaction: PostgreSQL aborts
// the migration's transaction, which runs again once the other one is done.
func TestLockRetryDeadlock(t *testing.T) {
	url, conn, cfg, log := retrySetup(t, map[string]string{
		"V1__t.sql": "CREATE TABLE t (id int);\nCREATE TABLE a (id int);\n",
		// The migration detects the deadlock first: deadlock_timeout is 10 s
		// for the other session.
		"V2__c.sql": "SET LOCAL deadlock_timeout = '50ms';\nALTER TABLE t ADD COLUMN c int;\nALTER TABLE a ADD COLUMN d int;\n",
	})
	cfg.LockTimeoutRetryDelay = 50 * time.Millisecond
	ctx := context.Background()
	other := connectTest(t, url)
	for _, sql := range []string{"SET deadlock_timeout = '10s'", "BEGIN", "LOCK TABLE a IN SHARE MODE"} {
		if _, err := other.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() { _, err := New(cfg).Migrate(ctx); done <- err }()
	// Once the migration holds t and waits for a, the other session reads t:
	// a deadlock, which aborts the migration's transaction.
	deadline := time.Now().Add(20 * time.Second)
	for waiting := false; !waiting; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the migration never waited for table a")
		}
		if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'a'::regclass)`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := other.Exec(ctx, "SELECT count(*) FROM t"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the migration's retry waits for a again
	if _, err := other.Exec(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	retries := log.retries()
	if len(retries) == 0 || !strings.Contains(retries[0], "V2__c.sql line 3: deadlock on attempt 1 of 11; running the file again in ") {
		t.Errorf("retries logged:\n%s\nwant the file run again after a deadlock", strings.Join(retries, "\n"))
	}
	if !hasColumn(t, conn, "t", "c") || !hasColumn(t, conn, "a", "d") {
		t.Error("columns t.c and a.d: want both")
	}
}
