package planner

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// CheckNoOp applies plan to a scratch database rebuilt from state and checks
// that it fails nothing and changes nothing. A migration that repairs drift must
// pass: the database it was written for needs it, but every later replay of the
// migrations (plan, generate, drift itself) runs it on the state the migrations
// build, where the drift never happened. targetURL, when set, is tried as the
// server for the scratch database, as by Plan.
func CheckNoOp(ctx context.Context, opts Options, targetURL string, state *model.Catalog, plan *emitter.Plan) error {
	srv, err := openShadowServer(ctx, opts.DevURL, targetURL, opts.logf())
	if err != nil {
		return err
	}
	defer srv.Close()
	so := opts.schemaOptions()
	return srv.InDatabase(ctx, "noop", func(conn *pgx.Conn) error {
		rebuilt, err := rebuild(ctx, conn, nil, state, "the expected state", so, opts.Progress)
		if err != nil {
			return err
		}
		if _, err := rehearse(ctx, conn, rebuilt, plan, so, opts.Progress); err != nil {
			return fmt.Errorf("on the state the migrations build: %w", err)
		}
		return nil
	})
}
