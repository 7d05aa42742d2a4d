package shadow

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/pgshape/pgshape/internal/pgtemp"
	"github.com/pgshape/pgshape/model"
)

// marker starts the comment of every scratch database pgshape creates on a real
// server; staleAfter is the age past which such a database is considered abandoned.
const (
	marker     = "pgshape scratch database"
	staleAfter = 6 * time.Hour
)

// Server is a PostgreSQL server on which scratch databases are created.
type Server struct {
	// Description says where scratch databases live, for messages.
	Description string
	// Major is the server's major version.
	Major int

	admin    string          // conn string of a database to run CREATE/DROP DATABASE from
	adminSQL *pgtemp.Session // a session there, kept for the server's life
	// dropSQL is another, for the drops that DropLater runs in the
	// background, which Close waits for.
	dropSQL  *pgtemp.Session
	drops    sync.WaitGroup
	embedded *pgtemp.Server // set when the server is the embedded one
	stopSig  func()
	// version is server_version_num, 0 for the embedded server (whose
	// admin conn string, a socket in a directory of its own, names it alone).
	version int
	// fileCopy: CREATE DATABASE copies the template's files (STRATEGY
	// FILE_COPY) rather than writing them through the WAL (see CreateDatabase).
	fileCopy bool

	fingerprintOnce sync.Once // see Fingerprint
	fingerprint     string
	fingerprintErr  error
}

// Database is a scratch database. Drop removes it.
type Database struct {
	Name    string
	ConnStr string
	server  *Server
	conn    *pgx.Conn // see Conn
}

// Connect opens a server from a connection string to any database on it: the scratch
// databases are created next to that database. The user must be allowed to create
// databases; ErrCannotCreate says it is not.
func Connect(ctx context.Context, connStr, description string) (*Server, error) {
	s := &Server{Description: description, admin: connStr, adminSQL: pgtemp.NewSession(connStr), dropSQL: pgtemp.NewSession(connStr)}
	var canCreate, fsync bool
	err := s.adminSQL.With(ctx, func(conn *pgx.Conn) error {
		return conn.QueryRow(ctx, `SELECT rolcreatedb OR rolsuper, current_setting('server_version_num')::int,
			current_setting('fsync')::bool
			FROM pg_roles WHERE rolname = current_user`).Scan(&canCreate, &s.version, &fsync)
	})
	s.Major = s.version / 10000
	if err != nil {
		s.Close()
		if errors.As(err, new(*pgconn.ConnectError)) {
			return nil, unavailable{fmt.Errorf("shadow: connect to %s: %w", description, err)}
		}
		return nil, unavailable{fmt.Errorf("shadow: %s: %w", description, err)}
	}
	if !canCreate {
		s.Close()
		return nil, unavailable{fmt.Errorf("shadow: %s: %w", description, ErrCannotCreate)}
	}
	s.fileCopy = !fsync && s.Major >= 15
	s.dropStale(ctx)
	return s, nil
}

// ErrCannotCreate means the user may not create databases on the server.
var ErrCannotCreate = errors.New("the user may not create databases")

// ErrUnavailable is in every error of Connect and StartEmbedded (errors.Is):
// there is no server to create scratch databases on, because the one given
// cannot be reached or may not create databases, or the embedded one cannot
// start. Their messages are the underlying errors' own.
var ErrUnavailable = errors.New("no scratch server")

// Unavailable marks err with ErrUnavailable and keeps its message: for a
// scratch server started elsewhere (pgtemp.Start) that failed.
func Unavailable(err error) error { return unavailable{err} }

type unavailable struct{ err error }

func (u unavailable) Error() string   { return u.err.Error() }
func (u unavailable) Unwrap() []error { return []error{u.err, ErrUnavailable} }

// StartEmbedded starts a throwaway server from the local PostgreSQL installation. It is
// stopped by Close, and also on Ctrl-C.
func StartEmbedded(ctx context.Context) (*Server, error) {
	srv, err := pgtemp.Start(ctx)
	if err != nil {
		return nil, unavailable{err}
	}
	admin := srv.ConnString("postgres")
	return &Server{
		Description: fmt.Sprintf("embedded PostgreSQL %d (%s)", srv.Major(), srv.BinDir()),
		Major:       srv.Major(),
		admin:       admin,
		adminSQL:    pgtemp.NewSession(admin),
		dropSQL:     pgtemp.NewSession(admin),
		embedded:    srv,
		stopSig:     srv.StopOnSignal(),
		fileCopy:    srv.Major() >= 15, // the embedded server runs with fsync off
	}, nil
}

// Close ends the server's admin session and stops the embedded server.
func (s *Server) Close() {
	s.drops.Wait()
	s.dropSQL.Close()
	s.adminSQL.Close()
	if s.embedded != nil {
		s.stopSig()
		s.embedded.Stop()
	}
}

