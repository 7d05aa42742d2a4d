package pgtest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// startTimeout bounds the server start in Main.
const startTimeout = 2 * time.Minute

var (
	server *pgtemp.Server
	dbSeq  atomic.Int64
)

// Main starts the package's server, runs the tests and stops the server, then exits
// with the tests' status. A Ctrl-C during the run also stops the server.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	s, err := pgtemp.Start(ctx)
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: cannot start PostgreSQL for the tests: %v\n", err)
		return 1
	}
	server = s
	stopSignal := s.StopOnSignal()
	defer stopSignal()
	// Deferred, so that a test that calls runtime.Goexit in TestMain's goroutine
	// or a panic unwinding through here still stops the server.
	defer func() {
		if err := s.Stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		}
	}()
	return m.Run()
}

// Server returns the package's server. It panics outside Main: a test that needs a
// database in a package without TestMain is a bug to fix, not to skip.
func Server() *pgtemp.Server {
	if server == nil {
		panic("pgtest: no server; call pgtest.Main(m) from TestMain")
	}
	return server
}

// NewDatabase creates a database for this test, named after it, and returns its
// connection string. The database is dropped when the test ends.
func NewDatabase(t testing.TB) string {
	t.Helper()
	s := Server()
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
