package migrate

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/jackc/pgx/v5"
)

// lockMagic is Flyway's base for PostgreSQL advisory lock keys ("Flyway" in ASCII).
const lockMagic int64 = 0x466C79776179

// LockKey returns the advisory lock key Flyway uses for a history table:
// 0x466C79776179 plus the Java String.hashCode of "schema"."table" (quoted).
// Holding the same key, pgshape and Flyway exclude each other.
func LockKey(schema, table string) int64 {
	return lockMagic + int64(javaHashCode(tableRef{schema, table}.String()))
}

// javaHashCode is Java's String.hashCode: s[0]*31^(n-1) + ... over UTF-16 code
// units, in 32-bit arithmetic.
func javaHashCode(s string) int32 {
	var h int32
	for _, u := range utf16.Encode([]rune(s)) {
		h = 31*h + int32(u)
	}
	return h
}

// ErrLocked is returned (wrapped) when another runner held the advisory lock for
// every try.
var ErrLocked = errors.New("the migration lock is held by another run")

// sessionLock is a session-level advisory lock held on a dedicated connection,
// never on the one that runs migrations: statements that wait for every older
// transaction (CREATE INDEX CONCURRENTLY) then cannot wait for the lock holder.
type sessionLock struct {
	conn *pgx.Conn
	key  int64
}

// acquireLock takes the lock for table t, retrying while another session holds it.
func acquireLock(ctx context.Context, c Config, t tableRef) (*sessionLock, error) {
	conn, err := connect(ctx, c)
	if err != nil {
		return nil, err
	}
	l := &sessionLock{conn: conn, key: LockKey(t.schema, t.table)}
	if err := l.take(ctx, c, t); err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return l, nil
}

func (l *sessionLock) take(ctx context.Context, c Config, t tableRef) error {
	var pid int
	if err := l.conn.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	tries := max(c.LockRetryCount, 0) + 1
	for try := 1; ; try++ {
		var ok bool
		if err := l.conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", l.key).Scan(&ok); err != nil {
			return fmt.Errorf("migrate: lock %s (advisory lock %d): %w", t, l.key, err)
		}
		if ok {
			break
		}
		if try >= tries {
			held := l.holders(ctx)
			if held == "" {
				held = "; no visible session holds it: if the database is reached through a pooler in transaction " +
					"mode (PgBouncer), a server connection may hold it for a client that is gone; connect directly"
			}
			return fmt.Errorf("migrate: advisory lock %d for %s not granted after %d tries %s apart%s: %w",
				l.key, t, tries, c.LockRetryInterval, held, ErrLocked)
		}
		if try == 1 {
			c.logf("waiting for the migration lock on %s (another pgshape or Flyway run holds it%s)", t, l.holders(ctx))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrate: waiting for the advisory lock on %s: %w", t, ctx.Err())
		case <-time.After(c.LockRetryInterval):
		}
	}
	// Behind a pooler in transaction mode (PgBouncer), the next statement may
	// run on another server session, which does not hold the lock: then the
	// lock excludes nobody. Check that this session sees itself holding it.
	var samePID, visible bool
	err := l.conn.QueryRow(ctx, `SELECT pg_backend_pid() = $2, EXISTS (SELECT 1 FROM pg_locks
		WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND objsubid = 1
		AND classid = ($1::bigint >> 32)::oid AND objid = ($1::bigint & 4294967295)::oid)`, l.key, pid).Scan(&samePID, &visible)
	if err != nil {
		return fmt.Errorf("migrate: check the advisory lock on %s: %w", t, err)
	}
	if !samePID || !visible {
		return fmt.Errorf("migrate: the advisory lock %d on %s was granted but this connection does not hold it "+
			"(server session changed: %v): the connection goes through a pooler in transaction mode, such as PgBouncer; "+
			"connect to PostgreSQL directly (or through a session-mode pool) to migrate", l.key, t, !samePID)
	}
	return nil
}

// holders describes the sessions holding the lock, for the error message.
func (l *sessionLock) holders(ctx context.Context) string {
	rows, err := l.conn.Query(ctx, `SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.client_addr::text, 'local'),
		coalesce(now() - a.backend_start, '0')::text FROM pg_locks k JOIN pg_stat_activity a ON a.pid = k.pid
		WHERE k.locktype = 'advisory' AND k.granted AND k.objsubid = 1
		AND k.classid = ($1::bigint >> 32)::oid AND k.objid = ($1::bigint & 4294967295)::oid`, l.key)
	if err != nil {
		return ""
	}
	defer rows.Close()
	var held []string
	for rows.Next() {
		var pid int
		var app, addr, age string
		if rows.Scan(&pid, &app, &addr, &age) == nil {
			held = append(held, fmt.Sprintf("pid %d (application %q, client %s, connected %s)", pid, app, addr, age))
		}
	}
	if len(held) == 0 {
		return ""
	}
	return "; held by " + strings.Join(held, ", ")
}

// check fails when the lock's connection is gone, and with it the lock.
func (l *sessionLock) check(ctx context.Context) error {
	if _, err := l.conn.Exec(ctx, "SELECT 1"); err != nil {
		return fmt.Errorf("migrate: the connection holding the migration lock was lost, so another run may start: stopping: %w", err)
	}
	return nil
}

// release unlocks and closes the lock's connection.
func (l *sessionLock) release(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	_, _ = l.conn.Exec(ctx, "SELECT pg_advisory_unlock($1)", l.key)
	l.conn.Close(ctx)
}

// connect opens a connection and prepares its session.
func connect(ctx context.Context, c Config) (*pgx.Conn, error) {
	conn, err := c.Connect(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate: connect: %w", err)
	}
	if serverMajor(conn) >= 14 {
		if _, err := conn.Exec(ctx, "SET client_connection_check_interval = '"+connectionCheckInterval+"'"); err != nil {
			conn.Close(context.WithoutCancel(ctx))
			return nil, fmt.Errorf("migrate: set client_connection_check_interval: %w", err)
		}
	}
	return conn, nil
}

// serverMajor returns the server's major version, 0 when unknown.
func serverMajor(conn *pgx.Conn) int {
	v := conn.PgConn().ParameterStatus("server_version")
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end >= 0 {
		v = v[:end]
	}
	n, _ := strconv.Atoi(v)
	return n
}
