//go:build linux

package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
)

// The writers' statements. An UPDATE touches one existing row by primary key; an
// INSERT adds a row that satisfies every constraint an operation adds (u unique,
// ref_id referenced, qty >= 0, nn not null, a short label).
const (
	updateSQL = `UPDATE stall SET counter = counter + 1 WHERE id = $1`
	insertSQL = `INSERT INTO stall (id, a, b, c, u, ref_id, qty, nn, label)
VALUES ($1, $2, $3, $4, $1, $5, $6, $7, $8)`
)

// write is one statement a writer ran.
type write struct {
	start, end time.Time
	failed     bool
}

// load is the steady write load: one goroutine and one connection per client,
// each running single-row UPDATEs and, one write in insertEvery, an INSERT, as fast
// as it can or, with a rate, at its share of that many writes a second.
type load struct {
	rows        int64 // ids 1..rows exist
	insertEvery int
	interval    time.Duration // between two writes of a client; 0: no pause
	nextID      atomic.Int64  // the next INSERT's id
	mu          sync.Mutex
	writes      []write // since the last reset
	// lastStart[i] is when client i started its current (or last) write, in
	// UnixNano: once it is after a window's end, every write of client i that
	// overlapped the window is in writes.
	lastStart []atomic.Int64
	errs      atomic.Int64
	lastErr   atomic.Value // string
	total     atomic.Int64
	wg        sync.WaitGroup
	cancel    context.CancelFunc
}

// startLoad connects clients writers to dbURL and starts them.
func startLoad(ctx context.Context, dbURL string, clients, insertEvery, rate int, rows int64) (*load, error) {
	l := &load{rows: rows, insertEvery: insertEvery, lastStart: make([]atomic.Int64, clients)}
	if rate > 0 {
		l.interval = time.Duration(clients) * time.Second / time.Duration(rate)
	}
	l.nextID.Store(rows + 1)
	conns := make([]*pgx.Conn, 0, clients)
	for i := 0; i < clients; i++ {
		conn, err := connect(ctx, dbURL, fmt.Sprintf("stallbench writer %d", i))
		if err != nil {
			for _, c := range conns {
				c.Close(ctx)
			}
			return nil, err
		}
		conns = append(conns, conn)
	}
	ctx, l.cancel = context.WithCancel(ctx)
	for i, conn := range conns {
		l.wg.Add(1)
		go l.run(ctx, i, conn, dbURL)
	}
	return l, nil
}

func (l *load) run(ctx context.Context, client int, conn *pgx.Conn, dbURL string) {
	defer l.wg.Done()
	defer func() { conn.Close(context.WithoutCancel(ctx)) }()
	rng := rand.New(rand.NewPCG(uint64(client), uint64(time.Now().UnixNano())))
	next := time.Now()
	for n := 0; ctx.Err() == nil; n++ {
		if l.interval > 0 {
			// Paced: a write that was held up is not made up for by a burst.
			next = next.Add(l.interval)
			if wait := time.Until(next); wait > 0 {
				time.Sleep(wait)
			} else {
				next = time.Now()
			}
		}
		var err error
		start := time.Now()
		l.lastStart[client].Store(start.UnixNano())
		if n%l.insertEvery != l.insertEvery-1 {
			_, err = conn.Exec(ctx, updateSQL, 1+rng.Int64N(l.rows))
		} else {
			id := l.nextID.Add(1) - 1
			_, err = conn.Exec(ctx, insertSQL, id, rng.Int32N(100000), rng.Int32N(1000), rng.Int32N(1000003),
				1+rng.Int32N(100), rng.Int32N(1000), rng.Int32N(5000), fmt.Sprintf("label %d", id))
		}
		end := time.Now()
		if ctx.Err() != nil {
			return
		}
		l.total.Add(1)
		l.mu.Lock()
		l.writes = append(l.writes, write{start: start, end: end, failed: err != nil})
		l.mu.Unlock()
		if err == nil {
			continue
		}
		l.errs.Add(1)
		l.lastErr.Store(err.Error())
		if conn.IsClosed() {
			// Reconnect: the load must go on, and the failure is counted.
			for ctx.Err() == nil {
				if fresh, err := connect(ctx, dbURL, fmt.Sprintf("stallbench writer %d", client)); err == nil {
					conn = fresh
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
		}
	}
}

// connect opens a connection named name (application_name) to dbURL.
func connect(ctx context.Context, dbURL, name string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return nil, err
	}
	cfg.RuntimeParams["application_name"] = name
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("stallbench: connect: %w", err)
	}
	return conn, nil
}

// rowsNow is the number of rows in the table: the ones created and the ones the
// writers inserted (a failed INSERT, counted in the notes, makes it one too many).
func (l *load) rowsNow() int64 { return l.nextID.Load() - 1 }

// reset forgets the writes recorded so far, before a new window.
func (l *load) reset() {
	l.mu.Lock()
	l.writes = l.writes[:0]
	l.mu.Unlock()
}

// windowStats describes the writes that overlapped a window.
type windowStats struct {
	longest  time.Duration // the longest latency of a write that overlapped the window
	p99      time.Duration // of the writes that overlapped the window
	writes   int           // writes that overlapped the window
	failed   int           // of which failed
	complete bool          // false: a writer was still blocked when we gave up waiting
}

// settleTimeout bounds the wait for writes that were in flight at a window's end.
const settleTimeout = 2 * time.Minute

// window waits until every write that overlapped [from, to] has ended (each client
// has started a write after to), then measures them.
func (l *load) window(ctx context.Context, from, to time.Time) (windowStats, error) {
	stats := windowStats{complete: true}
	deadline := time.Now().Add(settleTimeout)
	for !l.allStartedAfter(to) {
		if time.Now().After(deadline) {
			stats.complete = false
			break
		}
		select {
		case <-ctx.Done():
			return stats, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var latencies []time.Duration
	for _, w := range l.writes {
		if w.start.After(to) || w.end.Before(from) {
			continue
		}
		stats.writes++
		if w.failed {
			stats.failed++
		}
		latencies = append(latencies, w.end.Sub(w.start))
	}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		stats.longest = latencies[len(latencies)-1]
		stats.p99 = latencies[len(latencies)*99/100]
	}
	if !stats.complete {
		// A writer blocked since before the end: it has waited at least this long.
		for i := range l.lastStart {
			if started := time.Unix(0, l.lastStart[i].Load()); !started.After(to) {
				stats.longest = max(stats.longest, time.Since(started))
			}
		}
	}
	return stats, nil
}

// longestWithin is the longest latency of the writes that started and ended within
// [from, to).
func (l *load) longestWithin(from, to time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	var longest time.Duration
	for _, w := range l.writes {
		if !w.start.Before(from) && w.end.Before(to) {
			longest = max(longest, w.end.Sub(w.start))
		}
	}
	return longest
}

func (l *load) allStartedAfter(t time.Time) bool {
	for i := range l.lastStart {
		if l.lastStart[i].Load() <= t.UnixNano() {
			return false
		}
	}
	return true
}

// stop ends the load and closes its connections.
func (l *load) stop() error {
	l.cancel()
	l.wg.Wait()
	if n := l.errs.Load(); n > 0 {
		msg, _ := l.lastErr.Load().(string)
		return fmt.Errorf("stallbench: %d of %d writes failed, the last with: %s", n, l.total.Load(), msg)
	}
	return nil
}
