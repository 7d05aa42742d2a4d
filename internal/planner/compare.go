package planner

import (
	"context"

	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// Comparison is two states in canonical form, ready to be compared object by
// object (emitter.Define, review.DiffDefinitions).
type Comparison struct {
	From, To *model.Catalog
	// Base is an empty database on the same server, as read back: what
	// emitter.Define leaves out of every definition.
	Base *model.Catalog
	// FromParsed and ToParsed are the files of a schema source as written, with
	// file and line; nil for other sources.
	FromParsed, ToParsed *parser.Result
}

// Compare reads two states from any sources and brings both to canonical form,
// exactly as Plan does before it diffs: each is read (inspected, loaded or
// replayed) in a scratch database of its own, then rebuilt from pgshape's own
// SQL in another and read back, so that two states PostgreSQL stores alike
// compare equal however they were written. Of opts, only DevURL, Scope,
// History, WithOwners and Logf are used.
func Compare(ctx context.Context, opts Options, from, to Source) (*Comparison, error) {
	logf := opts.logf()
	if err := opts.Scope.Validate(); err != nil {
		return nil, err
	}
	fromParsed, err := from.parse(logf)
	if err != nil {
		return nil, err
	}
	toParsed, err := to.parse(logf)
	if err != nil {
		return nil, err
	}
	srv, err := openShadowServer(ctx, opts.DevURL, firstURL(from, to), logf)
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	so := opts.schemaOptions()
	c := &Comparison{FromParsed: fromParsed, ToParsed: toParsed}
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.From, err = from.state(ctx, srv, fromParsed, so, logf)
			return err
		},
		func(ctx context.Context) (err error) {
			c.To, err = to.state(ctx, srv, toParsed, so, logf)
			return err
		})
	if err != nil {
		return nil, err
	}
	sameRoles(from, to, c.From, c.To)
	opts.Scope.apply(c.From)
	opts.Scope.apply(c.To)
	leaveHistorySchemaOut(opts.historyTable(), c.From, c.To)
	leaveHistorySchemaOut(opts.historyTable(), c.To, c.From)
	warnUnsupported(logf, from.String(), c.From)
	warnUnsupported(logf, to.String(), c.To)
	fromFacts, toFacts := liveFactsOf(c.From, false), liveFactsOf(c.To, false)
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.From, err = normalize(ctx, srv, nil, c.From, from.String(), so)
			return err
		},
		func(ctx context.Context) (err error) {
			c.To, err = normalize(ctx, srv, nil, c.To, to.String(), so)
			return err
		},
		func(ctx context.Context) error {
			db, err := srv.CreateDatabase(ctx, "base")
			if err != nil {
				return err
			}
			defer db.Drop()
			c.Base, err = inspect(ctx, db.ConnStr, so)
			return err
		})
	if err != nil {
		return nil, err
	}
	fromFacts.carry(c.From)
	toFacts.carry(c.To)
	return c, nil
}
