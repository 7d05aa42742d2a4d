package pgshape

import (
	"context"

	"github.com/pgshape/pgshape/internal/pgtemp"
	"github.com/pgshape/pgshape/internal/shadow"
)

// A Scratch is a PostgreSQL server on which Plan creates the scratch databases
// it reads states in (each state is loaded or replayed into one and read back,
// so both sides are spelled the way PostgreSQL spells them) and rehearses the
// plan in. They are named pgshape_*, marked by a comment, and dropped
// afterwards; ones a crashed run left behind are dropped by a later run. Use a
// server of the target's major version: PostgreSQL prints some expressions
// differently across majors.
//
// Give one with WithScratch: DevURL for a server of your own, an *Embedded
// started once and shared by many plans. Without one, Plan uses the server of
// the Database state when its role may create databases there, else starts an
// embedded server for the call and stops it after.
type Scratch interface {
	// ScratchURL is a connection string to any database of the server, for a
	// role that may create databases.
	ScratchURL() string
}

// DevURL is a server of your own for scratch databases (pgshape's
// --dev-url), as a connection string to any database on it.
type DevURL string

// ScratchURL returns u.
func (u DevURL) ScratchURL() string { return string(u) }

// Embedded is a throwaway PostgreSQL server started from the local
// installation's binaries (found through PGSHAPE_PG_BIN, pg_config --bindir,
// PATH or /usr/lib/postgresql/*/bin, newest first). It listens on a Unix
// socket in a temporary directory of its own, with durability off: its data
// is thrown away by Close. Start one to share among many plans, or as the
// database of a test. Its methods are safe for concurrent use.
type Embedded struct{ srv *pgtemp.Server }

// StartEmbedded starts an embedded server. When none can start (no
// PostgreSQL installed, say), the error matches ErrScratchUnavailable.
func StartEmbedded(ctx context.Context) (*Embedded, error) {
	srv, err := pgtemp.Start(ctx)
	if err != nil {
		return nil, shadow.Unavailable(err)
	}
	return &Embedded{srv: srv}, nil
}

// ScratchURL is the connection string of the server's postgres database.
func (e *Embedded) ScratchURL() string { return e.srv.ConnString("postgres") }

// CreateDatabase creates an empty database named name on the server and
// returns its connection string: for a test's database, or one to migrate.
func (e *Embedded) CreateDatabase(ctx context.Context, name string) (string, error) {
	return e.srv.CreateDatabase(ctx, name)
}

// Major is the server's PostgreSQL major version.
func (e *Embedded) Major() int { return e.srv.Major() }

// Close stops the server and removes its files.
func (e *Embedded) Close() error { return e.srv.Stop() }
