package planner

import (
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/sql/migrate"
)

// Options are the settings of Plan, Compare, InspectLive and CheckNoOp: how
// states are read and compared, never where they come from (the Sources Plan
// and Compare take, the URL InspectLive reads).
type Options struct {
	// DevURL is a server on which scratch databases may be created. Empty: the
	// server of the first database source when the user may create databases
	// there, else an embedded throwaway server.
	DevURL string
	// Scope limits what is compared.
	Scope Scope
	// History is the runner's history table (see HistoryTable), left out of
	// every state with Flyway's default name: the runner's, never the schema's.
	// An empty Schema matches the name in every schema. Zero: Flyway's default
	// name in every schema.
	History model.QName
	// WithOwners compares the owners of objects (--with-owners). The desired owner of
	// an object is the one its files give it (ALTER ... OWNER TO); an object without
	// one belongs to the role that runs the migration, taken to be the role that
	// connects to the database source (see runnerAsShadowRole). Every role named
	// must exist on the server of the scratch databases too.
	WithOwners bool
	// SQL says how the plan's SQL is written: only Plan writes SQL.
	SQL SQLOptions
	// Logf receives progress notes meant for a human (stderr); nil discards them.
	Logf func(format string, args ...any)
	// Progress follows the phases of the work (--timings, the status line on
	// a terminal); nil follows nothing.
	Progress *progress.Tracker
	// Cache keeps the desired state as read back from the scratch server,
	// by its statements, the server and the options: the next plan of the
	// same files skips loading them. The zero Cache keeps nothing.
	Cache statecache.Cache

	// checkParts, which the golden tests set, rebuilds the parts of both
	// states however large, and checks that they give the changes both
	// states rebuilt whole give (checkAgainstWhole).
	checkParts bool
	// parallelLoads, which tests set, loads desired states of any size on two
	// sessions (see loadAll).
	parallelLoads bool
	// wholeCurrent rebuilds all of the current state, never a part: Plan
	// sets it to make a plan again when the first one touched objects
	// outside the part (see currentPart.covers).
	wholeCurrent bool
	// shrinkPart, which a test sets, changes the current state's part
	// before it is rebuilt: a part too small for the plan.
	shrinkPart func(*currentPart)
}

// SQLOptions are the settings of the SQL Plan writes.
type SQLOptions struct {
	// Plain asks for plain DDL instead of the online forms (--online=false).
	Plain bool
	// Timeouts are the lock and statement timeouts the plan's SQL sets.
	Timeouts emitter.Timeouts
}

// Project is where the CLI's commands find their two states: the current one
// is the target database, or without one the migrations replayed; the desired
// one is the schema files.
type Project struct {
	// URL is the target database; empty: the migrations replayed.
	URL       string
	SchemaDir string
	// MigrationsDirs are the migration locations, merged into one version
	// order as the runner reads Flyway's locations setting (generate writes
	// into the first).
	MigrationsDirs []string
	// Replay says how the migrations are replayed: the runner's placeholders
	// and schemas (flyway.placeholders, flyway.schemas), so that a migration
	// using ${key} or unqualified names replays the way migrate applies it.
	Replay migrate.ReplayOptions
}

// Current is the project's current state: the database at URL, else the
// migrations replayed.
func (p Project) Current() Source {
	if p.URL != "" {
		return URLSource(p.URL)
	}
	return MigrationsSource(p.MigrationsDirs, p.Replay)
}

// Desired is the project's desired state: the schema files.
func (p Project) Desired() Source { return SchemaSource(p.SchemaDir) }

func (opts Options) logf() func(string, ...any) {
	if opts.Logf == nil {
		return func(string, ...any) {}
	}
	return opts.Logf
}
