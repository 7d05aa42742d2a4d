package planner

import (
	"errors"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// DiffInput is what Plan diffs once both states are canonical. From here to the
// plan's SQL no server is needed but for the rehearsals, which check the plan
// and change none of it: DiffInput.Plan makes the same plan from it alone. The
// golden tests store it beside each case (internal/golden) so that tests
// without PostgreSQL replay the real step from catalogs to plan.
type DiffInput struct {
	// Current is the current state rebuilt and read back, with the live facts the
	// rebuild loses carried over (server version, invalid indexes, table sizes).
	Current *model.Catalog
	// Desired is the desired state rebuilt and read back.
	Desired *model.Catalog
	// RenameHints are the renames the desired files ask for.
	RenameHints []differ.RenameHint
	// Renamed is the current state read back after the renames ran on the
	// rehearsal copy, its live facts carried over: PostgreSQL carries the new
	// names into every definition that uses them. Nil when nothing is renamed.
	Renamed *model.Catalog
	// Options and Timeouts are the differ's and the SQL's settings.
	Options  differ.Options
	Timeouts emitter.Timeouts
}

// errRenamedMissing means a DiffInput renames something but lacks the state
// after the renames, which only a server can give.
var errRenamedMissing = errors.New("planner: the input renames objects but has no state read back after the renames (DiffInput.Renamed)")

// Plan makes the plan from the input alone, as Plan does between its
// rehearsals: the renames, then the changes from the renamed state.
func (in *DiffInput) Plan() (*emitter.Plan, error) {
	renames := in.renames()
	if len(renames) > 0 && in.Renamed == nil {
		return nil, errRenamedMissing
	}
	changes, err := in.changes()
	if err != nil {
		return nil, err
	}
	return in.emit(renames, changes), nil
}

// renames are the changes that rename objects, which run first.
func (in *DiffInput) renames() []differ.Change {
	return differ.Renames(in.Current, in.Desired, in.RenameHints)
}

// changes are the rest: from the current state as the renames left it.
func (in *DiffInput) changes() ([]differ.Change, error) {
	from := in.Current
	if in.Renamed != nil {
		from = in.Renamed
	}
	return differ.DiffWith(from, in.Desired, in.Options)
}

// emit writes the plan: the renames and the rest together.
func (in *DiffInput) emit(renames, changes []differ.Change) *emitter.Plan {
	plan := emitter.Emit(append(renames, changes...))
	plan.Timeouts = in.Timeouts
	return plan
}
