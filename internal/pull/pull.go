package pull

import (
	"context"
	"fmt"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
)

// Options say what to pull and where to.
type Options struct {
	// URL is the database pulled.
	URL string
	// Planner says how to read it: DevURL, Scope, History, WithOwners and
	// Logf count, as for plan.
	Planner planner.Options
	// Dir is the schema directory written.
	Dir string
	// Force writes beside .sql files pull did not write (see WriteOptions).
	Force bool
}

// Run reads the live database and writes its objects into Dir.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	live, err := planner.InspectLive(ctx, opts.Planner, opts.URL)
	if err != nil {
		return nil, err
	}
	defs, err := emitter.Define(live.Base, live.Catalog)
	if err != nil {
		return nil, fmt.Errorf("pull: define the objects of the database: %w", err)
	}
	return Write(opts.Dir, Layout(defs), WriteOptions{Force: opts.Force, Keeps: opts.Planner.Scope.Keeps})
}
