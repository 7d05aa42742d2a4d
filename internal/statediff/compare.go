package statediff

import (
	"context"
	"fmt"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/review"
)

// Result is the per-object difference of two states.
type Result struct {
	From, To string // the sources, as planner.Source.String names them (passwords masked)
	// Offline is set when the states were compared without a server (Offline).
	Offline bool
	// Objects differ in order of kind and name; the unified diffs go from
	// From to To (labelled with the sources).
	Objects []review.ObjectDiff
	// Notes say, for some objects, what the difference may really be
	// (offline only: "may be spelling only").
	Notes map[model.ObjectID]string
}

// Differs reports whether the states differ.
func (r *Result) Differs() bool { return len(r.Objects) > 0 }

// Compare reads both states (see planner.Compare: each in canonical form) and
// diffs them object by object.
func Compare(ctx context.Context, opts planner.Options, from, to planner.Source) (*Result, error) {
	c, err := planner.Compare(ctx, opts, from, to)
	if err != nil {
		return nil, err
	}
	a, err := emitter.Define(c.Base, c.From)
	if err != nil {
		return nil, fmt.Errorf("diff: define %s: %w", from, err)
	}
	b, err := emitter.Define(c.Base, c.To)
	if err != nil {
		return nil, fmt.Errorf("diff: define %s: %w", to, err)
	}
	r := &Result{From: from.String(), To: to.String(), Notes: map[model.ObjectID]string{}}
	r.Objects = review.DiffDefinitions(a, b, r.From, r.To)
	return r, nil
}
