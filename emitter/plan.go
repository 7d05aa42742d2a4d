package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
)

// Statement is one SQL statement of a plan, with the change it implements.
type Statement struct {
	SQL    string // without the trailing semicolon
	Change differ.Change
	// Locks are the table locks the statement is expected to take (see
	// predictLocks); Long is set when it scans, builds or waits for other
	// transactions rather than changing the catalog only.
	Locks []Lock
	Long  bool
	// Observed are the locks on existing relations the statement was seen
	// taking when the plan was rehearsed (see shadow.Rehearse): empty when it
	// took none, nil when not observed (not rehearsed; run outside a
	// transaction, whose locks end with the statement; or after its
	// transaction held too many locks to read them after each statement).
	Observed []Lock
}

// SessionSetting reports whether the statement is a setting the emitter puts
// before a change's own statements (SET check_function_bodies = false): it
// implements its change but says nothing about it.
func (s Statement) SessionSetting() bool { return s.SQL == checkFunctionBodies }

// Group is a run of statements executed together: in one transaction when
// Transactional, else one by one in autocommit mode, each statement a
// transaction of its own.
type Group struct {
	Transactional bool
	Statements    []Statement
}

// Plan is the SQL for a list of changes.
type Plan struct {
	Changes []differ.Change
	Groups  []Group
	// Timeouts are the lock_timeout and statement_timeout the SQL sets; zero
	// fields take DefaultTimeouts.
	Timeouts Timeouts
}

// Empty reports whether the plan does nothing.
func (p *Plan) Empty() bool { return len(p.Groups) == 0 }

// Statements returns every statement in order, across groups.
func (p *Plan) Statements() []Statement {
	var out []Statement
	for _, g := range p.Groups {
		out = append(out, g.Statements...)
	}
	return out
}

// Emit writes the SQL of the changes, in their order. Consecutive changes that can
// share a transaction share one group; the others (CREATE INDEX CONCURRENTLY,
// VALIDATE CONSTRAINT after the transaction that added the constraint, ...) form
// groups that run statement by statement.
func Emit(changes []differ.Change) *Plan {
	p := &Plan{Changes: changes}
	for _, c := range changes {
		sqls := statementsFor(c)
		if len(sqls) == 0 {
			continue
		}
		tx := c.Transactional()
		if n := len(p.Groups); n == 0 || p.Groups[n-1].Transactional != tx {
			p.Groups = append(p.Groups, Group{Transactional: tx})
		}
		g := &p.Groups[len(p.Groups)-1]
		if _, ok := c.(*differ.CreateFunction); ok && !hasStatement(g, checkFunctionBodies) {
			sqls = append([]string{checkFunctionBodies}, sqls...)
		}
		for _, sql := range sqls {
			s := Statement{SQL: sql, Change: c}
			predictLocks(c, &s)
			g.Statements = append(g.Statements, s)
		}
	}
	return p
}

// SQL renders the whole plan as a script: statements end with a semicolon, hazards
// are comments above the statements that carry them, each group sets its timeouts
// first, and a comment marks each group that runs outside a transaction. Nothing
// at all for an empty plan.
func (p *Plan) SQL() string {
	var b strings.Builder
	for i, g := range p.Groups {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.GroupSQL(g, len(p.Groups) > 1))
	}
	return b.String()
}

// GroupSQL renders one group. With marker (a plan of several groups), the group
// first says how it runs.
//
// Before each statement whose limits differ from the previous one's, the group
// sets lock_timeout and statement_timeout: SET LOCAL in a transaction (the
// settings end with it, committed or not), SET outside one, with a RESET at the
// end so that they do not outlive the group in the session.
func (p *Plan) GroupSQL(g Group, marker bool) string {
	var b strings.Builder
	switch {
	case marker && !g.Transactional:
		b.WriteString("-- pgshape: the statements below run one by one, each in a transaction of its own.\n\n")
	case marker:
		b.WriteString("-- pgshape: the statements below run in one transaction.\n\n")
	}
	t := p.Timeouts.orDefault()
	set := pick(g.Transactional, "SET LOCAL ", "SET ")
	var last differ.Change
	var current limits
	for _, s := range g.Statements {
		want := t.limitsFor(s)
		if g.Transactional {
			// A wait inside a transaction holds every lock taken before it: never long.
			want.lock = t.Lock
		}
		if want != current {
			if want.lock != current.lock {
				b.WriteString(set + "lock_timeout = " + literal(want.lock) + ";\n")
			}
			if want.statement != current.statement {
				b.WriteString(set + "statement_timeout = " + literal(want.statement) + ";\n")
			}
			b.WriteString("\n")
			current = want
		}
		if s.Change != last {
			for _, h := range s.Change.Hazards() {
				b.WriteString("-- hazard " + string(h.Kind) + ": " + oneLine(h.Message) + "\n")
			}
			last = s.Change
		}
		b.WriteString(s.SQL)
		b.WriteString(";\n\n")
	}
	if !g.Transactional && current != (limits{}) {
		b.WriteString("RESET lock_timeout;\nRESET statement_timeout;\n")
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func hasStatement(g *Group, sql string) bool {
	for _, s := range g.Statements {
		if s.SQL == sql {
			return true
		}
	}
	return false
}
