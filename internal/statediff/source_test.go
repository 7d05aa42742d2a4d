package statediff

import (
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/sql/migrate"
)

func TestParseSource(t *testing.T) {
	const migrations = "../../examples/shop/sql"
	const schema = "../../examples/shop/schema"
	for _, tc := range []struct {
		spec string
		kind planner.SourceKind
		dirs string // the directories, comma separated
		err  string
	}{
		{spec: "postgres://app:secret@db/app", kind: planner.FromURL},
		{spec: "postgresql://db/app", kind: planner.FromURL},
		{spec: "host=db dbname=app", kind: planner.FromURL},
		{spec: schema, kind: planner.FromSchema, dirs: schema},
		{spec: migrations, kind: planner.FromMigrations, dirs: migrations},
		{spec: "schema:" + migrations, kind: planner.FromSchema, dirs: migrations},
		{spec: "migrations:" + migrations + "," + schema, kind: planner.FromMigrations, dirs: migrations + "," + schema},
		{spec: "migrations:", err: "no directory"},
		{spec: "schema:nowhere", err: "not a directory"},
		{spec: "nowhere", err: "neither a database URL"},
		{spec: migrations + "/V001__create_customers_and_catalog.sql", err: "is a file"},
	} {
		src, err := ParseSource(tc.spec, migrate.ReplayOptions{})
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.spec, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.spec, err)
			continue
		}
		dirs := src.Dir
		if src.Kind == planner.FromMigrations {
			dirs = strings.Join(src.Dirs, ",")
		}
		if src.Kind != tc.kind || dirs != tc.dirs {
			t.Errorf("%s: kind %d dirs %q, want %d %q", tc.spec, src.Kind, dirs, tc.kind, tc.dirs)
		}
	}
	if s := planner.URLSource("postgres://app:secret@db/app").String(); strings.Contains(s, "secret") {
		t.Errorf("a source shows its password: %s", s)
	}
}
