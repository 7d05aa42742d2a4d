package planner

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/schema"
	"github.com/pgshape/pgshape/sql/migrate"
)

// SourceKind says where a state comes from.
type SourceKind int

// The kinds of sources.
const (
	// FromURL is a live database, read as it is.
	FromURL SourceKind = iota + 1
	// FromSchema is a directory of desired-state files, parsed and loaded into a
	// scratch database.
	FromSchema
	// FromMigrations is migration locations replayed into a scratch database.
	FromMigrations
	// FromCatalog is a catalog already read from a database (schema.Inspect),
	// taken as that database.
	FromCatalog
)

// Source is one state: a database, a schema directory or migrations replayed.
type Source struct {
	Kind SourceKind
	URL  string // FromURL
	// Dir is FromSchema's directory; with FS, the name its files are given
	// in positions and messages ("" for none).
	Dir string
	// FS, when set, holds FromSchema's files instead of the directory Dir.
	FS fs.FS
	// Dirs are FromMigrations' directories, merged into one version order.
	Dirs []string
	// Locations, when set, are read instead of Dirs: migrations in any fs.FS.
	Locations []migrate.Location
	// Replay says how FromMigrations is replayed: placeholders, schemas, and
	// the Target version to stop at.
	Replay migrate.ReplayOptions
	// Catalog is FromCatalog's; Plan and Compare read a copy of it, never
	// change it.
	Catalog *model.Catalog
}

// URLSource is the database at url.
func URLSource(url string) Source { return Source{Kind: FromURL, URL: url} }

// SchemaSource is the desired-state files under dir.
func SchemaSource(dir string) Source { return Source{Kind: FromSchema, Dir: dir} }

// SchemaFSSource is the desired-state files in fsys; name, when not empty,
// is put before their paths in positions and messages.
func SchemaFSSource(fsys fs.FS, name string) Source {
	return Source{Kind: FromSchema, Dir: name, FS: fsys}
}

// MigrationsSource is the migrations in dirs replayed with opts.
func MigrationsSource(dirs []string, opts migrate.ReplayOptions) Source {
	return Source{Kind: FromMigrations, Dirs: dirs, Replay: opts}
}

// LocationsSource is the migrations in locs replayed with opts.
func LocationsSource(locs []migrate.Location, opts migrate.ReplayOptions) Source {
	return Source{Kind: FromMigrations, Locations: locs, Replay: opts}
}

// CatalogSource is a database as schema.Inspect read it.
func CatalogSource(c *model.Catalog) Source { return Source{Kind: FromCatalog, Catalog: c} }

// live reports whether the source is a database as it is, with the facts of
// one: the role that connects to it, the sizes of its tables.
func (s Source) live() bool { return s.Kind == FromURL || s.Kind == FromCatalog }

// String names the source for messages, with any password masked.
func (s Source) String() string {
	switch s.Kind {
	case FromURL:
		return shadow.Redact(s.URL)
	case FromSchema:
		if s.Dir == "" {
			return "schema files"
		}
		return "schema " + s.Dir
	case FromMigrations:
		name := "migrations " + strings.Join(s.locationNames(), ",")
		if t := s.Replay.Target; t != "" && t != "latest" {
			name += " up to version " + t
		}
		return name
	case FromCatalog:
		return "an inspected catalog"
	}
	return "an unknown source"
}

// locationNames name FromMigrations' locations.
func (s Source) locationNames() []string {
	if s.Locations == nil {
		return s.Dirs
	}
	names := make([]string, len(s.Locations))
	for i, l := range s.Locations {
		names[i] = l.Name
	}
	return names
}

// parse reads a schema source's files; other sources have none (nil). It
// returns once their statements are known: check waits for the checks that
// follow (parser.StartDir), which the caller must see pass before it trusts
// the statements; it is nil for other sources.
func (s Source) parse(logf func(string, ...any), track *progress.Tracker) (_ *parser.Result, check func() error, _ error) {
	if s.Kind != FromSchema {
		return nil, nil, nil
	}
	phase := track.Start("parse "+s.String(), 0, "statements")
	defer phase.End()
	var parsed *parser.Result
	var err error
	if s.FS != nil {
		parsed, check, err = parser.StartFS(s.FS, s.Dir)
	} else {
		parsed, check, err = parser.StartDir(s.Dir)
	}
	if err != nil {
		return nil, nil, err
	}
	checking := track.Start("check "+s.String(), 0, "")
	phase.Add(len(parsed.Statements))
	for _, n := range parsed.Notices {
		logf("pgshape: %s", n)
	}
	for _, w := range parsed.Warnings {
		logf("pgshape: WARNING: %s", w)
	}
	checkFiles := check
	return parsed, func() error {
		defer checking.End()
		return checkFiles()
	}, nil
}

