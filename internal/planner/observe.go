package planner

import (
	"github.com/pgshape/pgshape/emitter"
)

// rehearsed is what the rehearsal database ran, in order: the renames' plan,
// then the rest's (the plan without the renames), with the locks each
// statement was seen taking.
type rehearsed struct {
	statements []emitter.Statement
	locks      [][]emitter.Lock
}

func (r *rehearsed) add(p *emitter.Plan, locks [][]emitter.Lock) {
	r.statements = append(r.statements, p.Statements()...)
	r.locks = append(r.locks, locks...)
}

// observe sets the Observed locks of the plan's statements. The plan shown is
// the renames and the rest emitted together, statement for statement what the
// rehearsal ran: matched by position, and only where the SQL is the same (a
// mismatch leaves the statement not observed rather than wrongly observed).
func (r *rehearsed) observe(plan *emitter.Plan) {
	if len(r.locks) != len(r.statements) {
		return
	}
	i := 0
	for gi := range plan.Groups {
		g := &plan.Groups[gi]
		for si := range g.Statements {
			if i < len(r.statements) && r.statements[i].SQL == g.Statements[si].SQL {
				g.Statements[si].Observed = r.locks[i]
			}
			i++
		}
	}
}
