package shadow

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

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

	admin    string         // conn string of a database to run CREATE/DROP DATABASE from
	embedded *pgtemp.Server // set when the server is the embedded one
	stopSig  func()
}

// Database is a scratch database. Drop removes it.
type Database struct {
	Name    string
	ConnStr string
	server  *Server
}

// Connect opens a server from a connection string to any database on it: the scratch
// databases are created next to that database. The user must be allowed to create
// databases; ErrCannotCreate says it is not.
func Connect(ctx context.Context, connStr, description string) (*Server, error) {
	conn, err := pgx.Connect(ctx, connStr)
	if err != nil {
		return nil, unavailable{fmt.Errorf("shadow: connect to %s: %w", description, err)}
	}
	defer conn.Close(ctx)
	var canCreate bool
	var major int
	err = conn.QueryRow(ctx, `SELECT rolcreatedb OR rolsuper, current_setting('server_version_num')::int / 10000
		FROM pg_roles WHERE rolname = current_user`).Scan(&canCreate, &major)
	if err != nil {
		return nil, unavailable{fmt.Errorf("shadow: %s: %w", description, err)}
	}
	if !canCreate {
		return nil, unavailable{fmt.Errorf("shadow: %s: %w", description, ErrCannotCreate)}
	}
	s := &Server{Description: description, Major: major, admin: connStr}
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
	return &Server{
		Description: fmt.Sprintf("embedded PostgreSQL %d (%s)", srv.Major(), srv.BinDir()),
		Major:       srv.Major(),
		admin:       srv.ConnString("postgres"),
		embedded:    srv,
		stopSig:     srv.StopOnSignal(),
	}, nil
}

// Close stops the embedded server; it does nothing for a real server.
func (s *Server) Close() {
	if s.embedded != nil {
		s.stopSig()
		s.embedded.Stop()
	}
}

// Embedded reports whether the server is the embedded throwaway one.
func (s *Server) Embedded() bool { return s.embedded != nil }

// CreateDatabase creates an empty scratch database with a random name.
func (s *Server) CreateDatabase(ctx context.Context, purpose string) (*Database, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	name := "pgshape_" + purpose + "_" + hex.EncodeToString(b[:])
	conn, err := pgx.Connect(ctx, s.admin)
	if err != nil {
		return nil, fmt.Errorf("shadow: connect to %s: %w", s.Description, err)
	}
	defer conn.Close(ctx)
	quoted := pgx.Identifier{name}.Sanitize()
	// template0: the user's template1 may hold objects that would show up as differences.
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+quoted+" TEMPLATE template0"); err != nil {
		return nil, fmt.Errorf("shadow: create scratch database on %s: %w", s.Description, err)
	}
	comment := fmt.Sprintf("%s, created %s", marker, time.Now().UTC().Format(time.RFC3339))
	if _, err := conn.Exec(ctx, "COMMENT ON DATABASE "+quoted+" IS "+model.QuoteLiteral(comment)); err != nil {
		return nil, fmt.Errorf("shadow: mark scratch database: %w", err)
	}
	return &Database{Name: name, ConnStr: WithDatabase(s.admin, name), server: s}, nil
}

// Drop removes the scratch database, disconnecting whoever is still in it. It uses a
// fresh context so that it also runs after the caller's was cancelled.
func (d *Database) Drop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, d.server.admin)
	if err != nil {
		return fmt.Errorf("shadow: drop %s: %w", d.Name, err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{d.Name}.Sanitize()+" WITH (FORCE)")
	if err != nil {
		return fmt.Errorf("shadow: drop %s: %w", d.Name, err)
	}
	return nil
}

// dropStale drops the scratch databases that earlier runs left behind (a crash, a
// kill -9) once they are old enough that no run can still be using them.
func (s *Server) dropStale(ctx context.Context) {
	conn, err := pgx.Connect(ctx, s.admin)
	if err != nil {
		return
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT d.datname, shobj_description(d.oid, 'pg_database')
		FROM pg_database d WHERE d.datname LIKE 'pgshape\_%' AND shobj_description(d.oid, 'pg_database') LIKE $1`, marker+"%")
	if err != nil {
		return
	}
	var stale []string
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
	rows.Close()
	for _, name := range stale {
		conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	}
}
