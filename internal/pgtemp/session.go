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
