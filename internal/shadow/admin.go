package shadow

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// adminConn is the session on a server's admin database that creates and drops
// the scratch databases, kept for the server's life: a plan creates and drops
// three, and each new session costs a process on the server. Its users take
// turns.
type adminConn struct {
	connStr string

	mu   sync.Mutex
	conn *pgx.Conn
}

// with runs fn on the session, connecting first when there is none (or the
// last one broke: a cancelled context closes it).
func (a *adminConn) with(ctx context.Context, fn func(*pgx.Conn) error) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.conn == nil || a.conn.IsClosed() {
		conn, err := pgx.Connect(ctx, a.connStr)
		if err != nil {
			return err // a *pgconn.ConnectError
		}
		a.conn = conn
	}
	return fn(a.conn)
}

// close ends the session.
func (a *adminConn) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		a.conn.Close(ctx)
		a.conn = nil
	}
}
