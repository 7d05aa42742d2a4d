package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// startTimeout bounds the server start.
const startTimeout = 2 * time.Minute

// minMemoryDirRoom is the free space a RAM-backed directory needs for the test
// server to live there (see memoryDir): the cluster takes 40 MB, each database
// 8 MB, and a package's parallel tests hold tens of them plus the WAL.
//
// The tests create and drop databases all the time, hundreds of files each: on
// a disk that other test runs share, that was most of their time (a CREATE
// DATABASE took 0.8 to 1.3 s on /tmp against 50 ms on /dev/shm, with four
// packages' servers running).
const minMemoryDirRoom = 2 << 30

var (
	inMain     bool
	startOnce  sync.Once
	server     *pgtemp.Server
	startErr   error
	stopSignal func()
	dbSeq      atomic.Int64
)

// Main runs the package's tests and then stops the package's server, and exits
// with the tests' status. The server starts with the first test that needs it,
// so pure unit tests and fuzzing workers (which run TestMain too) do not wait for
// it. When the server binaries are missing, Main prints how to install them and
// exits with status 1 before running any test.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if _, err := pgtemp.FindBinDir(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: the tests need PostgreSQL: %v\n", err)
		return 1
	}
	inMain = true
	// Deferred, so that a panic unwinding through here still stops the server.
	defer stop()
	// Plans cache what they load in $XDG_CACHE_HOME/pgshape by default: the
	// tests' go to a directory of their own, never the user's.
	cache, err := os.MkdirTemp("", "pgshape-test-cache-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		return 1
	}
	defer os.RemoveAll(cache)
	os.Setenv("XDG_CACHE_HOME", cache)
	return m.Run()
}

func stop() {
	if server == nil {
		return
	}
	if err := server.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
	}
	stopSignal()
}

// Server returns the package's server, starting it on first use. It panics when
// the server cannot start or when TestMain does not call Main (nothing would stop
// the server): a database test must fail loudly, never skip.
func Server() *pgtemp.Server {
	s, err := start()
	if err != nil {
		panic(err.Error())
	}
	return s
}

func start() (*pgtemp.Server, error) {
	if !inMain {
		return nil, errors.New("pgtest: no server outside pgtest.Main; add func TestMain(m *testing.M) { pgtest.Main(m) }")
	}
	startOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
		defer cancel()
		server, startErr = pgtemp.StartWith(ctx, pgtemp.Options{Dir: memoryDir()})
		if startErr != nil {
			startErr = fmt.Errorf("pgtest: cannot start PostgreSQL for the tests: %w", startErr)
			return
		}
		// A Ctrl-C during the run stops the server instead of leaving it.
		stopSignal = server.StopOnSignal()
	})
	return server, startErr
}

// NewDatabase creates a database for this test, named after it, and returns its
// connection string. The database is dropped when the test ends.
func NewDatabase(t testing.TB) string {
	t.Helper()
	s, err := start()
	if err != nil {
		t.Fatal(err)
	}
	name := databaseName(t.Name(), dbSeq.Add(1))
	ctx := context.Background()
	conn, err := s.CreateDatabase(ctx, name)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.DropDatabase(context.Background(), name); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return conn
}

// maxIdentifier is PostgreSQL's NAMEDATALEN-1: longer names are truncated, and two
// truncated names could collide.
const maxIdentifier = 63

// databaseName turns a test name into a database name: lower case letters, digits
// and underscores, with a sequence number that makes it unique.
func databaseName(testName string, seq int64) string {
	suffix := fmt.Sprintf("_%d", seq)
	var b strings.Builder
	b.WriteString("t_")
	lastUnderscore := true
	for _, r := range strings.ToLower(testName) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			lastUnderscore = false
		} else if !lastUnderscore {
			b.WriteByte('_')
			lastUnderscore = true
		}
	}
	name := strings.TrimRight(b.String(), "_")
	if len(name)+len(suffix) > maxIdentifier {
		name = name[:maxIdentifier-len(suffix)]
	}
	return name + suffix
}

// Exec runs sql, which may hold several statements, on the database at connString
// with the simple protocol (so no parameters), and fails the test on error.
func Exec(t testing.TB, connString, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, connString)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.PgConn().Exec(ctx, sql).ReadAll(); err != nil {
		t.Fatalf("pgtest: exec: %v\nSQL:\n%s", err, sql)
	}
}

// Major returns the major version of the package's server (13, 18), starting it on
// first use, for tests whose setup or expectation depends on it: syntax newer than
// the oldest supported major, or defaults that changed (PUBLIC's CREATE on schema
// public before 15).
func Major(t testing.TB) int {
	t.Helper()
	s, err := start()
	if err != nil {
		t.Fatal(err)
	}
	return s.Major()
}
