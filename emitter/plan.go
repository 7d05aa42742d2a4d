package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
)

// Statement is one SQL statement of a plan, with the change it implements.
type Statement struct {
	SQL    string // without the trailing semicolon
	Change differ.Change
	// Observed are the locks on existing relations the statement was seen
	// taking when the plan was rehearsed (see shadow.Rehearse): empty when it
	// took none, nil when not observed (not rehearsed; run outside a
	// transaction, whose locks end with the statement; or after its
	// transaction held too many locks to read them after each statement).
	Observed []Lock
}

// Group is a run of statements executed together: in one transaction when
// Transactional, else one by one in autocommit mode.
type Group struct {
	Transactional bool
	Statements    []Statement
}

// Plan is the SQL for a list of changes.
type Plan struct {
	Changes []differ.Change
	Groups  []Group
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

// Emit writes the SQL of the changes, in their order.
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
		for _, s := range sqls {
			g.Statements = append(g.Statements, Statement{SQL: s, Change: c})
		}
	}
	return p
}

// SQL renders the whole plan as a script: statements end with a semicolon, hazards
// are comments above the statements that carry them, and a comment marks each group
// that runs outside a transaction. Nothing at all for an empty plan.
func (p *Plan) SQL() string {
	var b strings.Builder
	for i, g := range p.Groups {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(GroupSQL(g, len(p.Groups) > 1))
	}
	return b.String()
}

// GroupSQL renders one group. With marker, a group that runs outside a transaction
// says so first.
func GroupSQL(g Group, marker bool) string {
	var b strings.Builder
	if marker && !g.Transactional {
		b.WriteString("-- pgshape: the statements below cannot run inside a transaction; they run one by one.\n\n")
	}
	var last differ.Change
	for _, s := range g.Statements {
		if s.Change != last {
			for _, h := range s.Change.Hazards() {
				b.WriteString("-- hazard " + string(h.Kind) + ": " + oneLine(h.Message) + "\n")
			}
			last = s.Change
		}
		b.WriteString(s.SQL)
		b.WriteString(";\n\n")
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