// state reads the catalog of a source; parsed and check are what s.parse
// returned.
//
// what names the state in the phases it is read in ("the desired state").
func (s Source) state(ctx context.Context, srv *shadow.Server, parsed *parser.Result, check func() error, opts Options, what string) (*model.Catalog, error) {
	so, logf, track := opts.schemaOptions(), opts.logf(), opts.Progress
	switch s.Kind {
	case FromURL:
		phase := track.Start("inspect "+what, 0, "")
		defer phase.End()
		return inspectURL(ctx, s.URL, srv, so, logf)
	case FromSchema:
		return loadDesired(ctx, srv, parsed, check, opts, what)
	case FromMigrations:
		return replayMigrations(ctx, srv, s, so, track, what)
	case FromCatalog:
		warnOtherMajor(logf, s.Catalog.ServerVersion/10000, srv)
		// A copy: the scope, the history table and the runner's role are
		// applied to the state in place.
		return s.Catalog.Clone(), nil
	}
	return nil, fmt.Errorf("planner: source of unknown kind %d", s.Kind)
}

// firstURL is the database URL of the first source read from one, or "".
func firstURL(sources ...Source) string {
	for _, s := range sources {
		if s.Kind == FromURL {
			return s.URL
		}
	}
	return ""
}

func inspectURL(ctx context.Context, url string, srv *shadow.Server, so schema.Options, logf func(string, ...any)) (*model.Catalog, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", shadow.Redact(url), err)
	}
	defer conn.Close(ctx)
	warnOtherMajor(logf, serverMajor(conn), srv)
	so.WithoutStats = false // a live database: its sizes grade the plan's hazards
	return schema.Inspect(ctx, conn, so)
}

// warnOtherMajor warns when the target's major version (0: unknown) is not
// the scratch server's.
func warnOtherMajor(logf func(string, ...any), major int, srv *shadow.Server) {
	if major != 0 && major != srv.Major {
		logf("pgshape: WARNING: the target runs PostgreSQL %d but the shadow database (%s) runs %d: "+
			"expressions may be spelled differently and show up as false differences; use --dev-url with a PostgreSQL %d server",
			major, srv.Description, srv.Major, major)
	}
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

// replayMigrations builds a state from migration locations, with the runner's
// placeholders, up to the source's target version.
func replayMigrations(ctx context.Context, srv *shadow.Server, s Source, so schema.Options, track *progress.Tracker, what string) (*model.Catalog, error) {
	locs := s.Locations
	if locs == nil {
		locs = make([]migrate.Location, len(s.Dirs))
		for i, dir := range s.Dirs {
			// Checked here: os.DirFS of a missing directory only fails on first use,
			// with a message that names no setting.
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return nil, fmt.Errorf("migrations location %s: not a directory (set --migrations)", dir)
			}
			locs[i] = migrate.Location{Name: dir, FS: os.DirFS(dir)}
		}
	}
	if len(locs) == 0 {
		return nil, fmt.Errorf("planner: no migrations location given")
	}
	db, err := srv.CreateDatabase(ctx, "current")
	if err != nil {
		return nil, err
	}
	defer db.DropLater()
	conn, err := shadow.ConnectScratch(ctx, db.ConnStr)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	phase := track.Start("replay "+s.String(), 0, "")
	if err := migrate.ReplayLocations(ctx, conn, locs, s.Replay); err != nil {
		return nil, fmt.Errorf("replay %s: %w", strings.Join(s.locationNames(), ","), err)
	}
	phase.End()
	return inspectPhase(ctx, conn, so, track, "inspect "+what+" replayed")
}

// loadDesired loads the desired statements into a scratch database and reads them
// back, so the desired catalog is spelled the way PostgreSQL spells the current one.
// What it reads back is cached (opts.Cache), by the statements and all else
// it depends on (desiredKey): the same statements on a like server read back
// from the cache; statements that differ from a cached load in a few places
// load only what those touch (loadChanged).
//
// check, when not nil, waits for the parser's checks of the files, which
// run meanwhile (parser.StartDir): a load of every statement waits for
// them, for the two would compete for the processors (the load keeps two
// busy) and for memory; reading the cache and loading a part do not.
func loadDesired(ctx context.Context, srv *shadow.Server, parsed *parser.Result, check func() error, opts Options, what string) (*model.Catalog, error) {
	loadEvery := func(note string) (*model.Catalog, error) {
		if check != nil {
			if err := check(); err != nil {
				return nil, err
			}
		}
		return loadAll(ctx, srv, parsed, opts, what, note)
	}
	if opts.Cache.Dir == "" {
		return loadEvery("")
	}
	family, err := desiredFamily(ctx, srv, opts)
	if err != nil {
		return nil, err
	}
	stmts := cachedStatements(parsed)
	name := desiredKey(family, stmts)
	phase := opts.Progress.Start("read "+what+" from the cache", 0, "")
	exact, ok := opts.Cache.Get(name)
	var earlier *statecache.Entry
	if !ok {
		// The state of the files when last loaded: loadChanged starts there.
		earlier, _, _ = opts.Cache.Latest(family)
	}
	phase.End()
	if ok {
		return exact.Catalog, nil
	}
	var loaded *model.Catalog
	note := ""
	if earlier != nil {
		var declined string
		if loaded, declined, err = loadChanged(ctx, srv, parsed, stmts, earlier, opts, what); err != nil {
			return nil, err
		}
		note = " (all of it: " + declined + ")"
	}
	if loaded == nil {
		if loaded, err = loadEvery(note); err != nil {
			return nil, err
		}
	}
	phase = opts.Progress.Start("cache "+what, 0, "")
	if err := opts.Cache.Put(name, &statecache.Entry{Catalog: loaded, Statements: stmts}); err != nil {
		opts.logf()("pgshape: WARNING: %v (the next plan loads the schema again)", err)
	}
	phase.End()
	return loaded, nil
}

