package planner

import (
	"context"

	"github.com/pgshape/pgshape/model"
)

// Live is a live database as pull reads it: its catalog, limited to the scope, and
// the catalog of an empty database on the shadow server, which emitter.Define
// leaves out of the definitions (the public schema as PostgreSQL creates it).
type Live struct {
	Catalog *model.Catalog
	Base    *model.Catalog
}

// InspectLive reads the database at url (empty: the PG* variables) with the
// same catalog queries, scope and owner rules as Plan, and an empty database on
// the shadow server Plan would use. opts.SQL is not used.
func InspectLive(ctx context.Context, opts Options, url string) (*Live, error) {
	logf := opts.logf()
	if err := opts.Scope.Validate(); err != nil {
		return nil, err
	}
	srv, err := openShadowServer(ctx, opts.DevURL, url, logf)
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	so := opts.schemaOptions()
	current, err := inspectURL(ctx, url, srv, so, logf)
	if err != nil {
		return nil, err
	}
	base, err := srv.EmptyCatalog(ctx, so)
	if err != nil {
		return nil, err
	}
	// What the connecting role owns is written without an owner, as plan reads
	// files without one: it belongs to whoever runs the migration.
	if current.Role != "" && current.Role != base.Role {
		runnerAsShadowRole(current, base.Role)
	}
	opts.Scope.apply(current)
	leaveHistorySchemaOut(opts.historyTable(), current, base)
	warnUnsupported(logf, "the database", current)
	return &Live{Catalog: current, Base: base}, nil
}

// Keeps reports whether an object is in scope: Plan and InspectLive leave the
// others alone, and so does pull with the files of such objects.
func (s Scope) Keeps(id model.ObjectID) bool { return s.keeps(id) }
