package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// driftMigrations is the drift package's fixture: four migrations with tables,
// a view, a function, an index and a comment.
const driftMigrations = "../../internal/drift/testdata/drift/migrations"

// migratedCopy copies the fixture into a new directory and migrates a new
// database with it up to target ("" for all); the database's URL carries a
// password (ignored by the test server) that must never be printed.
func migratedCopy(t *testing.T, target string) (url, dir string) {
	t.Helper()
	dir = t.TempDir()
	entries, err := os.ReadDir(driftMigrations)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(driftMigrations, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, dir, map[string]string{e.Name(): string(b)})
	}
	url = strings.Replace(pgtest.NewDatabase(t), "postgres://postgres@", "postgres://postgres:hunter2@", 1)
	args := []string{"migrate", "--url", url, "--migrations", dir}
	if target != "" {
		args = append(args, "--target", target)
	}
	if code, stdout, stderr := pgshape(t, args...); code != 0 {
		t.Fatalf("migrate: exit %d\n%s%s", code, stdout, stderr)
	}
	return url, dir
}

// handEdit makes, by hand, the changes of the drift package's handmade.sql.
func handEdit(t *testing.T, url string) {
	t.Helper()
	pgtest.Exec(t, url, `DO $$ BEGIN CREATE ROLE drift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$`)
	b, err := os.ReadFile("../../internal/drift/testdata/drift/handmade.sql")
	if err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, url, string(b))
}

func runDrift(t *testing.T, url, dir string, more ...string) (int, string, string) {
	t.Helper()
	code, stdout, stderr := pgshape(t, append([]string{"drift", "--url", url, "--migrations", dir, "--dev-url", devURL()}, more...)...)
	if strings.Contains(stdout+stderr, "hunter2") {
		t.Errorf("the password is printed:\n%s%s", stdout, stderr)
	}
	return code, stdout, stderr
}

func TestDriftCleanAndBehind(t *testing.T) {
	url, dir := migratedCopy(t, "")
	if code, stdout, stderr := runDrift(t, url, dir); code != 0 || !strings.HasPrefix(stdout, "No drift: ") {
		t.Errorf("clean database: exit %d\n%s%s", code, stdout, stderr)
	}
	url, dir = migratedCopy(t, "2")
	code, stdout, stderr := runDrift(t, url, dir)
	if code != 0 || !strings.HasPrefix(stdout, "No drift: ") || !strings.Contains(stdout, "up to version 2") ||
		!strings.Contains(stdout, "Pending") || !strings.Contains(stdout, "V3__customer_index.sql") || !strings.Contains(stdout, "V4__comments.sql") {
		t.Errorf("two versions behind: exit %d, want 0 with V3 and V4 pending\n%s%s", code, stdout, stderr)
	}
}

func TestDriftNamesEveryHandChange(t *testing.T) {
	url, dir := migratedCopy(t, "")
	handEdit(t, url)
	pgtest.Exec(t, url, `UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'`)

	code, stdout, stderr := runDrift(t, url, dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"changed by hand: table public.customers", "+    phone text",
		"changed by hand: table public.orders", "+CREATE INDEX orders_total_cents_idx", "+GRANT SELECT ON TABLE public.orders TO drift_reader",
		"dropped by hand: view public.order_totals",
		"changed by hand: function public.order_count(customer bigint)", "total_cents > 0",
		"changed: version 1 (V1__tables.sql)", "checksum: applied 42",
		"postgres://postgres:xxxxx@",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text report lacks %q:\n%s", want, stdout)
		}
	}

	code, stdout, _ = runDrift(t, url, dir, "--format", "json")
	var report struct {
		Format  int  `json:"format"`
		Drifted bool `json:"drifted"`
		Objects []struct {
			Object, Status string
		} `json:"objects"`
		History []struct {
			Problem, Version string
		} `json:"history"`
		Pending []any `json:"pending"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("exit %d, JSON: %v\n%s", code, err, stdout)
	}
	var objects []string
	for _, o := range report.Objects {
		objects = append(objects, o.Status+" "+o.Object)
	}
	want := "changed function public.order_count(customer bigint), changed table public.customers, changed table public.orders, dropped view public.order_totals"
	if code != 1 || report.Format != 1 || !report.Drifted || strings.Join(objects, ", ") != want ||
		len(report.History) != 1 || report.History[0].Problem != "changed" || report.History[0].Version != "1" || report.Pending == nil {
		t.Errorf("JSON: exit %d, %+v; want objects %s, version 1 changed, pending []", code, report, want)
	}
}

// --fix writes the repair as the next migration; refused while it has
// hazards that are not allowed; migrated, it leaves no drift.
func TestDriftFix(t *testing.T) {
	url, dir := migratedCopy(t, "")
	handEdit(t, url)
	code, stdout, stderr := runDrift(t, url, dir, "--fix", "undo hotfix")
	if code != 2 || !strings.Contains(stderr, "refused") || !strings.Contains(stderr, "data-loss") {
		t.Fatalf("--fix without --allow-hazards: exit %d, want 2 and a refusal\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runDrift(t, url, dir, "--fix", "undo hotfix", "--allow-hazards", "all")
	if code != 0 || !strings.Contains(stdout, "V5__undo_hotfix.sql") {
		t.Fatalf("--fix: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := pgshape(t, "migrate", "--url", url, "--migrations", dir); code != 0 {
		t.Fatalf("migrate the fix: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := runDrift(t, url, dir); code != 0 {
		t.Errorf("after the fix: exit %d, want 0\n%s%s", code, stdout, stderr)
	}
}

func TestDriftUsage(t *testing.T) {
	for _, args := range [][]string{
		{"drift", "--url", "postgres://x@/db", "--format", "yaml"},
		{"drift", "--migrations", driftMigrations},
	} {
		if code, _, stderr := pgshape(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", args, code, stderr)
		}
	}
}

// drift takes the URL, locations, placeholders and history table from a
// configuration file, as plan and migrate do; a history table of another name
// is not taken for an object added by hand.
func TestDriftWithConfigFile(t *testing.T) {
	db := pgtest.NewDatabase(t)
	project(t, map[string]string{
		"conf/dev.conf": "flyway.url=" + db + "\nflyway.password=Conf-Pw-7\nflyway.locations=filesystem:db/migrations\n" +
			"flyway.table=app_history\nflyway.placeholders.Note=from config\n",
		"db/migrations/V1__t.sql": "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS '${note}';\n",
	})
	mustRun(t, 0, "migrate", "--config", "conf/dev.conf")
	stdout, stderr := mustRun(t, 0, "drift", "--config", "conf/dev.conf", "--dev-url", devURL())
	if !strings.HasPrefix(stdout, "No drift: ") || !strings.Contains(stdout, "db/migrations up to version 1") {
		t.Errorf("clean: %s%s", stdout, stderr)
	}
	pgtest.Exec(t, db, "COMMENT ON TABLE t IS 'by hand'")
	stdout, stderr = mustRun(t, 1, "drift", "--config", "conf/dev.conf", "--dev-url", devURL())
	if !strings.Contains(stdout, "-COMMENT ON TABLE public.t IS 'from config';\n+COMMENT ON TABLE public.t IS 'by hand';") {
		t.Errorf("a comment changed by hand: %s%s", stdout, stderr)
	}
	if strings.Contains(stdout+stderr, "Conf-Pw-7") {
		t.Errorf("the password was printed:\n%s%s", stdout, stderr)
	}
}
