package drift

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/sql/migrate"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const migrationsDir = "testdata/drift/migrations"

// runnerConfig is a runner on the migrations of dirs for the database at url.
func runnerConfig(url string, dirs ...string) migrate.Config {
	cfg := migrate.Config{Connect: func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, url) }}
	for _, d := range dirs {
		cfg.Locations = append(cfg.Locations, migrate.Location{Name: d, FS: os.DirFS(d)})
	}
	return cfg
}

// migrated returns a database migrated up to target ("" for all) from dirs.
func migrated(t *testing.T, target string, dirs ...string) string {
	t.Helper()
	url := pgtest.NewDatabase(t)
	cfg := runnerConfig(url, dirs...)
	cfg.Target = target
	if _, err := migrate.New(cfg).Migrate(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return url
}

func newRunner(url string, dirs ...string) *migrate.Runner {
	return migrate.New(runnerConfig(url, dirs...))
}

func options(url string, dirs ...string) Options {
	return Options{
		Planner: planner.Options{DevURL: pgtest.Server().ConnString("postgres")}, URL: url, MigrationsDirs: dirs,
		Runner: newRunner(url, dirs...),
	}
}

func check(t *testing.T, opts Options) *Report {
	t.Helper()
	r, err := Check(context.Background(), opts)
	if err != nil {
		t.Fatalf("drift: %v", err)
	}
	return r
}

// objects lists the report's objects as "status object".
func objects(r *Report) string {
	var s []string
	for _, o := range r.Objects {
		s = append(s, string(o.Status)+" "+o.Object.String())
	}
	return strings.Join(s, "\n")
}

// A database migrated and left alone has no drift.
func TestCheckClean(t *testing.T) {
	r := check(t, options(migrated(t, "", migrationsDir), migrationsDir))
	if r.Drifted() || len(r.Objects) != 0 || len(r.Pending) != 0 || r.Expected.Version != "4" {
		t.Errorf("clean database: drifted %v, objects:\n%s\npending %d, version %q; want no drift at version 4",
			r.Drifted(), objects(r), len(r.Pending), r.Expected.Version)
	}
}

// A database two versions behind is compared with the migrations up to its
// version: not drifted, two files pending.
func TestCheckBehind(t *testing.T) {
	r := check(t, options(migrated(t, "2", migrationsDir), migrationsDir))
	var pending []string
	for _, p := range r.Pending {
		pending = append(pending, p.Script)
	}
	if r.Drifted() || r.Expected.Version != "2" || strings.Join(pending, ",") != "V3__customer_index.sql,V4__comments.sql" {
		t.Errorf("behind: drifted %v (objects:\n%s\nhistory %v), version %q, pending %v; want no drift at 2, V3 and V4 pending",
			r.Drifted(), objects(r), r.History, r.Expected.Version, pending)
	}
}

// handEdit makes the changes of testdata/drift/handmade.sql to the database.
func handEdit(t *testing.T, url string) {
	t.Helper()
	pgtest.Exec(t, url, `DO $$ BEGIN CREATE ROLE drift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$`)
	sql, err := os.ReadFile("testdata/drift/handmade.sql")
	if err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, url, string(sql))
}

// Every change made by hand is named, and an applied file edited since (its
// checksum in the history no longer matches) is a history problem.
func TestCheckHandChanges(t *testing.T) {
	url := migrated(t, "", migrationsDir)
	handEdit(t, url)
	pgtest.Exec(t, url, `UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'`)
	r := check(t, options(url, migrationsDir))
	want := strings.Join([]string{
		"changed function public.order_count(customer bigint)",
		"changed table public.customers",
		"changed table public.orders",
		"dropped view public.order_totals",
	}, "\n")
	if got := objects(r); got != want {
		t.Errorf("objects:\n%s\nwant:\n%s", got, want)
	}
	for _, part := range []string{"+    phone text", "+CREATE INDEX orders_total_cents_idx", "+GRANT SELECT ON TABLE public.orders TO drift_reader", "total_cents > 0"} {
		if !strings.Contains(unified(r), part) {
			t.Errorf("the diffs do not show %q:\n%s", part, unified(r))
		}
	}
	if len(r.History) != 1 || r.History[0].Kind != migrate.ProblemChanged || r.History[0].Version != "1" {
		t.Errorf("history: %+v; want version 1 changed", r.History)
	}
	if !r.Drifted() {
		t.Errorf("not drifted")
	}
	r.Database = "postgres://app:xxxxx@db.example/shop"
	goldens(t, r)
}

