package planner

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
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
	if err := opts.Scope.Validate(); err != nil {
		return nil, err
	}
	srv, err := openShadowServer(ctx, opts.DevURL, firstURL(from, to), opts.logf())
	if err != nil {
		return nil, err
	}
	c := &canonical{srv: srv}
	if err := c.read(ctx, opts, from, to, names); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *canonical) read(ctx context.Context, opts Options, from, to Source, names [2]string) error {
	so := opts.schemaOptions()
	phase := opts.Progress.Start("create the rehearsal database", 0, "")
	var err error
	if c.work, err = c.srv.CreateDatabase(ctx, "rehearsal"); err != nil {
		return err
	}
	work, err := c.work.Conn(ctx)
	if err != nil {
		return err
	}
	phase.End()
	if c.base, err = inspectPhase(ctx, work, so, opts.Progress, "inspect an empty database"); err != nil {
		return err
	}
	// The two sides are read and rebuilt at the same time, each on its own
	// from its files to its canonical catalog: on a schema of thousands of
	// tables that is most of the time, and neither waits for the other.
	//
	// Both sides are rebuilt from their catalogs: PostgreSQL does not always
	// read its own printed definitions back to the same form (an IN list on
	// varchar is stored one way when written by hand, another way when its
	// printed form is run), and a plan is made of printed forms. From is
	// rebuilt in the rehearsal database, where the plan is rehearsed.
	//
	// The desired side needs a rebuild only of what differs from the current
	// side as read (normalizeChanged): it waits for the current state as read,
	// rebuilds its changed objects while the current side is rebuilt whole,
	// and takes the rest from that.
	var toFacts liveFacts
	fromRead, fromRebuilt := newPending(), newPending()
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.fromParsed, c.from, c.fromFacts, err = c.side(ctx, opts, from, to, names[0], func(state *model.Catalog) (*model.Catalog, error) {
				fromRead.set(state)
				rebuilt, err := rebuild(ctx, work, c.base, state, names[0], so, opts.Progress)
				if err == nil {
					fromRebuilt.set(rebuilt)
				}
				return rebuilt, err
			})
			return err
		},
		func(ctx context.Context) (err error) {
			c.toParsed, c.to, toFacts, err = c.side(ctx, opts, to, from, names[1], func(state *model.Catalog) (*model.Catalog, error) {
				return c.normalize(ctx, state, fromRead, fromRebuilt, names[1], opts)
			})
			return err
		})
	if err != nil {
		return err
	}
	c.fromFacts.carry(c.from)
	toFacts.carry(c.to)
	return c.leaveHistorySchemaOut(ctx, opts.historyTable(), work)
}

// side reads the state of s, other being the state it is compared with, and
// brings it to canonical form with rebuild. It returns the files of s as
// parsed (nil unless a schema source), the canonical catalog, and what the
// rebuild could not carry.
func (c *canonical) side(ctx context.Context, opts Options, s, other Source, what string,
	rebuild func(*model.Catalog) (*model.Catalog, error)) (*parser.Result, *model.Catalog, liveFacts, error) {
	logf := opts.logf()
	parsed, err := s.parse(logf, opts.Progress)
	if err != nil {
		return nil, nil, liveFacts{}, err
	}
	state, err := s.state(ctx, c.srv, parsed, opts, what)
	if err != nil {
		return nil, nil, liveFacts{}, err
	}
	// The role that connects to a database reads as the scratch server's
	// role when only this side is a live database: an object the migrations
	// or schema files give no owner belongs to whoever runs them. The other
	// side is then read on the scratch server, as the role of its empty
	// database.
	if s.live() && !other.live() && state.Role != "" && state.Role != c.base.Role {
		runnerAsShadowRole(state, c.base.Role)
	}
	opts.Scope.apply(state)
	warnUnsupported(logf, what, state)
	// What the rebuild loses; only a live database has sizes to grade
	// hazards by (migrations replay into empty tables).
	facts := liveFactsOf(state, s.live())
	rebuilt, err := rebuild(state)
	if err != nil {
		return nil, nil, liveFacts{}, err
	}
	return parsed, rebuilt, facts, nil
}

// leaveHistorySchemaOut leaves the history table's schema out of a side
// where it holds nothing else and the other side does not have it (see
// leaveHistorySchemaOut); out of the rehearsal database too, where from was
// rebuilt with it.
func (c *canonical) leaveHistorySchemaOut(ctx context.Context, history model.QName, work *pgx.Conn) error {
	had := c.from.Schemas[history.Schema] != nil
	leaveHistorySchemaOut(history, c.from, c.to)
	leaveHistorySchemaOut(history, c.to, c.from)
	if had && c.from.Schemas[history.Schema] == nil {
		if _, err := work.Exec(ctx, "DROP SCHEMA "+model.QuoteIdent(history.Schema)); err != nil {
			return fmt.Errorf("rehearsal: leave the history table's schema out: %w", err)
		}
	}
	return nil
}

// normalize brings the state of the second side to canonical form: only what
// differs from the first side's state as read is rebuilt, when it can be
// (normalizeChanged), else all of it.
func (c *canonical) normalize(ctx context.Context, state *model.Catalog, fromRead, fromRebuilt *pending, what string, opts Options) (*model.Catalog, error) {
	so := opts.schemaOptions()
	current, err := fromRead.wait(ctx)
	if err != nil {
		return nil, err
	}
	// The current state's rebuild does not change its catalog as read: the
	// two sides only read it.
	rebuilt, ok, err := normalizeChanged(ctx, c.srv, c.base, current, state,
		func() (*model.Catalog, error) { return fromRebuilt.wait(ctx) }, what, so, opts.Progress)
	if err != nil || !ok {
		if err == nil {
			rebuilt, err = normalize(ctx, c.srv, c.base, state, what, so, opts.Progress)
		}
		return rebuilt, err
	}
	if checkNormalizeChanged {
		whole, err := normalize(ctx, c.srv, c.base, state, what, so, opts.Progress)
		if err != nil {
			return nil, err
		}
		if err := sameCatalogs(whole, rebuilt); err != nil {
			return nil, fmt.Errorf("planner: the changed objects rebuilt do not give the state rebuilt whole: %w", err)
		}
	}
	return rebuilt, nil
}
