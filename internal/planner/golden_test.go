package planner

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/golden"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files (plan.sql, canonical.json, ...)")

// TestDiffCases runs every case in testdata/diff: the plan from a database holding
// current.sql to desired.sql must match the golden plan.sql, turn the database into
// one whose catalog equals that of a database loaded with desired.sql, and a second
// plan must be empty. What the plan was made from must be the case's stored
// canonical.json (compareInput). The second plan reads the database after the
// plan and rebuilds it, as rebuilt does: its Current is what is compared with
// desired.sql's database. The first plan caches the desired state as read
// back, and the second reads it from the cache (statecache).
func TestDiffCases(t *testing.T) {
	for _, dir := range caseDirs(t, "../../testdata/diff") {
		t.Run(caseName(dir), func(t *testing.T) {
			t.Parallel()
			skipOtherMajors(t, dir)
			createRoles(t, dir)
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(dir, "current.sql")))
			schemaDir := desiredDir(t, dir)

			withOwners := caseWithOwners(dir)
			cache := statecache.Cache{Dir: t.TempDir()}
			result, _ := runPlannerCached(t, cur, schemaDir, withOwners, cache)
			comparePlanGolden(t, filepath.Join(dir, "plan.sql"), result.Plan.SQL())
			compareInput(t, dir, result)
			if result.Plan.Empty() {
				t.Fatalf("empty plan: a diff case must change something")
			}
			assertLocksPredicted(t, result.Plan)

			if err := shadow.Apply(context.Background(), cur, result.Plan); err != nil {
				t.Fatalf("applying the plan: %v", err)
			}
			want := pgtest.NewDatabase(t)
			loadDesiredFiles(t, want, schemaDir)
			again, loaded := runPlannerCached(t, cur, schemaDir, withOwners, cache)
			if loaded {
				t.Errorf("second plan loaded the schema files again: the first did not cache them")
			}
			assertCatalogIs(t, again.Current, want, withOwners)
			if !again.Plan.Empty() {
				t.Errorf("second plan is not empty:\n%s", again.Plan.SQL())
			}
		})
	}
}

// TestEquivalentCases runs testdata/equivalent: the same schema spelled two ways must
// plan nothing, and the canonical states must be the case's canonical.json; the
// same again with the desired state read from the cache the first plan filled.
func TestEquivalentCases(t *testing.T) {
	for _, dir := range caseDirs(t, "../../testdata/equivalent") {
		t.Run(caseName(dir), func(t *testing.T) {
			t.Parallel()
			skipOtherMajors(t, dir)
			createRoles(t, dir)
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(dir, "current.sql")))
			cache := statecache.Cache{Dir: t.TempDir()}
			for i, run := range []string{"loaded", "cached"} {
				result, loaded := runPlannerCached(t, cur, desiredDir(t, dir), caseWithOwners(dir), cache)
				if loaded != (i == 0) {
					t.Fatalf("%s plan: loaded the schema files: %v", run, loaded)
				}
				compareInput(t, dir, result)
				if !result.Plan.Empty() {
					t.Errorf("plan for an equivalent schema (%s) is not empty:\n%s", run, result.Plan.SQL())
				}
			}
		})
	}
}

// variantMajors are the other majors whose text is compared too: the oldest and the
// newest supported, which CI also runs. Where one prints a plan differently (13 has
// no DETACH PARTITION CONCURRENTLY, prints a procedure's IN arguments without IN,
// ships other extension versions), the case holds that major's text beside the
// golden, plan.pg13.sql for plan.sql, and that file is compared instead. On the
// majors between (14, 16, 17) the text is not compared, and the log says so; the
// semantic checks, which are what proves a plan, run on every major.
var variantMajors = map[int]bool{13: true, 18: true}

