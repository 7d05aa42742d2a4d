package migrate

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// Blocker is a session that held a lock a migration statement waited for, as
// pg_stat_activity showed it while the statement waited.
//
// For a session of another role, PostgreSQL shows State, QueryStart and Query
// only to superusers and members of pg_read_all_stats: the migration's role
// may need that role for the blockers' queries to be named.
type Blocker struct {
	PID         int
	User        string // the session's role
	Application string // application_name, "" when unset
	// State is the session's state: "active", "idle in transaction", ...
	State string
	// QueryStart is when its current query (or, when idle, its last one)
	// started; zero when PostgreSQL does not say.
	QueryStart time.Time
	// Query is the start of that query on one line, cut to about 80 characters.
	Query string
}

// String is `pid 4242 (application "report", user app, idle in
// transaction, query started 2026-12-07 10:15:02.123 UTC: SELECT * FROM t
// ...)`.
func (b Blocker) String() string {
	parts := []string{fmt.Sprintf("application %q", b.Application)}
	if b.User != "" {
		parts = append(parts, "user "+b.User)
	}
	if b.State != "" {
		parts = append(parts, b.State)
	}
	if !b.QueryStart.IsZero() {
		parts = append(parts, "query started "+b.QueryStart.UTC().Format("2006-01-02 15:04:05.000 UTC"))
	}
	s := fmt.Sprintf("pid %d (%s", b.PID, strings.Join(parts, ", "))
	if b.Query != "" {
		s += ": " + b.Query
	}
	return s + ")"
}

// blockersText joins blockers for a message: "pid 1 (...), pid 2 (...)".
func blockersText(list []Blocker) string {
	var parts []string
	for _, b := range list {
		parts = append(parts, b.String())
	}
	return strings.Join(parts, ", ")
}

// Polling of the blockers: the first check comes blockerFirstPoll after a
// statement starts, so that fast statements cost only a timer; then every
// blockerPoll, slowing down to blockerMaxPoll for statements that run long
// (a lock_timeout is rarely longer than a few seconds, and
// pg_blocking_pids briefly takes the lock manager's partitions: it is not to
// be called in a tight loop). Once a lock timeout
// stopped the file, its next attempts are checked from blockerEagerPoll on:
// a lock_timeout shorter than the first check would hide its blockers.
const (
	blockerFirstPoll = 50 * time.Millisecond
	blockerPoll      = 50 * time.Millisecond
	blockerEagerPoll = 5 * time.Millisecond
	blockerMaxPoll   = 500 * time.Millisecond
	// blockerQueryTimeout bounds one check.
	blockerQueryTimeout = 30 * time.Second
	// blockerQueryLen is how much of a blocker's query messages show.
	blockerQueryLen = 80
)

// blockersSQL lists the sessions blocking the backend $1, oldest query first.
const blockersSQL = `SELECT a.pid, coalesce(a.usename::text, ''), coalesce(a.application_name, ''), coalesce(a.state, ''), a.query_start,
	left(coalesce(a.query, ''), 1000)
	FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids($1))
	ORDER BY a.query_start NULLS LAST, a.pid`

// blockerWatch reports who blocks the migration connection while a statement
// runs. It queries from another connection, the advisory lock's: that
// connection is idle while a statement runs (only the goroutine running
// migrations uses it, between statements), and watch hands it back before the
// statement's caller goes on. Its queries are never cancelled when the
// statement ends: a cancelled query would close the connection, and release
// the lock with it.
type blockerWatch struct {
	conn *pgx.Conn // the lock's connection
	pid  uint32    // backend of the migration connection
	// eager starts checks at once (blockerEagerPoll): set while a file is
	// retried after a lock timeout.
	eager bool
}

// setEager sets eager; w may be nil.
func (w *blockerWatch) setEager(eager bool) {
	if w != nil {
		w.eager = eager
	}
}

// watch starts watching; stop ends it, waits for a check in flight, and
// returns the last non-empty list of blockers seen.
func (w *blockerWatch) watch() (stop func() []Blocker) {
	if w == nil || w.conn == nil {
		return func() []Blocker { return nil }
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	var last []Blocker
	wg.Add(1)
	go func() {
		defer wg.Done()
		first, interval := blockerFirstPoll, blockerPoll
		if w.eager {
			first, interval = blockerEagerPoll, blockerEagerPoll
		}
		timer := time.NewTimer(first)
		defer timer.Stop()
		for {
			select {
			case <-done:
				return
			case <-timer.C:
			}
			if list, err := w.blockers(); err == nil && len(list) > 0 {
				last = list
			}
			timer.Reset(interval)
			interval = min(interval*5/4, blockerMaxPoll)
		}
	}()
	return func() []Blocker {
		close(done)
		wg.Wait()
		return last
	}
}

// blockers queries the sessions blocking the migration connection now.
func (w *blockerWatch) blockers() ([]Blocker, error) {
	// Not cancelled when the statement ends (see blockerWatch): the query
	// takes no lock a migration could hold, so it returns at once. The timeout
	// is for a connection that stopped answering, which then closes, and
	// Migrate stops at its next check of the lock.
	ctx, cancel := context.WithTimeout(context.Background(), blockerQueryTimeout)
	defer cancel()
	rows, err := w.conn.Query(ctx, blockersSQL, int64(w.pid))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []Blocker
	for rows.Next() {
		var b Blocker
		var start *time.Time
		if err := rows.Scan(&b.PID, &b.User, &b.Application, &b.State, &start, &b.Query); err != nil {
			return nil, err
		}
		if start != nil {
			b.QueryStart = *start
		}
		b.Query = cut(b.Query, blockerQueryLen)
		list = append(list, b)
	}
	return list, rows.Err()
}

// cut returns s on one line (see oneLine), cut to about n characters, the cut
// marked with "...".
func cut(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "..."
	}
	return s
}
