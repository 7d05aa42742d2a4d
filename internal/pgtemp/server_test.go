package pgtemp

import (
	"context"
	"errors"
	"os"
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
