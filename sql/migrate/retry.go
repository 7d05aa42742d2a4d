package migrate

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// SQLSTATEs that a retry may get past: the statement failed because of
// another session's lock, and the failure undid everything it did.
const (
	// lockNotAvailable is 55P03: lock_timeout fired (or a NOWAIT lock was
	// refused).
	lockNotAvailable = "55P03"
	// deadlockDetected is 40P01: PostgreSQL chose this session's transaction
	// to break a deadlock with another one.
	deadlockDetected = "40P01"
	// queryCanceled is 57014, statement_timeout among others: not retried,
	// but the blockers go in the error, as the statement may have waited for
	// a lock all along.
	queryCanceled = "57014"
)

// retryable reports whether err is a lock timeout or a deadlock, which a
// retry may get past.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == lockNotAvailable || pgErr.Code == deadlockDetected)
}

// lockFailure names the kind of a retryable error for messages.
func lockFailure(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == deadlockDetected {
		return "deadlock"
	}
	return "lock timeout"
}

// retryPolicy is how often and how long the runner waits before running again
// what a lock timeout stopped.
type retryPolicy struct {
	retries int           // retries after the first attempt; 0: none
	base    time.Duration // the first wait, before jitter
	max     time.Duration // the longest wait, before jitter
}

func (c Config) retryPolicy() retryPolicy {
	return retryPolicy{
		retries: max(c.LockTimeoutRetries, 0),
		base:    c.LockTimeoutRetryDelay,
		max:     max(DefaultLockTimeoutRetryMaxDelay, c.LockTimeoutRetryDelay),
	}
}

// delay returns the wait before retry k (1-based): base·2^(k-1), capped at
// max, with equal jitter: half of it fixed and the other half random. The
// fixed half guarantees the retries spread over enough time to outlast a
// reader of some seconds (the defaults wait at least 32 s in all over 10
// retries, at most 65 s); the random half keeps several runners from retrying
// in step. rnd returns a number in [0, 1).
func (p retryPolicy) delay(k int, rnd func() float64) time.Duration {
	d := p.max
	if k >= 1 && k <= 32 {
		if exp := p.base << (k - 1); exp > 0 && exp < p.max {
			d = exp
		}
	}
	half := d / 2
	return half + time.Duration(rnd()*float64(d-half))
}

// sleepCtx sleeps for d, returning early with ctx's error.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// randFloat is the jitter's source.
func randFloat() float64 { return rand.Float64() }

// retryTx calls attempt, which runs a transaction, until it succeeds, fails
// on something other than another session's lock, or the lock retries run
// out; each retry is logged, naming what (what runs again).
func (s *session) retryTx(ctx context.Context, what string, attempt func() error) error {
	pol := s.cfg.retryPolicy()
	defer s.watch.setEager(false)
	var seen []Blocker
	for k := 1; ; k++ {
		err := attempt()
		if err == nil || !retryable(err) {
			return err
		}
		seen = keepBlockers(err, seen)
		if k > pol.retries || ctx.Err() != nil {
			return gaveUp(err, k, pol, "")
		}
		s.watch.setEager(true)
		d := pol.delay(k, randFloat)
		s.cfg.logf("%s", retryLine(err, k, pol.retries+1, what, d))
		if werr := sleepCtx(ctx, d); werr != nil {
			return gaveUp(err, k, pol, "interrupted while waiting to retry: "+werr.Error())
		}
	}
}

// keepBlockers returns the blockers err names, else, set in err, the ones an
// earlier attempt saw (seen): an attempt whose lock timeout fired before the
// first check names nobody.
func keepBlockers(err error, seen []Blocker) []Blocker {
	var mErr *Error
	if !errors.As(err, &mErr) {
		return seen
	}
	if len(mErr.Blockers) == 0 {
		mErr.Blockers = seen
	}
	return mErr.Blockers
}

// stmtOptions are the options of the session's statements: blockers watched
// from the lock's connection, and, when retry, statements stopped by a lock
// timeout run again alone.
func (s *session) stmtOptions(retry bool) stmtOptions {
	if s.watch == nil && s.lock != nil {
		s.watch = &blockerWatch{conn: s.lock.conn, pid: s.conn.PgConn().PID()}
	}
	o := stmtOptions{logf: s.cfg.logf, watch: s.watch}
	if retry {
		p := s.cfg.retryPolicy()
		o.retry = &p
	}
	return o
}

// retryLine is the note logged before a retry: file and line, the attempt
// that failed, what runs again, the wait and who blocked.
func retryLine(err error, attempt, attempts int, what string, d time.Duration) string {
	where := "migrate"
	var blockers []Blocker
	var mErr *Error
	if errors.As(err, &mErr) {
		where = mErr.Path
		if mErr.Line > 0 {
			where += fmt.Sprintf(" line %d", mErr.Line)
		}
		blockers = mErr.Blockers
	}
	by := "blocking session not seen yet (checks start 50ms into a statement, sooner on retries)"
	if len(blockers) > 0 {
		by = "blocked by " + blockersText(blockers)
	}
	return fmt.Sprintf("%s: %s on attempt %d of %d; running %s again in %s; %s",
		where, lockFailure(err), attempt, attempts, what, d.Round(time.Millisecond), by)
}

// gaveUp adds to a retryable error, when it is an *Error, what was tried and
// what to do; why, when set, says why it was not run again.
func gaveUp(err error, attempts int, p retryPolicy, why string) error {
	var mErr *Error
	if !errors.As(err, &mErr) {
		return err
	}
	kind := lockFailure(err)
	kind = strings.ToUpper(kind[:1]) + kind[1:]
	var tried string
	switch {
	case why != "":
		tried = fmt.Sprintf("%s, not retried: %s.", kind, why)
	case attempts == 1 && p.retries == 0:
		tried = fmt.Sprintf("%s, not retried: lock retries are off (pgshape.lockRetries=0).", kind)
	default:
		tried = fmt.Sprintf("%s on each of %d attempts (pgshape.lockRetries=%d, waits from %s doubling up to %s, with jitter).",
			kind, attempts, p.retries, p.base, p.max)
	}
	todo := "Look for long transactions in pg_stat_activity, end them or wait for them"
	if len(mErr.Blockers) > 0 {
		todo = "End the blocking session(s) or wait for them to finish (SELECT pg_terminate_backend(pid) ends one)"
	}
	mErr.Note = joinNotes(tried+" "+todo+", then migrate again; or raise pgshape.lockRetries (--lock-retries), "+
		"pgshape.lockRetryDelay (--lock-retry-delay) or the file's lock_timeout.", mErr.Note)
	return err
}

// joinNotes joins two notes, either possibly empty, with a newline.
func joinNotes(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "\n" + b
}
