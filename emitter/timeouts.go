package emitter

import (
	"fmt"
	"regexp"
)

// Timeouts are the lock_timeout and statement_timeout a plan sets for its
// statements, as PostgreSQL durations ("300ms", "1min", "12h"; "0" turns a limit
// off). They are plain SET statements in the SQL, so Flyway applies them too, and
// a migration file can be edited to change them.
type Timeouts struct {
	// Lock is the lock_timeout of statements whose lock blocks writes (ALTER
	// TABLE, CREATE TRIGGER, ...): while such a statement waits for its lock,
	// every writer of the table queues behind it, so the wait is kept short and
	// a statement that times out is retried (pgshape migrate does).
	Lock string
	// Statement is the statement_timeout of the quick statements.
	Statement string
	// Long is both limits of the statements that scan or build without blocking
	// writes (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, ...), and the
	// statement_timeout of a scan or rewrite allowed to block them.
	Long string
}

// DefaultTimeouts keep writer stalls well under a second: a statement whose lock
// blocks writes gives up after 300 ms of waiting (then is retried), quick
// statements may run a minute, index builds and validations twelve hours.
var DefaultTimeouts = Timeouts{Lock: "300ms", Statement: "1min", Long: "12h"}

// durationPattern is what PostgreSQL takes for a time setting, as we write it.
var durationPattern = regexp.MustCompile(`^[0-9]+(us|ms|s|min|h|d)?$`)

// Validate checks that each setting is a PostgreSQL duration.
func (t Timeouts) Validate() error {
	for _, s := range []struct{ name, value string }{{"lock timeout", t.Lock}, {"statement timeout", t.Statement}, {"long statement timeout", t.Long}} {
		if s.value != "" && !durationPattern.MatchString(s.value) {
			return fmt.Errorf("emitter: %s %q is not a duration PostgreSQL takes: a whole number with a unit, e.g. 300ms, 5s, 1min, 2h (0 turns it off)", s.name, s.value)
		}
	}
	return nil
}

// orDefault fills what is unset with DefaultTimeouts.
func (t Timeouts) orDefault() Timeouts {
	if t.Lock == "" {
		t.Lock = DefaultTimeouts.Lock
	}
	if t.Statement == "" {
		t.Statement = DefaultTimeouts.Statement
	}
	if t.Long == "" {
		t.Long = DefaultTimeouts.Long
	}
	return t
}

// limits are the two settings one statement runs under.
type limits struct{ lock, statement string }

// limitsFor picks the settings of a statement from how it locks and how long it
// runs.
func (t Timeouts) limitsFor(s Statement) limits {
	switch {
	case s.BlocksWrites() && s.Long:
		return limits{t.Lock, t.Long} // waits briefly for its lock, then may scan
	case s.Long:
		return limits{t.Long, t.Long} // nobody waits behind it
	}
	return limits{t.Lock, t.Statement}
}
