package pgtemp

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// Session is one session on a server, kept for many statements that its users
// run in turn: creating and dropping databases, mostly. Every new session costs
// the server a process and a catalog-cache build, as much as a small query,
// and a plan or a test creates and drops several databases.
type Session struct {
	connStr string

	mu   sync.Mutex
	conn *pgx.Conn
}

// NewSession returns a session on the database at connStr, connected on first
// use.
func NewSession(connStr string) *Session { return &Session{connStr: connStr} }

// With runs fn on the session, connecting first when there is none yet or the
// last one broke (a cancelled context closes it). A failure to connect is
// returned as is: a *pgconn.ConnectError.
func (s *Session) With(ctx context.Context, fn func(*pgx.Conn) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil || s.conn.IsClosed() {
		conn, err := pgx.Connect(ctx, s.connStr)
		if err != nil {
			return err
		}
		s.conn = conn
	}
	return fn(s.conn)
}

// Close ends the session; a later With opens a new one.
func (s *Session) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.conn.Close(ctx)
		s.conn = nil
	}
}

// sessionsEndWait bounds how long DropDatabase waits for the database's
// sessions to end by themselves.
const sessionsEndWait = 200 * time.Millisecond

// DropDatabase drops database name if it exists, on a server of the given
// major version, disconnecting its sessions.
//
// It first waits a little for the sessions to end by themselves: a client that
// has just closed its connection has only asked its server process to exit,
// and DROP DATABASE that finds one still there checks again only after 100 ms,
// which was a fifth of a plan's time.
func (s *Session) DropDatabase(ctx context.Context, name string, major int) error {
	ident := pgx.Identifier{name}.Sanitize()
	return s.With(ctx, func(conn *pgx.Conn) error {
		deadline := time.Now().Add(sessionsEndWait)
		for {
			var sessions int
			err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = $1", name).Scan(&sessions)
			if err != nil || sessions == 0 || time.Now().After(deadline) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		if major < 13 {
			// WITH (FORCE) is new in 13; before, end the sessions by hand first.
			if _, err := conn.Exec(ctx, "SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE datname = $1 AND pid <> pg_catalog.pg_backend_pid()", name); err != nil {
				return err
			}
			_, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+ident)
			return err
		}
		_, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)")
		return err
	})
}
