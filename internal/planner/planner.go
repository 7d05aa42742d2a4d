package planner

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/schema"
	"github.com/pgshape/pgshape/sql/migrate"
)

// Options say where the states come from.
type Options struct {
	// URL is the target database. Empty: the current state is MigrationsDir replayed
	// into a scratch database.
	URL string
	// DevURL is a server on which scratch databases may be created. Empty: the target
	// server when allowed, else an embedded throwaway server.
	DevURL        string
	SchemaDir     string
	MigrationsDir string
	// MigrationsDirs, when set, replace MigrationsDir for the replay: several
	// locations merged into one version order, as the runner reads Flyway's
	// locations setting. (generate writes into the first.)
	MigrationsDirs []string
	// Replay says how the migrations are replayed: the runner's placeholders
	// and schemas (flyway.placeholders, flyway.schemas), so that a migration
	// using ${key} or unqualified names replays the way migrate applies it.
	Replay migrate.ReplayOptions
	// Scope limits what is compared.
	Scope Scope
	// History is the runner's history table (see HistoryTable), left out of
	// every state with Flyway's default name: the runner's, never the schema's.
	// An empty Schema matches the name in every schema. Empty: the table the
	// Replay settings name.
	History model.QName
	// WithOwners compares the owners of objects (--with-owners). The desired owner of
	// an object is the one its files give it (ALTER ... OWNER TO); an object without
	// one belongs to the role that runs the migration, taken to be the role that
	// connects to URL (see runnerAsShadowRole). Every role named must exist on the
	// server of the scratch databases too.
	WithOwners bool
	// Plain asks for plain DDL instead of the online forms (--online=false).
	Plain bool
	// Timeouts are the lock and statement timeouts the plan's SQL sets.
	Timeouts emitter.Timeouts
	// Logf receives progress notes meant for a human (stderr); nil discards them.
	Logf func(format string, args ...any)
}

// Result is a verified plan and what it was computed from.
type Result struct {
	Plan    *emitter.Plan
	Current *model.Catalog // the current state, canonical
	Desired *model.Catalog // the desired state, canonical (read back from the shadow)
	Parsed  *parser.Result // the desired state as written, with file and line
	// Base is an empty database on the shadow server, as read back: what
	// emitter.Define leaves out of every definition (the public schema).
	Base *model.Catalog
	// Grades grade the plan's hazardous changes by the size of the tables they
	// touch on the target, when the current state is a real database (its
	// tables' Stats are the target's, carried over by name); nil otherwise.
	Grades review.Grades
	// Input is what the plan was made from once both states were canonical:
	// Input.Plan makes the same plan again without a server.
	Input *DiffInput
}

// Run computes the plan from the current state (the database at URL, else the
// migrations replayed) to the desired one (SchemaDir) and rehearses it.
func Run(ctx context.Context, opts Options) (*Result, error) {
	return Plan(ctx, opts, opts.currentSource(), SchemaSource(opts.SchemaDir))
}

// currentSource is Run's current state: URL, else the migrations replayed.
func (opts Options) currentSource() Source {
	if opts.URL != "" {
		return URLSource(opts.URL)
	}
	dirs := opts.MigrationsDirs
	if len(dirs) == 0 {
		dirs = []string{opts.MigrationsDir}
	}
	return MigrationsSource(dirs, opts.Replay)
}

