package planner

import (
	"context"
	"fmt"
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
)

// rehearse applies the plan to a scratch copy of the current state and checks that the
// result is the desired state. The copy is built from the current catalog itself (the
// plan from an empty database to it), so it works for any target without touching it.
func rehearse(ctx context.Context, srv *shadow.Server, current, desired *model.Catalog, plan *emitter.Plan) error {
	db, err := srv.CreateDatabase(ctx, "rehearsal")
	if err != nil {
		return err
	}
	defer db.Drop()
	empty, err := inspect(ctx, db.ConnStr)
	if err != nil {
		return err
	}
	copyChanges, err := differ.Diff(empty, current)
	if err != nil {
		return fmt.Errorf("rehearsal: cannot rebuild the current state: %w", err)
	}
	if err := shadow.Apply(ctx, db.ConnStr, emitter.Emit(copyChanges)); err != nil {
		return fmt.Errorf("rehearsal: cannot rebuild the current state in a scratch database: %w", err)
	}
	if err := converged(ctx, db.ConnStr, current, "rebuilding the current state"); err != nil {
		return err
	}
	if err := shadow.Apply(ctx, db.ConnStr, plan); err != nil {
		return fmt.Errorf("rehearsal: the plan fails on a copy of the current state: %w", err)
	}
	return converged(ctx, db.ConnStr, desired, "the plan")
}

// converged checks that the database now holds the wanted catalog, naming the
// differences that remain when it does not.
func converged(ctx context.Context, connStr string, want *model.Catalog, what string) error {
	got, err := inspect(ctx, connStr)
	if err != nil {
		return err
	}
	residual, err := differ.Diff(got, want)
	if err != nil {
		return fmt.Errorf("rehearsal: %s: %w", what, err)
	}
	if len(residual) == 0 {
		return nil
	}
	var lines []string
	for _, s := range emitter.Emit(residual).Statements() {
		lines = append(lines, "  "+s.Change.Object().String()+": "+strings.ReplaceAll(s.SQL, "\n", " "))
	}
	return fmt.Errorf("%w: after %s, a rehearsal database still differs from the desired state:\n%s",
		ErrNotConverged, what, strings.Join(lines, "\n"))
}