// compareGolden compares got with the golden file for this server's major, or
// rewrites it with -update: on golden.GoldenMajor the golden itself, on a variant
// major its variant, written only where the text differs from the golden (and
// removed where it no longer does). what names the rendering in the failure.
func compareGolden(t *testing.T, file, what, got string) {
	t.Helper()
	m := pgtest.Server().Major()
	if m != golden.GoldenMajor && !variantMajors[m] {
		if *update {
			t.Fatalf("-update: goldens are written on PostgreSQL %d, and their variants on %v; this server is %d", golden.GoldenMajor, variantMajors, m)
		}
		t.Logf("%s: text not compared on PostgreSQL %d (goldens are %d's, with variants for %v): semantic checks only", file, m, golden.GoldenMajor, variantMajors)
		return
	}
	path := file
	if m != golden.GoldenMajor {
		variant := variantPath(file, m)
		if *update {
			if err := updateVariant(variant, readFile(t, file), got); err != nil {
				t.Fatal(err)
			}
			return
		}
		if _, err := os.Stat(variant); err == nil {
			path = variant
		}
	} else if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := readFile(t, path); got != want {
		t.Errorf("%s differs from %s (rerun with -update to accept)\ngot:\n%s\nwant:\n%s", what, path, got, want)
	}
}

// variantPath is the golden's file for one major: plan.sql -> plan.pg13.sql.
func variantPath(golden string, major int) string {
	ext := filepath.Ext(golden)
	return fmt.Sprintf("%s.pg%d%s", strings.TrimSuffix(golden, ext), major, ext)
}

// updateVariant writes a major's text where it differs from the golden's, and
// removes a variant the golden now matches.
func updateVariant(variant, golden, got string) error {
	if got == golden {
		if err := os.Remove(variant); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	return os.WriteFile(variant, []byte(got), 0o644)
}

// skipOtherMajors skips a case whose "majors" file (e.g. "-16", "17-", "14-16")
// excludes the server's major: a case about what one major does.
func skipOtherMajors(t *testing.T, caseDir string) {
	ok, spec, err := golden.ForMajor(caseDir, pgtest.Server().Major())
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Skipf("the case is about PostgreSQL %s; this server is %d", spec, pgtest.Server().Major())
	}
}

func runPlanner(t *testing.T, url, schemaDir string) *Result {
	t.Helper()
	return runPlannerOptions(t, url, schemaDir, false)
}

func runPlannerOptions(t *testing.T, url, schemaDir string, withOwners bool) *Result {
	t.Helper()
	result, _ := runPlannerCached(t, url, schemaDir, withOwners, statecache.Cache{})
	return result
}

// runPlannerCached is runPlannerOptions with the desired state cached in
// cache; loaded reports whether the plan loaded the schema files into a
// scratch database rather than reading them from the cache.
func runPlannerCached(t *testing.T, url, schemaDir string, withOwners bool, cache statecache.Cache) (_ *Result, loaded bool) {
	t.Helper()
	track := progress.New()
	result, err := Plan(context.Background(), Options{
		DevURL:     pgtest.Server().ConnString("postgres"),
		WithOwners: withOwners,
		Cache:      cache,
		Progress:   track,
		// Every golden plan checks that the states rebuilt in part give the
		// changes the states rebuilt whole give.
		checkParts: true,
		// And loads its desired files on two sessions.
		parallelLoads: true,
	}, URLSource(url), SchemaSource(schemaDir))
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	for _, p := range track.Timings() {
		loaded = loaded || strings.HasPrefix(p.Name, "load ")
		if p.Name == planAgainWhole {
			// Correct, but twice the work: what the part missed is for
			// dependents and keptMembers to see.
			t.Errorf("the plan touched objects outside the current state's part")
		}
	}
	return result, loaded
}

// assertSameCatalog compares two databases through the same catalog reader and
// differ the planner uses: no change may separate them. Both are first rebuilt from
// their catalogs, as the planner does, because PostgreSQL reads some of its printed
// definitions back in another form (see readCanonical).
func assertSameCatalog(t *testing.T, got, want string, withOwners bool) {
	t.Helper()
	assertCatalogIs(t, rebuilt(t, got, schema.Options{WithOwners: withOwners}), want, withOwners)
}

// assertCatalogIs is assertSameCatalog with the first database already read and
// rebuilt: got.
func assertCatalogIs(t *testing.T, got *model.Catalog, want string, withOwners bool) {
	t.Helper()
	changes, err := differ.Diff(got, rebuilt(t, want, schema.Options{WithOwners: withOwners}))
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) > 0 {
		t.Errorf("after the plan, the database still differs from desired.sql:\n%s", emitter.Emit(changes).SQL())
	}
}

