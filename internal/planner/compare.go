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
// exactly as Plan does before it diffs (readCanonical): each is read
// (inspected, loaded or replayed) in a scratch database of its own, then
// rebuilt from pgshape's own SQL in another and read back, so that two states
// PostgreSQL stores alike compare equal however they were written. opts.SQL
// is not used: Compare writes no SQL.
func Compare(ctx context.Context, opts Options, from, to Source) (*Comparison, error) {
	c, err := readCanonical(ctx, opts, from, to, [2]string{from.String(), to.String()})
	if err != nil {
		return nil, err
	}
	defer c.close()
	return &Comparison{From: c.from, To: c.to, Base: c.base, FromParsed: c.fromParsed, ToParsed: c.toParsed}, nil
}
