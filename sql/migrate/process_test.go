package migrate

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// Environment of a child process: the test binary re-executed as a runner.
const (
	childURL   = "PGSHAPE_TEST_CHILD_URL"
	childDir   = "PGSHAPE_TEST_CHILD_DIR"
	childSleep = "PGSHAPE_TEST_CHILD_SLEEP" // the ${sleep} placeholder
)

func TestMain(m *testing.M) {
	if os.Getenv(childURL) != "" {
		os.Exit(childMigrate())
	}
	pgtest.Main(m)
}

// childMigrate runs Migrate as a separate process would, and returns its exit
// status.
func childMigrate() int {
	cfg := testConfig(os.Getenv(childURL), Location{Name: "sql", FS: os.DirFS(os.Getenv(childDir))})
	cfg.Placeholders = map[string]string{"sleep": os.Getenv(childSleep)}
	cfg.LockRetryCount = 2000 // 100 s at 50 ms
	sum, err := New(cfg).Migrate(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	fmt.Printf("applied %d\n", len(sum.Applied))
	return 0
}

// childCommand returns the command that runs childMigrate over dir.
func childCommand(t *testing.T, url, dir, sleep string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childURL+"="+url, childDir+"="+dir, childSleep+"="+sleep)
	return cmd
}

func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Ten processes migrate twenty files at once: each file is applied once.
func TestConcurrentProcesses(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{"V1__log.sql": "CREATE TABLE log (version int, pid int);\nINSERT INTO log VALUES (1, pg_backend_pid());"}
	for v := 2; v <= 20; v++ {
		files[fmt.Sprintf("V%d__step.sql", v)] = fmt.Sprintf(
			"CREATE TABLE t%d (id int);\nINSERT INTO log VALUES (%d, pg_backend_pid());\nSELECT pg_sleep(0.02);\n", v, v)
	}
	dir := writeDir(t, files)
	const n = 10
	var wg sync.WaitGroup
	outputs := make([]string, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out, err := childCommand(t, url, dir, "0").CombinedOutput()
			outputs[i], errs[i] = string(out), err
		}(i)
	}
	wg.Wait()
	total := 0
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Errorf("process %d: %v\n%s", i, errs[i], outputs[i])
			continue
		}
		var applied int
		fmt.Sscanf(outputs[i], "applied %d", &applied)
		total += applied
	}
	if total != 20 {
		t.Errorf("the processes applied %d files in all, want 20", total)
	}
	var rows, versions, failed int
	if err := conn.QueryRow(context.Background(), `SELECT count(*), count(DISTINCT version),
		(SELECT count(*) FROM flyway_schema_history WHERE NOT success OR version IS NULL) FROM log`).Scan(&rows, &versions, &failed); err != nil {
		t.Fatal(err)
	}
	var history int
	conn.QueryRow(context.Background(), "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success").Scan(&history)
	if rows != 20 || versions != 20 || history != 20 || failed != 0 {
		t.Errorf("log has %d rows for %d versions, history %d versions, %d bad rows; want 20, 20, 20, 0", rows, versions, history, failed)
	}
}

// A runner killed with SIGKILL in the middle of a long file: the server aborts
// its statement, rolls the file back and releases the lock; the next run
// applies the file.
func TestKilledRunnerRecovers(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	dir := writeDir(t, map[string]string{
		"V1__a.sql":    "CREATE TABLE a (id int);",
		"V2__slow.sql": "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nSELECT pg_sleep(${sleep});\nCREATE TABLE c (id int);",
	})
	cmd := childCommand(t, url, dir, "600")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sleeping := func() int {
		var n int
		if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_sleep(600)%'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	deadline := time.Now().Add(30 * time.Second)
	for sleeping() == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the child never reached pg_sleep: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	// client_connection_check_interval ends the orphaned statement within
	// about a second.
	killed := time.Now()
	for sleeping() > 0 {
		if time.Since(killed) > 20*time.Second {
			t.Fatal("the killed runner's statement still runs after 20 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if exists(t, conn, "b") {
		t.Error("table b of the killed file exists")
	}
	equalLines(t, "history after the kill", historyRows(t, conn, "flyway_schema_history"), []string{"1|1|a|SQL|V1__a.sql|true"})

	cfg := testConfig(url, Location{Name: "sql", FS: os.DirFS(dir)})
	cfg.Placeholders = map[string]string{"sleep": "0"}
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 1 {
		t.Errorf("next run applied %d files, want 1", len(sum.Applied))
	}
	var n int
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM b").Scan(&n); err != nil || n != 1 || !exists(t, conn, "c") {
		t.Errorf("after recovery: b has %d rows (%v), c exists %v", n, err, exists(t, conn, "c"))
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|a|SQL|V1__a.sql|true", "2|2|slow|SQL|V2__slow.sql|true",
	})
}
