package planner

import (
	"context"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

// TestDefineExample checks the per-object definitions of the bundled example: every
// table gets one, holding its own indexes and comments, and the untouched public
// schema none.
func TestDefineExample(t *testing.T) {
	result, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres")},
		MigrationsSource([]string{"../../examples/shop/sql"}, migrate.ReplayOptions{}), SchemaSource("../../examples/shop/schema"))
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	defs, err := emitter.Define(result.Base, result.Desired)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, d := range defs {
		byName[d.Object.String()] = d.SQL
		t.Logf("%s:\n%s", d.Object, d.SQL)
	}
	if _, ok := byName["schema public"]; ok {
		t.Errorf("the public schema got a definition although the example leaves it as created")
	}
	for name := range result.Desired.Tables {
		sql, ok := byName["table "+name.String()]
		if !ok {
			t.Errorf("table %s has no definition", name)
			continue
		}
		if !strings.HasPrefix(sql, "CREATE TABLE ") {
			t.Errorf("table %s: definition starts %q", name, sql[:min(40, len(sql))])
		}
		for _, ix := range result.Desired.Tables[name].Indexes {
			if !strings.Contains(sql, ix.Name) {
				t.Errorf("table %s: index %s is not in its definition", name, ix.Name)
			}
		}
	}
	diffs := review.DiffDefinitions(defs, defs, "a", "b")
	if len(diffs) != 0 {
		t.Errorf("a state differs from itself: %+v", diffs)
	}
}
