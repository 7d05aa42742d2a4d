package planner

import (
	"context"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
)

// A materialized view declared WITH NO DATA is created unpopulated, also when a
// change of its query recreates it. Whether it holds rows is never compared: a
// database where it was refreshed since, or a declaration without the clause,
// plans nothing.
func TestMaterializedViewWithNoData(t *testing.T) {
	const table = "CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);\n"
	noData := writeSchema(t, table+"CREATE MATERIALIZED VIEW totals AS SELECT sum(total) AS total FROM orders WITH NO DATA;\n")
	withData := writeSchema(t, table+"CREATE MATERIALIZED VIEW totals AS SELECT sum(total) AS total FROM orders;\n")
	changed := writeSchema(t, table+"CREATE MATERIALIZED VIEW totals AS SELECT sum(total) AS total, count(*) AS n FROM orders WITH NO DATA;\n")

	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, table)
	populated := func() string {
		return queryText(t, db, "SELECT relispopulated::text FROM pg_class WHERE oid = 'public.totals'::regclass")[0][0]
	}
	apply := func(schemaDir string) {
		t.Helper()
		if err := shadow.Apply(context.Background(), db, runPlanner(t, db, schemaDir).Plan); err != nil {
			t.Fatal(err)
		}
	}
	apply(noData)
	if got := populated(); got != "false" {
		t.Errorf("created WITH NO DATA: relispopulated %s, want false", got)
	}
	for _, dir := range []string{noData, withData} {
		if again := runPlanner(t, db, dir); !again.Plan.Empty() {
			t.Errorf("unpopulated, against %s: plan\n%s", dir, again.Plan.SQL())
		}
	}
	pgtest.Exec(t, db, "REFRESH MATERIALIZED VIEW totals")
	if again := runPlanner(t, db, noData); !again.Plan.Empty() {
		t.Errorf("refreshed since: plan\n%s", again.Plan.SQL())
	}
	apply(changed)
	if got := populated(); got != "false" {
		t.Errorf("recreated for a new query: relispopulated %s, want false", got)
	}
}
