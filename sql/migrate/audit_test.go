package migrate

import (
	"context"
	"fmt"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// Audit sees an edited applied file, an applied version whose file is gone, a
// failed row and pending files, and changes nothing.
func TestAudit(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	files := map[string]string{
		"V1__a.sql": "CREATE TABLE a (id int);\n",
		"V2__b.sql": "CREATE TABLE b (id int);\n",
		"V3__c.sql": "CREATE TABLE c (id int);\n",
	}
	mustMigrate(t, testConfig(url, mapLocation("sql", files)))

	fresh, err := New(testConfig(pgtest.NewDatabase(t), mapLocation("sql", files))).Audit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fresh.HasHistory || fresh.Version != "" || len(fresh.Problems) != 0 || len(fresh.Pending) != 3 {
		t.Errorf("empty database: history %v, version %q, problems %v, %d pending; want none, 3 pending",
			fresh.HasHistory, fresh.Version, fresh.Problems, len(fresh.Pending))
	}

	pgtest.Exec(t, url, `INSERT INTO flyway_schema_history VALUES (4, '4', 'd', 'SQL', 'V4__d.sql', 1, 'x', now(), 1, false)`)
	edited := map[string]string{
		"V1__a.sql": "CREATE TABLE a (id bigint);\n", // edited after it ran
		"V3__c.sql": files["V3__c.sql"],              // V2 removed
		"V5__e.sql": "CREATE TABLE e (id int);\n",    // pending
	}
	a, err := New(testConfig(url, mapLocation("sql", edited))).Audit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Problems {
		got = append(got, fmt.Sprintf("%s %s %s", p.Kind, p.Version, p.Script))
	}
	equalLines(t, "problems", got, []string{"changed 1 V1__a.sql", "missing 2 V2__b.sql", "failed 4 V4__d.sql"})
	if !a.HasHistory || a.Version != "3" || len(a.Pending) != 1 || a.Pending[0].Script != "V5__e.sql" {
		t.Errorf("history %v, version %q, pending %+v; want true, 3, V5__e.sql", a.HasHistory, a.Version, a.Pending)
	}
}