// loadAll loads every statement into a new scratch database and reads it
// back; note is added to the name of the load's phase. A large schema loads
// on two sessions (shadow.LoadParallel), and again on one when that cannot
// tell it leaves what one would: on any error (reported then as one session
// reports it), or when names PostgreSQL chose may depend on which session
// came first.
func loadAll(ctx context.Context, srv *shadow.Server, parsed *parser.Result, opts Options, what, note string) (*model.Catalog, error) {
	if len(parsed.Statements) >= parallelLoadFrom || opts.parallelLoads {
		loaded, err := loadInto(ctx, srv, parsed.Statements, opts, "load "+what+note, "inspect "+what+" loaded", shadow.LoadParallel)
		switch {
		case err == nil && !namesMayDependOnOrder(loaded):
			return loaded, nil
		case err == nil:
			note += " (again on one session: names PostgreSQL chose may depend on the order)"
		case errors.Is(err, shadow.ErrLoadAlone):
			note += " (again on one session)"
		default:
			return nil, err
		}
	}
	return loadInto(ctx, srv, parsed.Statements, opts, "load "+what+note, "inspect "+what+" loaded", shadow.Load)
}

// parallelLoadFrom is how many statements make loadAll load on two sessions.
const parallelLoadFrom = 1000

// loadInto loads statements into a new scratch database with load and reads
// it back, in phases named loadName and inspectName.
func loadInto(ctx context.Context, srv *shadow.Server, stmts []parser.Statement, opts Options, loadName, inspectName string,
	load func(context.Context, string, []parser.Statement, *progress.Phase) error) (*model.Catalog, error) {
	db, err := srv.CreateDatabase(ctx, "desired")
	if err != nil {
		return nil, err
	}
	defer db.DropLater()
	track := opts.Progress
	phase := track.Start(loadName, len(stmts), "statements")
	if err := load(ctx, db.ConnStr, stmts, phase); err != nil {
		return nil, err
	}
	phase.End()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	return inspectPhase(ctx, conn, opts.schemaOptions(), track, inspectName)
}

// namesMayDependOnOrder reports whether c has, in one schema, a relation or
// constraint named as another with digits added: PostgreSQL adds them to a
// name it chooses when the name is taken, so which of the two got the plain
// name may depend on which was made first.
func namesMayDependOnOrder(c *model.Catalog) bool {
	names := map[string]bool{}
	for _, o := range c.OwnedObjects() {
		for _, n := range chosenNames(o) {
			names[n] = true
		}
	}
	for n := range names {
		if base := strings.TrimRight(n, "0123456789"); base != n && names[base] {
			return true
		}
	}
	return false
}

// desiredFamily is the family of the cache entries of desired states read
// on srv with opts: the server's fingerprint, the reader's options (and the
// build, as every key).
func desiredFamily(ctx context.Context, srv *shadow.Server, opts Options) (string, error) {
	fingerprint, err := srv.Fingerprint(ctx)
	if err != nil {
		return "", err
	}
	family := statecache.NewKey("desired state")
	family.Add(fingerprint, fmt.Sprintf("%+v", opts.schemaOptions()))
	return family.String(), nil
}

// cachedStatements are the statements as cache entries hold them: each
// hashed (its kind, whether opaque, its text) once, for the entry's key, the
// comparison with an earlier entry's, and the entry.
func cachedStatements(parsed *parser.Result) []statecache.Statement {
	out := make([]statecache.Statement, len(parsed.Statements))
	for i, s := range parsed.Statements {
		out[i].Hash = statecache.StatementHash(s.Kind, strconv.FormatBool(s.Opaque), s.SQL)
		if s.Deps != nil {
			out[i].Objects = s.Deps.Objects
		}
	}
	return out
}

// desiredKey names the cache entry of the catalog the statements read back
// as in family: the family and the statements' hashes, in order.
func desiredKey(family string, stmts []statecache.Statement) statecache.Name {
	k := statecache.NewKey("desired state")
	k.Add(family)
	for _, s := range stmts {
		k.Add(string(s.Hash[:]))
	}
	return statecache.Name{Family: family, Key: k.String()}
}
