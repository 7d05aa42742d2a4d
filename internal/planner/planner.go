package planner

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
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
	// WithOwners compares the owners of objects (--with-owners). The desired owner of
	// an object is the one its files give it (ALTER ... OWNER TO); an object without
	// one belongs to the role that runs the migration, taken to be the role that
	// connects to URL (see runnerAsShadowRole). Every role named must exist on the
	// server of the scratch databases too.
	WithOwners bool
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
}

// Run computes the plan from the current state to the desired one and rehearses it.
func Run(ctx context.Context, opts Options) (*Result, error) {
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if err := opts.Scope.Validate(); err != nil {
		return nil, err
	}
	parsed, err := parser.ParseDir(opts.SchemaDir)
	if err != nil {
		return nil, err
	}
	for _, n := range parsed.Notices {
		logf("pgshape: %s", n)
	}
	srv, err := openShadowServer(ctx, opts, logf)
	if err != nil {
		return nil, err
	}
	defer srv.Close()

	// The current and the desired state are built at the same time, each in its own
	// scratch database: on a schema of thousands of tables that is most of the time.
	so := schema.Options{WithOwners: opts.WithOwners}
	var current, desired *model.Catalog
	err = concurrently(ctx,
		func(ctx context.Context) error {
			var err error
			if opts.URL != "" {
				current, err = inspectURL(ctx, opts.URL, srv, so, logf)
			} else {
				current, err = replayMigrations(ctx, srv, opts, so)
			}
			return err
		},
		func(ctx context.Context) (err error) {
			desired, err = loadDesired(ctx, srv, parsed, so)
			return err
		})
	if err != nil {
		return nil, err
	}
	if current.Role != "" && current.Role != desired.Role {
		runnerAsShadowRole(current, desired.Role)
	}
	opts.Scope.apply(current)
	opts.Scope.apply(desired)
	warnUnsupported(logf, "the current state", current)
	warnUnsupported(logf, "the desired state", desired)
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
			current, err = rebuild(ctx, rehearsal.ConnStr, current, "the current state", so)
			return err
		},
		func(ctx context.Context) (err error) {
			desired, err = normalize(ctx, srv, desired, so)
			return err
		})
	if err != nil {
		return nil, err
	}
	// Renames run first, on the rehearsal copy too, and the current state is read
	// again: PostgreSQL carries the new names into every definition that uses them.
	renames := differ.Renames(current, desired, renameHints(parsed))
	if len(renames) > 0 {
		if err := shadow.Apply(ctx, rehearsal.ConnStr, emitter.Emit(renames)); err != nil {
			return nil, fmt.Errorf("rehearsal: the renames fail on a copy of the current state: %w", err)
		}
		if current, err = inspect(ctx, rehearsal.ConnStr, so); err != nil {
			return nil, err
		}
	}
	changes, err := differ.Diff(current, desired)
	if err != nil {
		return nil, err
	}
	if rest := emitter.Emit(changes); !rest.Empty() {
		if err := rehearse(ctx, rehearsal.ConnStr, desired, rest, so); err != nil {
			return nil, err
		}
	}
	plan := emitter.Emit(append(renames, changes...))
	return &Result{Plan: plan, Current: current, Desired: desired, Parsed: parsed, Base: base}, nil
}

// openShadowServer picks where scratch databases live: --dev-url, else the target
// server when the user may create databases there, else the embedded server.
func openShadowServer(ctx context.Context, opts Options, logf func(string, ...any)) (*shadow.Server, error) {
	if opts.DevURL != "" {
		return shadow.Connect(ctx, opts.DevURL, "dev database "+shadow.Redact(opts.DevURL))
	}
	if opts.URL != "" {
		srv, err := shadow.Connect(ctx, opts.URL, "the target server")
		if err == nil {
			return srv, nil
		}
		logf("pgshape: cannot use the target server for scratch databases (%v); using an embedded PostgreSQL instead", err)
	}
	return shadow.StartEmbedded(ctx)
}

func inspectURL(ctx context.Context, url string, srv *shadow.Server, so schema.Options, logf func(string, ...any)) (*model.Catalog, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", shadow.Redact(url), err)
	}
	defer conn.Close(ctx)
	if major := int(serverMajor(conn)); major != 0 && major != srv.Major {
		logf("pgshape: WARNING: the target runs PostgreSQL %d but the shadow database (%s) runs %d: "+
			"expressions may be spelled differently and show up as false differences; use --dev-url with a PostgreSQL %d server",
			major, srv.Description, srv.Major, major)
	}
	return schema.Inspect(ctx, conn, so)
}

func serverMajor(conn *pgx.Conn) int {
	v := conn.PgConn().ParameterStatus("server_version")
	n := 0
	for _, r := range v {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// replayMigrations builds the current state from the migration locations, with
// the runner's placeholders.
func replayMigrations(ctx context.Context, srv *shadow.Server, opts Options, so schema.Options) (*model.Catalog, error) {
	dirs := opts.MigrationsDirs
	if len(dirs) == 0 {
		dirs = []string{opts.MigrationsDir}
	}
	locs := make([]migrate.Location, len(dirs))
	for i, dir := range dirs {
		// Checked here: os.DirFS of a missing directory only fails on first use,
		// with a message that names no setting.
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("migrations location %s: not a directory (set --migrations)", dir)
		}
		locs[i] = migrate.Location{Name: dir, FS: os.DirFS(dir)}
	}
	db, err := srv.CreateDatabase(ctx, "current")
	if err != nil {
		return nil, err
	}
	defer db.Drop()
	conn, err := shadow.ConnectScratch(ctx, db.ConnStr)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	if err := migrate.ReplayLocations(ctx, conn, locs, opts.Replay); err != nil {
		return nil, fmt.Errorf("replay %s: %w", strings.Join(dirs, ","), err)
	}
	return schema.Inspect(ctx, conn, so)
}

// loadDesired loads the desired statements into a scratch database and reads them
// back, so the desired catalog is spelled the way PostgreSQL spells the current one.
func loadDesired(ctx context.Context, srv *shadow.Server, parsed *parser.Result, so schema.Options) (*model.Catalog, error) {
	db, err := srv.CreateDatabase(ctx, "desired")
	if err != nil {
		return nil, err
	}
	defer db.Drop()
	if err := shadow.Load(ctx, db.ConnStr, parsed.Statements); err != nil {
		return nil, err
	}
	return inspect(ctx, db.ConnStr, so)
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
	hints := make([]differ.RenameHint, len(parsed.Renames))
	for i, r := range parsed.Renames {
		hints[i] = differ.RenameHint{Object: r.Object, From: r.From}
	}
	return hints
}

// ErrNotConverged means a rehearsed plan did not produce the desired state.
var ErrNotConverged = errors.New("the plan does not converge")