// Plan computes the plan from any current state to any desired one and
// rehearses it; Run is Plan from the database or the migrations to the schema
// files. Of opts, only DevURL, Scope, History, WithOwners, Plain, Timeouts and Logf are used here: the
// sources say where the states come from. Result.Parsed is nil unless desired
// is a schema directory.
func Plan(ctx context.Context, opts Options, current, desired Source) (*Result, error) {
	logf := opts.logf()
	if err := opts.Scope.Validate(); err != nil {
		return nil, err
	}
	parsedCurrent, err := current.parse(logf)
	if err != nil {
		return nil, err
	}
	parsed, err := desired.parse(logf)
	if err != nil {
		return nil, err
	}
	srv, err := openShadowServer(ctx, opts.DevURL, firstURL(current, desired), logf)
	if err != nil {
		return nil, err
	}
	defer srv.Close()

	// The current and the desired state are built at the same time, each in its own
	// scratch database: on a schema of thousands of tables that is most of the time.
	so := opts.schemaOptions()
	var currentState, desiredState *model.Catalog
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			currentState, err = current.state(ctx, srv, parsedCurrent, so, logf)
			return err
		},
		func(ctx context.Context) (err error) {
			desiredState, err = desired.state(ctx, srv, parsed, so, logf)
			return err
		})
	if err != nil {
		return nil, err
	}
	sameRoles(current, desired, currentState, desiredState)
	opts.Scope.apply(currentState)
	opts.Scope.apply(desiredState)
	leaveHistorySchemaOut(opts.historyTable(), currentState, desiredState)
	leaveHistorySchemaOut(opts.historyTable(), desiredState, currentState)
	warnUnsupported(logf, "the current state", currentState)
	warnUnsupported(logf, "the desired state", desiredState)
	// What the rebuild below loses; only a real database has sizes to grade
	// hazards by (migrations replay into empty tables).
	facts := liveFactsOf(currentState, current.Kind == FromURL)
	rehearsal, err := srv.CreateDatabase(ctx, "rehearsal")
	if err != nil {
		return nil, err
	}
	defer rehearsal.Drop()
	base, err := inspect(ctx, rehearsal.ConnStr, so)
	if err != nil {
		return nil, err
	}
	// Both sides are rebuilt from their catalogs before they are compared: PostgreSQL
	// does not always read its own printed definitions back to the same form (an
	// IN list on varchar is stored one way when written by hand, another way when
	// its printed form is run), and the plan is made of printed forms.
	err = concurrently(ctx,
		func(ctx context.Context) (err error) {
			currentState, err = rebuild(ctx, rehearsal.ConnStr, base, currentState, "the current state", so)
			return err
		},
		func(ctx context.Context) (err error) {
			desiredState, err = normalize(ctx, srv, base, desiredState, "the desired state", so)
			return err
		})
	if err != nil {
		return nil, err
	}
	facts.carry(currentState)
	// From here on the plan is made from in alone (DiffInput.Plan); the server
	// only rehearses it.
	in := &DiffInput{
		Current: currentState, Desired: desiredState, RenameHints: renameHints(parsed),
		Options: differ.Options{Plain: opts.Plain}, Timeouts: opts.Timeouts,
	}
	// Renames run first, on the rehearsal copy too, and the current state is read
	// again: PostgreSQL carries the new names into every definition that uses them.
	renames := in.renames()
	var ran rehearsed
	if len(renames) > 0 {
		renamed := emitter.Emit(renames)
		locks, err := shadow.Rehearse(ctx, rehearsal.ConnStr, renamed)
		if err != nil {
			return nil, fmt.Errorf("rehearsal: the renames fail on a copy of the current state: %w", err)
		}
		ran.add(renamed, locks)
		if currentState, err = inspect(ctx, rehearsal.ConnStr, so); err != nil {
			return nil, err
		}
		facts = facts.renamed(renames)
		facts.carry(currentState)
		in.Renamed = currentState
	}
	changes, err := in.changes()
	if err != nil {
		return nil, err
	}
	if rest := emitter.Emit(changes); !rest.Empty() {
		locks, err := rehearse(ctx, rehearsal.ConnStr, desiredState, rest, so)
		if err != nil {
			return nil, err
		}
		ran.add(rest, locks)
	}
	plan := in.emit(renames, changes)
	ran.observe(plan)
	var grades review.Grades
	if facts.stats != nil {
		grades = grade(plan, currentState)
	}
	return &Result{Plan: plan, Current: currentState, Desired: desiredState, Parsed: parsed, Base: base, Grades: grades, Input: in}, nil
}

func (opts Options) logf() func(string, ...any) {
	if opts.Logf == nil {
		return func(string, ...any) {}
	}
	return opts.Logf
}

// sameRoles makes the role that connects to a database read as the shadow's
// role, when only one of the two states comes from a database: an object the
// migrations or schema files give no owner belongs to whoever runs them.
func sameRoles(a, b Source, aState, bState *model.Catalog) {
	switch {
	case a.Kind == FromURL && b.Kind != FromURL && aState.Role != "" && aState.Role != bState.Role:
		runnerAsShadowRole(aState, bState.Role)
	case b.Kind == FromURL && a.Kind != FromURL && bState.Role != "" && bState.Role != aState.Role:
		runnerAsShadowRole(bState, aState.Role)
	}
}

// openShadowServer picks where scratch databases live: devURL, else the server of
// targetURL when the user may create databases there, else the embedded server.
func openShadowServer(ctx context.Context, devURL, targetURL string, logf func(string, ...any)) (*shadow.Server, error) {
	if devURL != "" {
		return shadow.Connect(ctx, devURL, "dev database "+shadow.Redact(devURL))
	}
	if targetURL != "" {
		srv, err := shadow.Connect(ctx, targetURL, "the target server")
		if err == nil {
			return srv, nil
		}
		logf("pgshape: cannot use the target server for scratch databases (%v); using an embedded PostgreSQL instead", err)
	}
	return shadow.StartEmbedded(ctx)
}

func inspect(ctx context.Context, connStr string, so schema.Options) (*model.Catalog, error) {
	conn, err := pgx.Connect(ctx, connStr)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	return schema.Inspect(ctx, conn, so)
}

// warnUnsupported names the objects of kinds pgshape does not manage, which the plan
// leaves as they are: they are not "in sync", they were not compared.
func warnUnsupported(logf func(string, ...any), what string, c *model.Catalog) {
	if len(c.Unsupported) == 0 {
		return
	}
	logf("pgshape: WARNING: %s has objects pgshape does not compare yet; the plan leaves them as they are:", what)
	for _, u := range c.Unsupported {
		logf("  %s", u)
	}
}

func renameHints(parsed *parser.Result) []differ.RenameHint {
	if parsed == nil {
		return nil
	}
	hints := make([]differ.RenameHint, len(parsed.Renames))
	for i, r := range parsed.Renames {
		hints[i] = differ.RenameHint{Object: r.Object, From: r.From}
	}
	return hints
}

// ErrNotConverged means a rehearsed plan did not produce the desired state.
var ErrNotConverged = errors.New("the plan does not converge")
