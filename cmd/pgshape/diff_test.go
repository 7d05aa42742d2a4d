package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

const (
	shopSchema     = "../../examples/shop/schema"
	shopMigrations = "../../examples/shop/sql"
	offlineCases   = "../../internal/statediff/testdata/offline"
)

// The example's schema is one step ahead of its migrations: diff shows the
// tables the next migration would change, from the migrations to the schema.
func TestDiffMigrationsAgainstSchema(t *testing.T) {
	code, stdout, stderr := pgshape(t, "diff", "--from", shopMigrations, "--to", shopSchema, "--dev-url", devURL())
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"3 objects differ from migrations " + shopMigrations + " to schema " + shopSchema,
		"changed: table public.customers", "changed: table public.orders", "added: table public.reviews",
		"--- migrations " + shopMigrations, "+++ schema " + shopSchema,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	// The same directories read explicitly, and a state against itself.
	code, stdout, stderr = pgshape(t, "diff", "--from", "migrations:"+shopMigrations, "--to", "migrations:"+shopMigrations, "--dev-url", devURL())
	if code != 0 || !strings.HasPrefix(stdout, "No difference") {
		t.Errorf("migrations against themselves: exit %d\n%s%s", code, stdout, stderr)
	}
}

// A database built from the schema files by hand, then changed, against the
// schema: only the change shows, spelled the way PostgreSQL stores it.
func TestDiffURLAgainstSchema(t *testing.T) {
	url := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"t.sql": "create table t (id integer primary key, note varchar(10));\ncreate view v as select id from t;"})
	pgtest.Exec(t, url, "CREATE TABLE t (id int4 PRIMARY KEY, note character varying(10)); CREATE VIEW v AS SELECT * FROM t")
	code, stdout, stderr := pgshape(t, "diff", "--from", url, "--to", dir, "--dev-url", devURL(), "--format", "json")
	var result struct {
		Format  int    `json:"format"`
		Differs bool   `json:"differs"`
		To      string `json:"to"`
		Objects []struct {
			Object, Status, Diff string
		} `json:"objects"`
	}
	if err := json.Unmarshal([]byte(stdout), &result); err != nil {
		t.Fatalf("exit %d, JSON %v\n%s%s", code, err, stdout, stderr)
	}
	// SELECT * in the database spelled out both columns; the schema's view has one.
	// (PostgreSQL 16 and later print a one-table view's columns unqualified.)
	droppedNote := regexp.MustCompile(`(?m)^-\s+(t\.)?note$`)
	if len(result.Objects) != 1 || result.Objects[0].Object != "view public.v" || !droppedNote.MatchString(result.Objects[0].Diff) {
		t.Errorf("exit %d, %+v; want only view public.v changed", code, result)
	}
	if code != 1 || result.Format != 1 || !result.Differs || result.To != "schema "+dir {
		t.Errorf("exit %d, format %d, differs %v, to %q", code, result.Format, result.Differs, result.To)
	}
	pgtest.Exec(t, url, "DROP VIEW v; CREATE VIEW v AS SELECT id FROM t")
	if code, stdout, stderr := pgshape(t, "diff", "--from", url, "--to", dir, "--dev-url", devURL()); code != 0 {
		t.Errorf("after the view is fixed: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestDiffOffline(t *testing.T) {
	code, stdout, stderr := pgshape(t, "diff", "--offline", "--from", offlineCases+"/base", "--to", offlineCases+"/changed")
	if code != 1 || !strings.Contains(stdout, "note: offline:") || !strings.Contains(stdout, "changed: table public.customers") ||
		!strings.Contains(stdout, "phone text") || strings.Contains(stdout, "spelling only") {
		t.Errorf("a real difference: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = pgshape(t, "diff", "--offline", "--from", offlineCases+"/base", "--to", offlineCases+"/respelled", "--format", "markdown")
	if code != 1 || !strings.Contains(stdout, "may be spelling only") || !strings.Contains(stdout, "```diff") {
		t.Errorf("a spelling-only difference: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = pgshape(t, "diff", "--offline", "--from", "schema:"+shopSchema, "--to", shopSchema)
	if code != 0 {
		t.Errorf("a directory against itself: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestDiffUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"diff", "--offline", "--from", shopMigrations, "--to", shopSchema}, "--offline compares two schema directories"},
		{[]string{"diff", "--offline", "--from", "postgres://x@/db", "--to", shopSchema}, "--offline compares two schema directories"},
		{[]string{"diff", "--from", shopSchema}, "--from and --to"},
		{[]string{"diff", "--from", shopSchema, "--to", "nowhere"}, "neither a database URL"},
		{[]string{"diff", "--from", shopSchema, "--to", shopSchema, "--format", "yaml"}, "--format"},
	} {
		code, _, stderr := pgshape(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}