func unified(r *Report) string {
	var b strings.Builder
	for _, o := range r.Objects {
		b.WriteString(o.Unified)
	}
	return b.String()
}

// goldenMajor is the PostgreSQL major of the golden reports (see
// internal/planner's): other majors print some definitions differently.
const goldenMajor = 15

// goldens compares the three renderings of r with testdata/drift/report.*.
func goldens(t *testing.T, r *Report) {
	t.Helper()
	for _, f := range []struct {
		file  string
		write func(*bytes.Buffer, *Report) error
	}{
		{"report.txt", func(b *bytes.Buffer, r *Report) error { return WriteText(b, r) }},
		{"report.json", func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) }},
		{"report.md", func(b *bytes.Buffer, r *Report) error { return WriteMarkdown(b, r) }},
	} {
		var got bytes.Buffer
		if err := f.write(&got, r); err != nil {
			t.Fatal(err)
		}
		if m := pgtest.Server().Major(); m != goldenMajor {
			t.Logf("%s: not compared on PostgreSQL %d (the goldens are %d's)", f.file, m, goldenMajor)
			continue
		}
		path := filepath.Join("testdata", "drift", f.file)
		if *update {
			if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s:\n%s\nwant:\n%s", f.file, got.String(), want)
		}
	}
}

// With a schema directory as the expected state, the history is not read:
// the same hand changes are drift, an edited checksum is not looked at.
func TestCheckAgainstSchema(t *testing.T) {
	url := migrated(t, "", migrationsDir)
	opts := Options{Planner: planner.Options{DevURL: pgtest.Server().ConnString("postgres")}, URL: url, SchemaDir: "testdata/drift/schema"}
	if r := check(t, opts); r.Drifted() || r.Expected.Source != SourceSchema {
		t.Errorf("migrated database against its schema: drifted %v, source %q, objects:\n%s", r.Drifted(), r.Expected.Source, objects(r))
	}
	handEdit(t, url)
	pgtest.Exec(t, url, `UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'`)
	r := check(t, opts)
	want := "changed function public.order_count(customer bigint)\nchanged table public.customers\nchanged table public.orders\ndropped view public.order_totals"
	if got := objects(r); got != want || len(r.History) != 0 || len(r.Pending) != 0 {
		t.Errorf("objects:\n%s\nhistory %v, pending %d; want:\n%s\nand no history", got, r.History, len(r.Pending), want)
	}
}

// A file added below the database's version after it was migrated is never
// applied (outOfOrder off): a history problem, while its objects are not
// expected in the database.
func TestCheckIgnoredFile(t *testing.T) {
	dir := copyDir(t, migrationsDir)
	v3 := filepath.Join(dir, "V3__customer_index.sql")
	content, err := os.ReadFile(v3)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(v3); err != nil {
		t.Fatal(err)
	}
	url := migrated(t, "", dir)
	if err := os.WriteFile(v3, content, 0o644); err != nil {
		t.Fatal(err)
	}
	r := check(t, options(url, dir))
	if len(r.Objects) != 0 || len(r.History) != 1 || r.History[0].Kind != migrate.ProblemIgnored || r.History[0].Version != "3" {
		t.Errorf("objects:\n%s\nhistory %+v; want no object, version 3 ignored", objects(r), r.History)
	}
}

// An index left invalid by a failed CREATE INDEX CONCURRENTLY is drift: queries do
// not use it, though the migrations made a valid one.
func TestCheckInvalidIndex(t *testing.T) {
	url := migrated(t, "", migrationsDir)
	pgtest.Exec(t, url, `UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_customer_id_idx'::regclass`)
	r := check(t, options(url, migrationsDir))
	if got := objects(r); got != "changed table public.orders" {
		t.Errorf("objects:\n%s\nwant: changed table public.orders", got)
	}
	if !strings.Contains(unified(r), "+-- INVALID") {
		t.Errorf("the diff does not show the index is invalid:\n%s", unified(r))
	}
}
