package planner

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/schema"
)

// rebuild creates the objects of catalog in the empty database conn is connected to, with the
// SQL pgshape itself emits, and returns the catalog read back: the same objects in the
// form PostgreSQL gives its own printed definitions. The tables' Stats are left
// out (nil): the scratch copy's are those of empty tables.
//
// empty is the catalog of that empty database when the caller has read it
// already (every scratch database is a copy of template0, so one read serves
// them all: a read is a large part of a plan's time); nil reads it.
func rebuild(ctx context.Context, conn *pgx.Conn, empty, catalog *model.Catalog, what string, so schema.Options, track *progress.Tracker) (*model.Catalog, error) {
	if empty == nil {
		var err error
		if empty, err = schema.Inspect(ctx, conn, so); err != nil {
			return nil, err
		}
	}
	changes, err := differ.Diff(empty, catalog)
	if err != nil {
		return nil, fmt.Errorf("cannot rebuild %s: %w", what, err)
	}
	plan := smallTransactions(emitter.Emit(changes), rebuildTransactionSize)
	phase := track.Start("rebuild "+what, len(plan.Statements()), "statements")
	if err := shadow.ApplyConn(ctx, conn, plan, phase); err != nil {
		return nil, fmt.Errorf("cannot rebuild %s in a scratch database: %w", what, err)
	}
	phase.End()
	rebuilt, err := inspectPhase(ctx, conn, so, track, "inspect "+what+" rebuilt")
	if err != nil {
		return nil, err
	}
	for _, t := range rebuilt.Tables {
		t.Stats = nil // a scratch table's size says nothing of the state's
	}
	return rebuilt, nil
}

// rebuildTransactionSize bounds the statements a rebuild runs in one
// transaction. A rebuild creates every object of a state, and one transaction
// that locks thousands of new tables, with their indexes, sequences and TOAST
// tables, runs out of the server's lock table (max_locks_per_transaction, 64 by
// default, for each of max_connections): a schema of 1,000 tables did, on a
// server with the default settings. A scratch database needs no atomicity.
const rebuildTransactionSize = 100

// smallTransactions splits p's transactional groups into transactions of at
// most size statements each.
func smallTransactions(p *emitter.Plan, size int) *emitter.Plan {
	out := &emitter.Plan{Changes: p.Changes, Timeouts: p.Timeouts}
	for _, g := range p.Groups {
		if !g.Transactional {
			out.Groups = append(out.Groups, g)
			continue
		}
		for start := 0; start < len(g.Statements); start += size {
			end := min(start+size, len(g.Statements))
			out.Groups = append(out.Groups, emitter.Group{Transactional: true, Statements: g.Statements[start:end]})
		}
	}
	return out
}

// normalize rebuilds a catalog in a scratch database of its own; empty is as
// for rebuild.
func normalize(ctx context.Context, srv *shadow.Server, empty, catalog *model.Catalog, what string, so schema.Options, track *progress.Tracker) (*model.Catalog, error) {
	var rebuilt *model.Catalog
	err := srv.InDatabase(ctx, "normalize", func(conn *pgx.Conn) (err error) {
		rebuilt, err = rebuild(ctx, conn, empty, catalog, what, so, track)
		return err
	})
	return rebuilt, err
}

// rehearse applies the plan to the rebuilt copy of the current state conn is connected to and
// checks that the result is the desired state, so no plan is shown that fails or falls
// short. It returns the locks each statement of the plan was seen taking
// (shadow.Rehearse).
func rehearse(ctx context.Context, conn *pgx.Conn, desired *model.Catalog, plan *emitter.Plan, so schema.Options, track *progress.Tracker) ([][]emitter.Lock, error) {
	phase := track.Start("rehearse the plan", len(plan.Statements()), "statements")
	locks, err := shadow.Rehearse(ctx, conn, plan, phase)
	if err != nil {
		return nil, fmt.Errorf("rehearsal: the plan fails on a copy of the current state: %w", err)
	}
	phase.End()
	return locks, converged(ctx, conn, desired, so, track)
}

// inspectPhase reads the catalog of the database conn is connected to, as a
// phase of its own.
func inspectPhase(ctx context.Context, conn *pgx.Conn, so schema.Options, track *progress.Tracker, name string) (*model.Catalog, error) {
	phase := track.Start(name, 0, "")
	defer phase.End()
	return schema.Inspect(ctx, conn, so)
}

// converged checks that the database conn is connected to is the desired state.
func converged(ctx context.Context, conn *pgx.Conn, desired *model.Catalog, so schema.Options, track *progress.Tracker) error {
	got, err := inspectPhase(ctx, conn, so, track, "inspect the rehearsal")
	if err != nil {
		return err
	}
	residual, err := differ.Diff(got, desired)
	if err != nil {
		return fmt.Errorf("%w: after the plan, a rehearsal database differs from the desired state in a way no plan can change: %w", ErrNotConverged, err)
	}
	if len(residual) == 0 {
		return nil
	}
	var lines []string
	for _, s := range emitter.Emit(residual).Statements() {
		lines = append(lines, "  "+s.Change.Object().String()+": "+strings.ReplaceAll(s.SQL, "\n", " "))
	}
	return fmt.Errorf("%w: after the plan, a rehearsal database still differs from the desired state:\n%s",
		ErrNotConverged, strings.Join(lines, "\n"))
}
