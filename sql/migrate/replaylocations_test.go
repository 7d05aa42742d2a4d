package migrate

import (
	"context"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// ReplayLocations merges the locations and replaces placeholders, built-ins
// included, as Migrate does.
func TestReplayLocations(t *testing.T) {
	ctx := context.Background()
	conn := connectTest(t, pgtest.NewDatabase(t))
	locs := []Location{
		mapLocation("sql", map[string]string{
			"V1__schema.sql": "CREATE SCHEMA ${app};\n",
			"V3__view.sql":   "CREATE VIEW ${app}.v AS SELECT id, '${flyway:defaultSchema}' AS home FROM ${app}.t;\n",
			"R__grant.sql":   "COMMENT ON VIEW ${app}.v IS '${Note}';\n",
		}),
		mapLocation("sql-local", map[string]string{"V2__table.sql": "CREATE TABLE ${app}.t (id int);\n"}),
	}
	err := ReplayLocations(ctx, conn, locs, ReplayOptions{})
	if err == nil || !strings.Contains(err.Error(), "no value for placeholder ${app}") {
		t.Fatalf("without placeholders: %v; want a missing placeholder", err)
	}
	conn = connectTest(t, pgtest.NewDatabase(t))
	if err := ReplayLocations(ctx, conn, locs, ReplayOptions{Placeholders: map[string]string{"APP": "shop", "note": "hi"}}); err != nil {
		t.Fatal(err)
	}
	var def, note string
	if err := conn.QueryRow(ctx, "SELECT pg_get_viewdef('shop.v'::regclass), obj_description('shop.v'::regclass)").Scan(&def, &note); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(def, "'public'") || note != "hi" {
		t.Errorf("view %q, comment %q; want ${flyway:defaultSchema} = public and comment hi", def, note)
	}
}

// With Schemas, the replay creates them and puts the default schema first on
// the search path, as Migrate does.
func TestReplayLocationsSchemas(t *testing.T) {
	ctx := context.Background()
	conn := connectTest(t, pgtest.NewDatabase(t))
	locs := []Location{mapLocation("sql", map[string]string{"V1__t.sql": "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS '${flyway:defaultSchema}';\n"})}
	if err := ReplayLocations(ctx, conn, locs, ReplayOptions{Schemas: []string{"app", "audit"}}); err != nil {
		t.Fatal(err)
	}
	var note string
	var audit bool
	if err := conn.QueryRow(ctx, "SELECT obj_description('app.t'::regclass), to_regnamespace('audit') IS NOT NULL").Scan(&note, &audit); err != nil {
		t.Fatal(err)
	}
	if note != "app" || !audit {
		t.Errorf("comment %q, schema audit created %v; want app, true", note, audit)
	}
}

// With a target, the replay stops at that version (repeatables still run after
// it); ReplayNothing replays no file at all; skipped files are left out.
func TestReplayLocationsTarget(t *testing.T) {
	ctx := context.Background()
	locs := []Location{mapLocation("sql", map[string]string{
		"V1__a.sql":   "CREATE TABLE a (id int);\n",
		"V1_1__b.sql": "CREATE TABLE b (id int);\n",
		"V2__c.sql":   "CREATE TABLE c (id int);\n",
		"R__note.sql": "COMMENT ON TABLE a IS 'r';\n",
		"V10__d.sql":  "CREATE TABLE d (id int);\n",
	})}
	for _, tc := range []struct {
		target string
		want   string // tables, comma separated
	}{
		{"", "a,b,c,d"},
		{"latest", "a,b,c,d"},
		{"1.1", "a,b"},
		{"2", "a,b,c"},
		{"1", "a"},
		{ReplayNothing, ""},
	} {
		conn := connectTest(t, pgtest.NewDatabase(t))
		if err := ReplayLocations(ctx, conn, locs, ReplayOptions{Target: tc.target}); err != nil {
			t.Fatalf("target %q: %v", tc.target, err)
		}
		var got string
		if err := conn.QueryRow(ctx, "SELECT coalesce(string_agg(relname, ',' ORDER BY relname), '') FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace").Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("target %q: tables %q, want %q", tc.target, got, tc.want)
		}
	}
	conn := connectTest(t, pgtest.NewDatabase(t))
	if err := ReplayLocations(ctx, conn, locs, ReplayOptions{Target: "2", Skip: []string{"V1_1__b.sql"}}); err != nil {
		t.Fatal(err)
	}
	if exists(t, conn, "b") || !exists(t, conn, "c") {
		t.Errorf("V1_1__b.sql skipped: table b exists %v, c %v; want false, true", exists(t, conn, "b"), exists(t, conn, "c"))
	}
	conn = connectTest(t, pgtest.NewDatabase(t))
	if err := ReplayLocations(ctx, conn, locs, ReplayOptions{Target: "x.y"}); err == nil {
		t.Errorf("target x.y: no error")
	}
}
