package planner

import (
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
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

// liveStats are the sizes of the target's tables by name (model.Table.Stats);
// nil when the current state is not a real database.
type liveStats map[model.QName]*model.TableStats

func statsOf(c *model.Catalog) liveStats {
	s := liveStats{}
	for name, t := range c.Tables {
		if t.Stats != nil {
			s[name] = t.Stats
		}
	}
	return s
}

// carry sets the Stats of c's tables to the target's, by name: c was rebuilt
// in a scratch database, whose tables are empty. A nil s clears them.
func (s liveStats) carry(c *model.Catalog) {
	for name, t := range c.Tables {
		t.Stats = s[name]
	}
}

// renamed moves the stats of renamed tables to their new names.
func (s liveStats) renamed(renames []differ.Change) liveStats {
	if s == nil {
		return nil
	}
	out := liveStats{}
	for name, st := range s {
		out[name] = st
	}
	for _, c := range renames {
		r, ok := c.(*differ.Rename)
		if !ok || r.Target.Kind != model.KindTable {
			continue
		}
		old := model.QName{Schema: r.Target.Name.Schema, Name: r.From}
		if st, ok := s[old]; ok {
			delete(out, old)
			out[r.Target.Name] = st
		}
	}
	return out
}
