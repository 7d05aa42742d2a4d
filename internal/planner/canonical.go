package planner

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"

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
	// the plan there, on a copy of the current state; of part of it when part
	// is not nil (see currentPart).
	work *shadow.Database
	part *currentPart
	// changed is what the two states as read have differently.
	changed changedPair
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
	// Each side needs a rebuild only of what differs from the other side as
	// read, with what depends on it and what it uses (canonicalCurrent,
	// normalizeChanged): each waits for the other state as read, and the
	// desired side for the current side's canonical form, where it takes the
	// rest from.
	var toFacts liveFacts
	fromRead, toRead, fromCanonical := newPending(), newPending(), newPending()
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			c.fromParsed, c.from, c.fromFacts, err = c.side(ctx, opts, from, to, names[0], func(state *model.Catalog, _ *parser.Result) (*model.Catalog, error) {
				fromRead.set(state, false)
				var canonical *model.Catalog
				var err error
				if len(state.Objects) > 0 {
					// No part of it will do (see planPart): the whole, at once.
					canonical, err = rebuild(ctx, work, c.base, state, names[0], so, opts.Progress)
				} else {
					desired, renames, werr := toRead.wait(ctx)
					if werr != nil {
						return nil, werr
					}
					canonical, c.part, err = c.canonicalCurrent(ctx, work, state, desired, renames, names[0], opts)
				}
				if err == nil {
					fromCanonical.set(canonical, false)
				}
				return canonical, err
			})
			return err
		},
		func(ctx context.Context) (err error) {
			c.toParsed, c.to, toFacts, err = c.side(ctx, opts, to, from, names[1], func(state *model.Catalog, parsed *parser.Result) (*model.Catalog, error) {
				toRead.set(state, parsed != nil && len(parsed.Renames) > 0)
				return c.normalize(ctx, state, fromRead, fromCanonical, names[1], opts)
			})
			return err
		})
	if err != nil {
		return err
	}
	c.fromFacts.carry(c.from)
	toFacts.carry(c.to)
	if err := c.leaveHistorySchemaOut(ctx, opts.historyTable(), work); err != nil {
		return err
	}
	if opts.checkParts {
		return c.checkAgainstWhole(ctx, fromRead.catalog, toRead.catalog, toFacts, opts)
	}
	return nil
}

// checkAgainstWhole checks that the two sides' canonical forms, each
// rebuilt in part, give the changes the two states rebuilt whole give (the
// tests' Options.checkParts).
func (c *canonical) checkAgainstWhole(ctx context.Context, current, desired *model.Catalog, toFacts liveFacts, opts Options) error {
	so := opts.schemaOptions()
	wholeC, err := normalize(ctx, c.srv, c.base, current, "the current state, whole", so, nil)
	if err != nil {
		return err
	}
	wholeD, err := normalize(ctx, c.srv, c.base, desired, "the desired state, whole", so, nil)
	if err != nil {
		return err
	}
	c.fromFacts.carry(wholeC)
	toFacts.carry(wholeD)
	h := opts.historyTable()
	leaveHistorySchemaOut(h, wholeC, wholeD)
	leaveHistorySchemaOut(h, wholeD, wholeC)
	sql := func(from, to *model.Catalog) (string, error) {
		changes, err := differ.Diff(from, to)
		if err != nil {
			return "", err
		}
		return emitter.Emit(changes).SQL(), nil
	}
	want, wantErr := sql(wholeC, wholeD)
	got, gotErr := sql(c.from, c.to)
	if want != got || (wantErr == nil) != (gotErr == nil) {
		return fmt.Errorf("planner: the states rebuilt in part give other changes than the states rebuilt whole:\n"+
			"in part (error %v):\n%s\nwhole (error %v):\n%s", gotErr, got, wantErr, want)
	}
	return nil
}

// side reads the state of s, other being the state it is compared with, and
// brings it to canonical form with rebuild. It returns the files of s as
// parsed (nil unless a schema source), the canonical catalog, and what the
// rebuild could not carry.
func (c *canonical) side(ctx context.Context, opts Options, s, other Source, what string,
	rebuild func(*model.Catalog, *parser.Result) (*model.Catalog, error)) (*parser.Result, *model.Catalog, liveFacts, error) {
	logf := opts.logf()
	parsed, check, err := s.parse(logf, opts.Progress)
	if err != nil {
		return nil, nil, liveFacts{}, err
	}
	// The files load while the parser checks them; what it finds wrong
	// comes first, with its file and line, whatever the load says.
	state, err := s.state(ctx, c.srv, parsed, check, opts, what)
	if check != nil {
		if cerr := check(); cerr != nil {
			return nil, nil, liveFacts{}, cerr
		}
	}
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
	rebuilt, err := rebuild(state, parsed)
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
	current, _, err := fromRead.wait(ctx)
	if err != nil {
		return nil, err
	}
	// The current state's rebuild does not change its catalog as read: the
	// two sides only read it.
	rebuilt, ok, err := normalizeChanged(ctx, c.srv, c.base, current, state, &c.changed,
		func() (*model.Catalog, error) {
			c, _, err := fromRebuilt.wait(ctx)
			return c, err
		}, what, so, opts.Progress, opts.checkParts)
	if err != nil || ok {
		return rebuilt, err
	}
	whole, err := normalize(ctx, c.srv, c.base, state, what, so, opts.Progress)
	if err != nil {
		return nil, err
	}
	canonicalCurrent, _, err := fromRebuilt.wait(ctx)
	if err != nil {
		return nil, err
	}
	if c.part != nil {
		// The current side left what it did not change as read: so must
		// this side, for the two to compare equal there.
		return mergeRebuilt(canonicalCurrent, whole, c.changed.of(current, state)), nil
	}
	return whole, nil
}
