package pgtemp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestStartCreateConnectStop(t *testing.T) {
	ctx := context.Background()
	s, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop() })

	if s.Major() < 10 {
		t.Errorf("Major() = %d, want >= 10", s.Major())
	}
	if len(s.Dir()+"/.s.PGSQL.5432") >= maxSocketPath {
		t.Errorf("socket path %q too long", s.Dir())
	}
	conn, err := s.CreateDatabase(ctx, "Mixed Case")
	if err != nil {
		t.Fatal(err)
	}
	c, err := pgx.Connect(ctx, conn)
	if err != nil {
		t.Fatalf("connect %s: %v", conn, err)
	}
	var db, user, listen string
	var version int
	if err := c.QueryRow(ctx, "SELECT current_database(), current_user, current_setting('listen_addresses'), current_setting('server_version_num')::int").
		Scan(&db, &user, &listen, &version); err != nil {
		t.Fatal(err)
	}
	if db != "Mixed Case" || user != "postgres" || listen != "" || version/10000 != s.Major() {
		t.Errorf("got db=%q user=%q listen_addresses=%q version=%d, want \"Mixed Case\", postgres, \"\", major %d",
			db, user, listen, version, s.Major())
	}

	// DropDatabase must not wait for the open session.
	if err := s.DropDatabase(ctx, "Mixed Case"); err != nil {
		t.Fatal(err)
	}
	_ = c.Close(ctx)

	dir, pid := s.Dir(), s.PID()
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after Stop, stat %s: %v, want not exist", dir, err)
	}
	if alive(pid) {
		t.Errorf("postmaster %d still alive after Stop", pid)
	}
}

func TestConnString(t *testing.T) {
	s := &Server{dir: "/tmp/pgshape-123"}
	got := s.ConnString("db")
	want := "postgres://postgres@/db?host=%2Ftmp%2Fpgshape-123&port=5432&sslmode=disable"
	if got != want {
		t.Errorf("ConnString = %q, want %q", got, want)
	}
	cfg, err := pgx.ParseConfig(got)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Host != "/tmp/pgshape-123" || cfg.Port != 5432 || cfg.Database != "db" || cfg.User != "postgres" {
		t.Errorf("parsed %s: host=%q port=%d db=%q user=%q", got, cfg.Host, cfg.Port, cfg.Database, cfg.User)
	}
}

func TestFindBinDirEnv(t *testing.T) {
	t.Setenv(EnvBinDir, t.TempDir())
	_, err := FindBinDir()
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("FindBinDir with empty %s: %v, want ErrNotFound", EnvBinDir, err)
	}
	for _, want := range []string{"apt-get install postgresql", EnvBinDir, "lacks initdb, pg_ctl, postgres"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestFindBinDir(t *testing.T) {
	dir, err := FindBinDir()
	if err != nil {
		t.Fatal(err)
	}
	if missing := missingBinaries(dir); len(missing) > 0 {
		t.Errorf("FindBinDir() = %s, which lacks %v", dir, missing)
	}
	if _, err := BinDirMajor(dir); err != nil {
		t.Error(err)
	}
}

func TestStartFailureShowsLog(t *testing.T) {
	dir, err := FindBinDir()
	if err != nil {
		t.Fatal(err)
	}
	// An invalid setting makes postgres exit at once; the error must show why.
	saved := serverSettings
	serverSettings = append(append([]string(nil), saved...), "no_such_setting=1")
	t.Cleanup(func() { serverSettings = saved })

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := StartWith(ctx, Options{BinDir: dir})
	if err == nil {
		_ = s.Stop()
		t.Fatal("StartWith with a bad setting succeeded")
	}
	if !strings.Contains(err.Error(), "no_such_setting") {
		t.Errorf("error does not show the server log: %v", err)
	}
}

// serverBase makes a directory for a test's servers that is the test's alone,
// removed when it ends.
func serverBase(t *testing.T) string {
	t.Helper()
	// Not t.TempDir: its 0700 parent would keep out the server user when root, and
	// so may a private TMPDIR.
	parent := ""
	if os.Geteuid() == 0 {
		parent = "/tmp"
	}
	base, err := os.MkdirTemp(parent, "pgtemp-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(base) })
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	return base
}

func TestStartWithOptions(t *testing.T) {
	base := serverBase(t)
	logPath := filepath.Join(base, "server.log")

	ctx := context.Background()
	s, err := StartWith(ctx, Options{Dir: base, LogPath: logPath, Settings: []string{"shared_buffers=16MB", "log_checkpoints=on"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop() })
	if got := filepath.Dir(s.Dir()); got != base {
		t.Errorf("server directory in %s, want in %s", got, base)
	}
	c, err := pgx.Connect(ctx, s.ConnString("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	var buffers, checkpoints, fsync string
	err = c.QueryRow(ctx, "SELECT current_setting('shared_buffers'), current_setting('log_checkpoints'), current_setting('fsync')").
		Scan(&buffers, &checkpoints, &fsync)
	_ = c.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The extra settings override ours; the others stay.
	if buffers != "16MB" || checkpoints != "on" || fsync != "off" {
		t.Errorf("got shared_buffers=%s log_checkpoints=%s fsync=%s, want 16MB, on, off", buffers, checkpoints, fsync)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after Stop, stat %s: %v, want not exist", s.Dir(), err)
	}
	// The log outlives the server: the shutdown checkpoint is in it.
	b, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "checkpoint") {
		t.Errorf("log %s does not show the shutdown checkpoint:\n%s", logPath, b)
	}
}

func TestMakeTempDirTooLong(t *testing.T) {
	base := "/tmp/" + strings.Repeat("x", maxSocketPath)
	_, err := makeTempDir(base, false)
	if err == nil || !strings.Contains(err.Error(), "too long") {
		t.Errorf("makeTempDir(%d-byte base) = %v, want a too-long error", len(base), err)
	}
}
