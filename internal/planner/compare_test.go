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

// The example's schema files and its migrations replayed are the same state;
// the migrations replayed only up to V002 lack what V003 adds; a database built
// from the schema by hand, with a column more, differs by that column only.
func TestCompareSources(t *testing.T) {
	ctx := context.Background()
	opts := Options{DevURL: pgtest.Server().ConnString("postgres")}
	schemaDir := "../../examples/shop/schema"
	migrations := []string{"../../examples/shop/sql"}
	diffOf := func(from, to Source) []review.ObjectDiff {
		t.Helper()
		c, err := Compare(ctx, opts, from, to)
		if err != nil {
			t.Fatalf("compare %s with %s: %v", from, to, err)
		}
		a, err := emitter.Define(c.Base, c.From)
		if err != nil {
			t.Fatal(err)
		}
		b, err := emitter.Define(c.Base, c.To)
		if err != nil {
			t.Fatal(err)
		}
		return review.DiffDefinitions(a, b, "from", "to")
	}
	// The example's schema is one step ahead of its migrations (the plan of the
	// README): two tables changed, one added.
	if got, want := summary(diffOf(MigrationsSource(migrations, migrate.ReplayOptions{}), SchemaSource(schemaDir))),
		"changed table public.customers, changed table public.orders, added table public.reviews"; got != want {
		t.Errorf("migrations vs schema: %s, want %s", got, want)
	}
	behind := diffOf(MigrationsSource(migrations, migrate.ReplayOptions{Target: "2"}), SchemaSource(schemaDir))
	if len(behind) == 0 {
		t.Errorf("migrations up to V002 vs schema: no difference, want what V003 adds")
	}

	url := pgtest.NewDatabase(t)
	c, err := Compare(ctx, opts, MigrationsSource(migrations, migrate.ReplayOptions{}), URLSource(url))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.To.Tables) != 0 || len(c.From.Tables) == 0 {
		t.Errorf("an empty database: %d tables, migrations %d; want 0 and some", len(c.To.Tables), len(c.From.Tables))
	}
	pgtest.Exec(t, url, "CREATE TABLE t (id int)")
	got := diffOf(SchemaSource(schemaDir), URLSource(url))
	if s := summary(got); !strings.Contains(s, "added table public.t") || strings.Contains(s, "changed") {
		t.Errorf("schema vs a database holding one table: %s, want table public.t added and the rest dropped", s)
	}
}

func summary(diffs []review.ObjectDiff) string {
	var s []string
	for _, d := range diffs {
		s = append(s, string(d.Status)+" "+d.Object.String())
	}
	return strings.Join(s, ", ")
}
