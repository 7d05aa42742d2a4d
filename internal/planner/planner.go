package planner

import (
	"context"
	"errors"
	"fmt"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/schema"
)

// Result is a verified plan and what it was computed from.
type Result struct {
	Plan    *emitter.Plan
	Current *model.Catalog // the current state, canonical
	Desired *model.Catalog // the desired state, canonical (read back from the shadow)
	Parsed  *parser.Result // the desired state as written, with file and line
	// Base is an empty database on the shadow server, as read back: what
	// emitter.Define leaves out of every definition (the public schema).
	Base *model.Catalog
	// Grades grade the plan's hazardous changes by the size of the tables they
	// touch on the target, when the current state is a real database (its
	// tables' Stats are the target's, carried over by name); nil otherwise.
	Grades review.Grades
	// Input is what the plan was made from once both states were canonical:
	// Input.Plan makes the same plan again without a server.
	Input *DiffInput
}

// Plan computes the plan from any current state to any desired one and
// rehearses it. It reads both states as Compare does (readCanonical), then
// diffs them, emits the plan and applies it to the rebuilt copy of the current
// state, which must then be the desired state. Result.Parsed is nil unless
// desired is a schema source.
func Plan(ctx context.Context, opts Options, current, desired Source) (*Result, error) {
	res, err := plan(ctx, opts, current, desired)
	if errors.Is(err, errPartTooSmall) {
		opts.Progress.Start(planAgainWhole, 0, "").End()
		opts.wholeCurrent = true
		res, err = plan(ctx, opts, current, desired)
	}
	return res, err
}

// planAgainWhole is the phase that says a plan was made again with all of
// the current state.
const planAgainWhole = "the plan touches objects the current state's part left out: plan again, with all of it"

// errPartTooSmall says a plan touches objects outside the part of the
// current state rebuilt for it (see currentPart.covers).
var errPartTooSmall = errors.New("planner: the plan touches objects outside the current state's part")

func plan(ctx context.Context, opts Options, current, desired Source) (*Result, error) {
	c, err := readCanonical(ctx, opts, current, desired, [2]string{"the current state", "the desired state"})
	if err != nil {
		return nil, err
	}
	defer c.close()
	so := opts.schemaOptions()
	currentState, desiredState, facts := c.from, c.to, c.fromFacts
	rehearsal, err := c.work.Conn(ctx)
	if err != nil {
		return nil, err
	}
	// From here on the plan is made from in alone (DiffInput.Plan); the server
	// only rehearses it.
	in := &DiffInput{
		Current: currentState, Desired: desiredState, RenameHints: renameHints(c.toParsed),
		Options: differ.Options{Plain: opts.SQL.Plain}, Timeouts: opts.SQL.Timeouts,
	}
	// Renames run first, on the rehearsal copy too, and the current state is read
	// again: PostgreSQL carries the new names into every definition that uses them.
	renames := in.renames()
	var ran rehearsed
	if len(renames) > 0 {
		renamed := emitter.Emit(renames)
		locks, err := shadow.Rehearse(ctx, rehearsal, renamed, nil)
		if err != nil {
			return nil, fmt.Errorf("rehearsal: the renames fail on a copy of the current state: %w", err)
		}
		ran.add(renamed, locks)
		if currentState, err = schema.Inspect(ctx, rehearsal, so); err != nil {
			return nil, err
		}
		facts = facts.renamed(renames)
		facts.carry(currentState)
		in.Renamed = currentState
	}
	phase := opts.Progress.Start("diff", 0, "changes")
	changes, err := in.changes()
	if err != nil {
		return nil, err
	}
	phase.Add(len(changes))
	phase.End()
	if !c.part.covers(changes, currentState, desiredState) {
		return nil, errPartTooSmall
	}
	if rest := emitter.Emit(changes); !rest.Empty() {
		locks, err := rehearse(ctx, rehearsal, c.part.restrict(desiredState), rest, so, opts.Progress)
		if err != nil {
			return nil, err
		}
		ran.add(rest, locks)
	}
	phase = opts.Progress.Start("emit", 0, "statements")
	plan := in.emit(renames, changes)
	phase.Add(len(plan.Statements()))
	phase.End()
	ran.observe(plan)
	var grades review.Grades
	if facts.stats != nil {
		grades = grade(plan, currentState)
	}
	return &Result{Plan: plan, Current: currentState, Desired: desiredState, Parsed: c.toParsed, Base: c.base, Grades: grades, Input: in}, nil
}

// openShadowServer picks where scratch databases live: devURL, else the server of
// targetURL when the user may create databases there, else the embedded server.
func openShadowServer(ctx context.Context, devURL, targetURL string, logf func(string, ...any)) (*shadow.Server, error) {
	if devURL != "" {
		return shadow.Connect(ctx, devURL, "dev database "+shadow.Redact(devURL))
	}
	if targetURL != "" {
		srv, err := shadow.Connect(ctx, targetURL, "the target server")
		if err == nil {
			return srv, nil
		}
		logf("pgshape: cannot use the target server for scratch databases (%v); using an embedded PostgreSQL instead", err)
	}
	return shadow.StartEmbedded(ctx)
}

// warnUnsupported names the objects of kinds pgshape does not manage, which the plan
// leaves as they are: they are not "in sync", they were not compared.
func warnUnsupported(logf func(string, ...any), what string, c *model.Catalog) {
	if len(c.Unsupported) == 0 {
		return
	}
	logf("pgshape: WARNING: %s has objects pgshape does not compare yet; the plan leaves them as they are:", what)
	for _, u := range c.Unsupported {
		logf("  %s", u)
	}
}

func renameHints(parsed *parser.Result) []differ.RenameHint {
	if parsed == nil {
		return nil
	}
	hints := make([]differ.RenameHint, len(parsed.Renames))
	for i, r := range parsed.Renames {
		hints[i] = differ.RenameHint{Object: r.Object, From: r.From}
	}
	return hints
}

// ErrNotConverged means a rehearsed plan did not produce the desired state.
var ErrNotConverged = errors.New("the plan does not converge")
