package realschema

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/pull"
	"github.com/pgshape/pgshape/internal/shadow"
)

const root = "../../testdata/realschemas"

// cases are the folders under root, each with a schema/ folder of the project's
// files, and NOTICE and LICENSE files naming the project, where the files come
// from, and their licence. blocker, when set, is part of the error the case is
// expected to stop at, and why.
var cases = []struct {
	name    string
	blocker string
	why     string
}{
	{name: "connect-pg-simple"},
	{name: "graphile-worker"},
	{name: "ledgersmb"},
	{name: "openstreetmap-apidb"},
	{name: "pgtap"},
	{name: "powerdns"},
	{name: "river"},
	{name: "spamassassin"},
	{name: "spamassassin-bayes", blocker: "INSERT is not supported yet",
		why: "the file seeds a row: data statements stay errors in a desired state"},
	{name: "postgraphile-watch"},
}

// TestRealSchemas runs the three checks on every case; see the package doc.
func TestRealSchemas(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(root, "*"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, c := range cases {
		listed[c.name] = true
	}
	for _, d := range dirs {
		if !listed[filepath.Base(d)] {
			t.Errorf("%s is not in the table of cases", d)
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// Each case has databases of its own, and objects of no database
			// (roles, settings) are left alone: the cases can overlap.
			t.Parallel()
			dir := filepath.Join(root, c.name)
			for _, f := range []string{"NOTICE", "LICENSE"} {
				if m, _ := filepath.Glob(filepath.Join(dir, f+"*")); len(m) == 0 {
					t.Errorf("%s has no %s file", dir, f)
				}
			}
			r := &run{t: t, schema: filepath.Join(dir, "schema"), blocker: c.blocker}
			r.checks()
			if c.blocker != "" && !r.blocked {
				t.Errorf("expected blocker %q (%s) was not met: update the table of cases", c.blocker, c.why)
			}
		})
	}
}

// run is one case's checks; the first one that fails with the expected blocker ends
// them.
type run struct {
	t       *testing.T
	schema  string
	blocker string
	blocked bool
}

func (r *run) checks() {
	t := r.t
	ctx := context.Background()

	// (a) From an empty database: the plan applies and a second plan is empty.
	empty := pgtest.NewDatabase(t)
	res, ok := r.plan(empty, r.schema, "plan from an empty database")
	if !ok {
		return
	}
	if res.Plan.Empty() {
		t.Fatalf("plan from an empty database is empty")
	}
	if err := shadow.Apply(ctx, empty, res.Plan); err != nil {
		r.fail("apply the plan", err)
		return
	}
	if res, ok = r.plan(empty, r.schema, "second plan"); !ok {
		return
	}
	if !res.Plan.Empty() {
		t.Errorf("second plan is not empty:\n%s", res.Plan.SQL())
	}

	// (b) Against a database loaded with the same files by psql: nothing to do.
	loaded := pgtest.NewDatabase(t)
	if !r.psql(loaded) {
		return
	}
	if res, ok = r.plan(loaded, r.schema, "plan against the database psql loaded"); !ok {
		return
	}
	if !res.Plan.Empty() {
		t.Errorf("plan against the database psql loaded is not empty:\n%s", res.Plan.SQL())
	}

	// (c) Pull that database, then plan the pulled files against it: nothing to do.
	pulled := filepath.Join(t.TempDir(), "schema")
	opts := planner.Options{DevURL: pgtest.Server().ConnString("postgres")}
	if _, err := pull.Run(ctx, pull.Options{URL: loaded, Planner: opts, Dir: pulled}); err != nil {
		r.fail("pull", err)
		return
	}
	if res, ok = r.plan(loaded, pulled, "plan of the pulled files"); !ok {
		return
	}
	if !res.Plan.Empty() {
		t.Errorf("plan of the pulled files is not empty:\n%s", res.Plan.SQL())
	}
}

// plan runs the planner with the database at url as the current state and dir as
// the desired one.
func (r *run) plan(url, dir, what string) (*planner.Result, bool) {
	res, err := planner.Plan(context.Background(), planner.Options{DevURL: pgtest.Server().ConnString("postgres")},
		planner.URLSource(url), planner.SchemaSource(dir))
	if err != nil {
		r.fail(what, err)
		return nil, false
	}
	return res, true
}

// fail ends the checks: as expected when err carries the blocker, else as a failure.
func (r *run) fail(what string, err error) {
	r.t.Helper()
	if r.blocker != "" && strings.Contains(err.Error(), r.blocker) {
		r.blocked = true
		r.t.Logf("%s: expected blocker: %v", what, err)
		return
	}
	r.t.Errorf("%s: %v", what, err)
}

// psql runs the case's files, in name order, into the database at url the way a
// project's users load them: psql with ON_ERROR_STOP.
func (r *run) psql(url string) bool {
	t := r.t
	bin, err := exec.LookPath("psql")
	if err != nil {
		t.Skipf("no psql on PATH: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(r.schema, "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .sql files in %s: %v", r.schema, err)
	}
	sort.Strings(files)
	for _, f := range files {
		cmd := exec.Command(bin, "--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "--dbname", url, "--file", f)
		cmd.Env = append(os.Environ(), "PGOPTIONS=-c client_min_messages=warning")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("psql %s: %v\n%s", f, err, out)
			return false
		}
	}
	return true
}
