package planner

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
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
func rebuild(ctx context.Context, conn *pgx.Conn, empty, catalog *model.Catalog, what string, so schema.Options) (*model.Catalog, error) {
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
	if err := shadow.ApplyConn(ctx, conn, emitter.Emit(changes)); err != nil {
		return nil, fmt.Errorf("cannot rebuild %s in a scratch database: %w", what, err)
	}
	rebuilt, err := schema.Inspect(ctx, conn, so)
	if err != nil {
		return nil, err
	}
	for _, t := range rebuilt.Tables {
		t.Stats = nil // a scratch table's size says nothing of the state's
	}
	return rebuilt, nil
}

// normalize rebuilds a catalog in a scratch database of its own; empty is as
// for rebuild.
func normalize(ctx context.Context, srv *shadow.Server, empty, catalog *model.Catalog, what string, so schema.Options) (*model.Catalog, error) {
	var rebuilt *model.Catalog
	err := srv.InDatabase(ctx, "normalize", func(conn *pgx.Conn) (err error) {
		rebuilt, err = rebuild(ctx, conn, empty, catalog, what, so)
		return err
	})
	return rebuilt, err
}

// rehearse applies the plan to the rebuilt copy of the current state conn is connected to and
// checks that the result is the desired state, so no plan is shown that fails or falls
// short. It returns the locks each statement of the plan was seen taking
// (shadow.Rehearse).
func rehearse(ctx context.Context, conn *pgx.Conn, desired *model.Catalog, plan *emitter.Plan, so schema.Options) ([][]emitter.Lock, error) {
	locks, err := shadow.Rehearse(ctx, conn, plan)
	if err != nil {
		return nil, fmt.Errorf("rehearsal: the plan fails on a copy of the current state: %w", err)
	}
	return locks, converged(ctx, conn, desired, so)
}

// converged checks that the database conn is connected to is the desired state.
func converged(ctx context.Context, conn *pgx.Conn, desired *model.Catalog, so schema.Options) error {
	got, err := schema.Inspect(ctx, conn, so)
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
