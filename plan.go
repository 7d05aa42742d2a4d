package pgshape

import (
	"context"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/model"
)

// Result is a plan, rehearsed, and the two states it goes between.
type Result struct {
	// Plan is the SQL (Plan.SQL, or Plan.Groups: the statements by the
	// transaction they run in) and the changes it is made of (Plan.Changes,
	// each with its object, dependencies and hazards). Plan.Empty reports
	// that the states are in sync.
	Plan *emitter.Plan
	// Hazards are the hazards of the plan's changes, in plan order.
	Hazards []Hazard
	// Current and Desired are the two states in canonical form, spelled the
	// way PostgreSQL spells them, as the plan was computed from them.
	// Current's tables carry their sizes (model.Table.Stats) when it is a
	// database.
	Current, Desired *model.Catalog
}

// Hazard is a hazard of one change of a plan: data loss, a table rewrite, a
// scan that blocks writes, an index built or dropped (differ.HazardKinds).
type Hazard struct {
	Change differ.Change
	differ.Hazard
}

// Plan computes the SQL that turns current into desired, and rehearses it:
// both states are read in scratch databases (see Scratch) and brought to
// canonical form, diffed, and the plan applied to a scratch copy of the
// current state, which must then be the desired state (else the error
// matches ErrNotConverged). Nothing is changed in a Database state. A plan
// with hazards is returned like any other: Result.Refused says whether a
// hazard policy, pgshape plan's for one, refuses it.
//
// Errors match ErrScratchUnavailable when no scratch server could be had; a
// schema file that does not parse gives *parser.Error values (errors.As), a
// migration that fails to replay a *migrate.Error.
func Plan(ctx context.Context, current, desired State, opts ...Option) (*Result, error) {
	s := settingsFor(opts, current, desired)
	if err := s.SQL.Timeouts.Validate(); err != nil {
		return nil, err
	}
	r, err := planner.Plan(ctx, s.Options, current.source(), desired.source())
	if err != nil {
		return nil, err
	}
	res := &Result{Plan: r.Plan, Current: r.Current, Desired: r.Desired}
	for _, c := range r.Plan.Changes {
		for _, h := range c.Hazards() {
			res.Hazards = append(res.Hazards, Hazard{Change: c, Hazard: h})
		}
	}
	return res, nil
}

// Refused returns a *differ.RefusedError naming each hazard policy refuses,
// with its object and why; nil when it refuses none. The zero
// differ.HazardPolicy is pgshape plan's default: data loss and table
// rewrites are refused; differ.AllowHazards allows kinds of them.
func (r *Result) Refused(policy differ.HazardPolicy) error {
	return policy.Check(r.Plan.Changes)
}
