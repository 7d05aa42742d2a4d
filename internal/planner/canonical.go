package planner

import (
	"context"

	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/schema"
)

// canonical is two states read from their sources and brought to canonical
// form: what Plan diffs and Compare returns. Both start here, so a state
// compares the same way whichever of the two reads it.
type canonical struct {
	from, to             *model.Catalog
	fromParsed, toParsed *parser.Result // schema sources' files as written; nil for others
	// fromFacts are what the rebuild of from could not carry (sizes, invalid
	// indexes, server version), set on from again.
	fromFacts liveFacts
	// base is an empty database on the scratch server, as read back: what
	// emitter.Define leaves out of every definition.
	base *model.Catalog

	srv *shadow.Server
	// work is the scratch database that holds from as rebuilt: Plan rehearses
	// the plan there, on a copy of the current state.
	work *shadow.Database
}

// close drops the scratch database, when there is one yet, and closes the
// scratch server.
func (c *canonical) close() {
	if c.work != nil {
		c.work.Drop()
	}
	c.srv.Close()
}

// readCanonical reads two states from any sources and brings both to
// canonical form: each is read (inspected, loaded or replayed) in a scratch
// database of its own, then rebuilt from pgshape's own SQL in another and read
// back, so that two states PostgreSQL stores alike compare equal however they
// were written. names name the two states in messages. The caller closes the
// result.
func readCanonical(ctx context.Context, opts Options, from, to Source, names [2]string) (*canonical, error) {
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
	c := &canonical{fromParsed: fromParsed, toParsed: toParsed, srv: srv}
	if err := c.read(ctx, opts, from, to, names); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *canonical) read(ctx context.Context, opts Options, from, to Source, names [2]string) error {
	logf := opts.logf()
	// The two states are built at the same time, each in its own scratch
	// database: on a schema of thousands of tables that is most of the time.
	so := opts.schemaOptions()
	err := concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.from, err = from.state(ctx, c.srv, c.fromParsed, so, logf)
			return err
		},
		func(ctx context.Context) (err error) {
			c.to, err = to.state(ctx, c.srv, c.toParsed, so, logf)
			return err
		})
	if err != nil {
		return err
	}
	sameRoles(from, to, c.from, c.to)
	opts.Scope.apply(c.from)
	opts.Scope.apply(c.to)
	leaveHistorySchemaOut(opts.historyTable(), c.from, c.to)
	leaveHistorySchemaOut(opts.historyTable(), c.to, c.from)
	warnUnsupported(logf, names[0], c.from)
	warnUnsupported(logf, names[1], c.to)
	// What the rebuild below loses; only a live database has sizes to grade
	// hazards by (migrations replay into empty tables).
	c.fromFacts = liveFactsOf(c.from, from.live())
	toFacts := liveFactsOf(c.to, to.live())
	if c.work, err = c.srv.CreateDatabase(ctx, "rehearsal"); err != nil {
		return err
	}
	work, err := c.work.Conn(ctx)
	if err != nil {
		return err
	}
	if c.base, err = schema.Inspect(ctx, work, so); err != nil {
		return err
	}
	// Both sides are rebuilt from their catalogs: PostgreSQL does not always
	// read its own printed definitions back to the same form (an IN list on
	// varchar is stored one way when written by hand, another way when its
	// printed form is run), and a plan is made of printed forms.
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.from, err = rebuild(ctx, work, c.base, c.from, names[0], so)
			return err
		},
		func(ctx context.Context) (err error) {
			c.to, err = normalize(ctx, c.srv, c.base, c.to, names[1], so)
			return err
		})
	if err != nil {
		return err
	}
	c.fromFacts.carry(c.from)
	toFacts.carry(c.to)
	return nil
}
