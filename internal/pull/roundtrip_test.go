package pull

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/golden"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/sql/migrate"
)

// TestPullExample migrates the bundled example into a database, pulls it, and
// checks that plan then finds nothing to do and that a second pull changes no byte
// nor modification time.
func TestPullExample(t *testing.T) {
	db := pgtest.NewDatabase(t)
	runner := migrate.New(migrate.Config{
		Locations: []migrate.Location{{Name: "examples/shop/sql", FS: os.DirFS("../../examples/shop/sql")}},
		Connect:   func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, db) },
	})
	if _, err := runner.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate the example: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "schema")
	s := pull(t, db, dir, false)
	if len(s.Written) == 0 || len(s.Unchanged) != 0 || len(s.Removed) != 0 {
		t.Fatalf("first pull: %+v", s)
	}
	for _, want := range []string{"extensions.sql", "public/tables/orders.sql", "public/types/order_status.sql", "public/sequences/order_number_seq.sql"} {
		if !contains(s.Written, want) {
			t.Errorf("first pull did not write %s; wrote %v", want, s.Written)
		}
	}
	assertPlanEmpty(t, db, dir, false)
	before := snapshot(t, dir)
	again := pull(t, db, dir, false)
	if len(again.Written) != 0 || len(again.Removed) != 0 || len(again.Unchanged) != len(s.Written) {
		t.Errorf("second pull of an unchanged database: got %+v, want every file unchanged", again)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("second pull changed the directory:\ngot:\n%s\nwant:\n%s", after, before)
	}
}

// TestPullRoundTripCases pulls the desired side of every case in testdata/diff and
// testdata/equivalent, loaded into a database, and plans the pulled files against
// that database: the plan must be empty.
func TestPullRoundTripCases(t *testing.T) {
	var cases []string
	for _, root := range []string{"../../testdata/diff", "../../testdata/equivalent"} {
		cases = append(cases, caseDirs(t, root)...)
	}
	t.Logf("%d cases", len(cases))
	for _, dir := range cases {
		name := strings.TrimPrefix(filepath.ToSlash(dir), "../../testdata/")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			skipOtherMajors(t, dir)
			createRoles(t, readRolesFile(t, dir))
			db := pgtest.NewDatabase(t)
			loadDesired(t, db, dir)
			roundTrip(t, db, exists(filepath.Join(dir, "with-owners")))
		})
	}
}

// roundTrip pulls the database at db, checks that plan finds nothing to do, and
// that a second pull writes nothing.
func roundTrip(t *testing.T, db string, withOwners bool) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "schema")
	pull(t, db, dir, withOwners)
	assertPlanEmpty(t, db, dir, withOwners)
	if s := pull(t, db, dir, withOwners); len(s.Written) != 0 || len(s.Removed) != 0 {
		t.Errorf("second pull changed files: %+v", s)
	}
}

func pull(t *testing.T, db, dir string, withOwners bool) *Summary {
	t.Helper()
	s, err := Run(context.Background(), Options{URL: db, Planner: sourceOptions(withOwners), Dir: dir})
	if err != nil {
		t.Fatalf("pull: %v", err)
	}
	return s
}

func sourceOptions(withOwners bool) planner.Options {
	return planner.Options{DevURL: pgtest.Server().ConnString("postgres"), WithOwners: withOwners}
}

func assertPlanEmpty(t *testing.T, db, dir string, withOwners bool) {
	t.Helper()
	result, err := planner.Plan(context.Background(), sourceOptions(withOwners), planner.URLSource(db), planner.SchemaSource(dir))
	if err != nil {
		t.Fatalf("plan of the pulled files: %v\nfiles:\n%s", err, dump(t, dir))
	}
	if !result.Plan.Empty() {
		t.Errorf("plan of the pulled files against the same database is not empty:\n%s\nfiles:\n%s", result.Plan.SQL(), dump(t, dir))
	}
}

// snapshot describes every file under dir: path, size, modification time and a
// hash of the content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		content, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %s %x\n", p, info.Size(), info.ModTime().Format("15:04:05.000000000"), sha256.Sum256(content))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// dump returns every file under dir with its content, for failure messages.
func dump(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			content, _ := os.ReadFile(p)
			fmt.Fprintf(&b, "==> %s\n%s", p, content)
		}
		return nil
	})
	return b.String()
}

// caseDirs returns the folders under root that hold a current.sql (a case).
func caseDirs(t *testing.T, root string) []string {
	t.Helper()
	dirs, err := golden.CaseDirs(root)
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// loadDesired loads a case's desired state (desired.sql, or the files of
// desired/) the way plan loads schema/: in dependency order, since some cases
// declare objects before what they need.
func loadDesired(t *testing.T, db, dir string) {
	t.Helper()
	var parsed *parser.Result
	var err error
	if exists(filepath.Join(dir, "desired")) {
		parsed, err = parser.ParseDir(filepath.Join(dir, "desired"))
	} else {
		parsed, err = parser.ParseFiles(map[string]string{"desired.sql": readString(t, filepath.Join(dir, "desired.sql"))})
	}
	if err != nil {
		t.Fatalf("parse the desired state: %v", err)
	}
	if err := shadow.Load(context.Background(), db, parsed.Statements, nil); err != nil {
		t.Fatalf("load the desired state: %v", err)
	}
}

// skipOtherMajors skips a case whose majors file ("-16", "17-", "14-16") leaves
// out the server's major.
func skipOtherMajors(t *testing.T, dir string) {
	ok, spec, err := golden.ForMajor(dir, pgtest.Server().Major())
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Skipf("the case is about PostgreSQL %s; this server is %d", spec, pgtest.Server().Major())
	}
}

func readRolesFile(t *testing.T, dir string) []string {
	b, err := os.ReadFile(filepath.Join(dir, "roles"))
	if err != nil {
		return nil
	}
	return strings.Fields(string(b))
}

// createRoles creates roles, which belong to the server, once; parallel tests may
// race to create the same one.
func createRoles(t *testing.T, roles []string) {
	t.Helper()
	for _, role := range roles {
		pgtest.Exec(t, pgtest.Server().ConnString("postgres"), fmt.Sprintf(
			`DO $$ BEGIN CREATE ROLE %s; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`, model.QuoteIdent(role)))
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