// Embedded reports whether the server is the embedded throwaway one.
func (s *Server) Embedded() bool { return s.embedded != nil }

// CreateDatabase creates an empty scratch database with a random name.
//
// On a server that runs with fsync off (the embedded one, a throwaway test
// server), the template's files are copied (STRATEGY FILE_COPY, the default
// before PostgreSQL 15) rather than written through the WAL: the checkpoints a
// file copy needs flush nothing to disk there, and the copy costs about half as
// much. A plan creates three scratch databases.
func (s *Server) CreateDatabase(ctx context.Context, purpose string) (*Database, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	name := "pgshape_" + purpose + "_" + hex.EncodeToString(b[:])
	quoted := pgx.Identifier{name}.Sanitize()
	// template0: the user's template1 may hold objects that would show up as differences.
	create := "CREATE DATABASE " + quoted + " TEMPLATE template0"
	if s.fileCopy {
		create += " STRATEGY FILE_COPY"
	}
	comment := fmt.Sprintf("%s, created %s", marker, time.Now().UTC().Format(time.RFC3339))
	err := s.adminSQL.With(ctx, func(conn *pgx.Conn) error {
		if _, err := conn.Exec(ctx, create); err != nil {
			return fmt.Errorf("shadow: create scratch database on %s: %w", s.Description, err)
		}
		if _, err := conn.Exec(ctx, "COMMENT ON DATABASE "+quoted+" IS "+model.QuoteLiteral(comment)); err != nil {
			return fmt.Errorf("shadow: mark scratch database: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Database{Name: name, ConnStr: WithDatabase(s.admin, name), server: s}, nil
}

// InDatabase creates a scratch database, runs fn on its session (Conn), and
// drops it.
func (s *Server) InDatabase(ctx context.Context, purpose string, fn func(*pgx.Conn) error) error {
	db, err := s.CreateDatabase(ctx, purpose)
	if err != nil {
		return err
	}
	defer db.DropLater()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	return fn(conn)
}

// Conn is a session on the scratch database (ConnectScratch), opened on first
// use and kept until Drop: a new session in a new database must build its
// catalog caches from scratch, which costs as much as a small query. It is for
// one goroutine at a time, and for pgshape's own statements: those of the
// user's files run in sessions of their own (Load), which may change the
// session's settings and role.
func (d *Database) Conn(ctx context.Context) (*pgx.Conn, error) {
	if d.conn == nil || d.conn.IsClosed() {
		conn, err := ConnectScratch(ctx, d.ConnStr)
		if err != nil {
			return nil, err
		}
		d.conn = conn
	}
	return d.conn, nil
}

// Drop removes the scratch database, disconnecting whoever is still in it. It uses a
// fresh context so that it also runs after the caller's was cancelled.
func (d *Database) Drop() error {
	return d.drop(d.server.adminSQL)
}

// DropLater drops the database in the background, on a session of its own:
// a drop waits for the database's sessions to end, and the caller need not.
// The server's Close waits for it. A drop that fails leaves the database
// to a later run's dropStale.
func (d *Database) DropLater() {
	s := d.server
	s.drops.Add(1)
	go func() {
		defer s.drops.Done()
		d.drop(s.dropSQL) //nolint:errcheck // see above
	}()
}

func (d *Database) drop(on *pgtemp.Session) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if d.conn != nil {
		d.conn.Close(ctx)
		d.conn = nil
	}
	if err := on.DropDatabase(ctx, d.Name, d.server.Major); err != nil {
		return fmt.Errorf("shadow: drop %s: %w", d.Name, err)
	}
	return nil
}

// dropStale drops the scratch databases that earlier runs left behind (a crash, a
// kill -9) once they are old enough that no run can still be using them.
func (s *Server) dropStale(ctx context.Context) {
	var stale []string
	s.adminSQL.With(ctx, func(conn *pgx.Conn) error { //nolint:errcheck // best effort
		rows, err := conn.Query(ctx, `SELECT d.datname, shobj_description(d.oid, 'pg_database')
			FROM pg_database d WHERE d.datname LIKE 'pgshape\_%' AND shobj_description(d.oid, 'pg_database') LIKE $1`, marker+"%")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var name, comment string
			if rows.Scan(&name, &comment) != nil {
				continue
			}
			created, err := time.Parse(time.RFC3339, strings.TrimPrefix(comment, marker+", created "))
			if err == nil && time.Since(created) > staleAfter {
				stale = append(stale, name)
			}
		}
		return nil
	})
	for _, name := range stale {
		s.adminSQL.DropDatabase(ctx, name, s.Major) //nolint:errcheck // best effort
	}
}
