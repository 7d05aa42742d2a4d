package emitter

import (
	"strings"
	"testing"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func TestTimeoutsValidate(t *testing.T) {
	for _, ok := range []string{"", "0", "300ms", "5s", "2min", "1h", "1d", "250us", "1000"} {
		if err := (Timeouts{Lock: ok}).Validate(); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"5 s", "1.5s", "-1s", "5sec", "1m", "'1s'", "1s; DROP TABLE x"} {
		if err := (Timeouts{Long: bad}).Validate(); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// Each statement runs under the limits its locks call for: a short lock_timeout
// for what blocks writes, long limits for what scans without blocking them, set
// again only when they change, SET LOCAL in a transaction, SET and RESET outside.
func TestGroupTimeouts(t *testing.T) {
	table := model.QName{Schema: "public", Name: "t"}
	validate := &differ.ValidateConstraint{Table: table, Name: "c"}
	notNull := &differ.SetNotNull{Table: table, Column: "x", Check: "x_pgshape_nn"}
	p := &Plan{Timeouts: Timeouts{Lock: "100ms"}}
	g := Group{Transactional: false}
	for _, c := range []differ.Change{validate, notNull} {
		for _, sql := range statementsFor(c) {
			s := Statement{SQL: sql, Change: c}
			predictLocks(c, &s)
			g.Statements = append(g.Statements, s)
		}
	}
	got := p.GroupSQL(g, false)
	want := `SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.t VALIDATE CONSTRAINT c;

SET lock_timeout = '100ms';
SET statement_timeout = '1min';

ALTER TABLE public.t ALTER COLUMN x SET NOT NULL;

ALTER TABLE public.t DROP CONSTRAINT x_pgshape_nn;

RESET lock_timeout;
RESET statement_timeout;
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	g.Transactional = true
	if got := p.GroupSQL(g, false); strings.Contains(got, "RESET") || strings.Contains(got, "lock_timeout = '12h'") ||
		!strings.HasPrefix(got, "SET LOCAL lock_timeout = '100ms';\nSET LOCAL statement_timeout = '12h';") {
		t.Errorf("in a transaction, want SET LOCAL, the short lock timeout throughout and no RESET:\n%s", got)
	}
}

func TestLockSummary(t *testing.T) {
	s := Statement{Locks: []Lock{{Mode: accessExclusive, Relation: "public.t"}, {Mode: shareRowExclusive, Relation: "public.u"}}}
	if got, want := LockSummary(s), "ACCESS EXCLUSIVE on public.t, SHARE ROW EXCLUSIVE on public.u: blocks writes, briefly (no scan)"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	s = Statement{Locks: []Lock{{Mode: shareUpdateExclusive, Relation: "public.t"}}, Long: true}
	if got, want := LockSummary(s), "SHARE UPDATE EXCLUSIVE on public.t: writes go on while it runs"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