// rebuilt returns the catalog of the database at url, rebuilt in a fresh database.
func rebuilt(t *testing.T, url string, so schema.Options) *model.Catalog {
	t.Helper()
	ctx := context.Background()
	c, err := inspect(ctx, url, so)
	if err != nil {
		t.Fatal(err)
	}
	into := pgtest.NewDatabase(t)
	c, err = rebuild(ctx, connect(t, into), emptyCatalog(t, into, so), c, url, so, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// connect opens a session on the database at url, closed when the test ends.
func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// emptyCatalogs holds the catalog of a fresh test database, by
// schema.Options.WithOwners: every one is a copy of the same template, so it is
// read once per package rather than once per rebuilt.
var emptyCatalogs sync.Map

// emptyCatalog returns the catalog of the fresh, empty test database at url,
// read once (emptyCatalogs) when so holds no more than WithOwners.
func emptyCatalog(t *testing.T, url string, so schema.Options) *model.Catalog {
	t.Helper()
	cacheable := so.IgnoreTables == nil && so.IncludeSchemas == nil && so.ExcludeSchemas == nil
	if c, ok := emptyCatalogs.Load(so.WithOwners); ok && cacheable {
		return c.(*model.Catalog)
	}
	c, err := inspect(context.Background(), url, so)
	if err != nil {
		t.Fatal(err)
	}
	if cacheable {
		emptyCatalogs.Store(so.WithOwners, c)
	}
	return c
}

// caseDirs returns the case folders under root (golden.CaseDirs).
func caseDirs(t *testing.T, root string) []string {
	t.Helper()
	dirs, err := golden.CaseDirs(root)
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// createRoles creates the roles a case names in its roles file, one per line. Roles
// belong to the whole server, so they are created once and kept. Cases run in
// parallel: two may create the same role at once, and the loser sees a unique
// violation rather than duplicate_object.
func createRoles(t *testing.T, caseDir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(caseDir, "roles"))
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range strings.Fields(string(b)) {
		pgtest.Exec(t, pgtest.Server().ConnString("postgres"), fmt.Sprintf(
			`DO $$ BEGIN CREATE ROLE %s; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`, model.QuoteIdent(role)))
	}
}

// caseWithOwners reports whether a case compares owners (--with-owners): it does
// when its folder holds a file named with-owners.
func caseWithOwners(caseDir string) bool {
	_, err := os.Stat(filepath.Join(caseDir, "with-owners"))
	return err == nil
}

// desiredDir returns a directory holding only the desired state of a case: the
// case's desired/ directory, or desired.sql copied alone into a temporary one.
func desiredDir(t *testing.T, caseDir string) string {
	t.Helper()
	if st, err := os.Stat(filepath.Join(caseDir, "desired")); err == nil && st.IsDir() {
		return filepath.Join(caseDir, "desired")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "desired.sql"), []byte(readFile(t, filepath.Join(caseDir, "desired.sql"))), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// loadDesiredFiles executes the desired files in name order, as written: the
// reference the plan is checked against does not go through pgshape's parser.
func loadDesiredFiles(t *testing.T, url, dir string) {
	t.Helper()
	var files []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".sql") {
			files = append(files, path)
		}
		return err
	})
	var all strings.Builder
	for _, f := range files {
		all.WriteString(readFile(t, f))
		all.WriteString("\n")
	}
	pgtest.Exec(t, url, all.String())
}

// caseName names a case by its path under testdata/diff, testdata/equivalent
// or testdata/online.
func caseName(dir string) string { return golden.CaseName(dir) }

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// comparePlanGolden compares a plan's SQL with its golden file (compareGolden).
func comparePlanGolden(t *testing.T, golden, got string) {
	t.Helper()
	compareGolden(t, golden, "plan", got)
}

// inspect reads the catalog of the database at connStr.
func inspect(ctx context.Context, connStr string, so schema.Options) (*model.Catalog, error) {
	conn, err := pgx.Connect(ctx, connStr)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	return schema.Inspect(ctx, conn, so)
}
