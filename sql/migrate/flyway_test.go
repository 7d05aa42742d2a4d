package migrate

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// A history written by Flyway is read, validated and continued. As with Flyway,
// the default schema (the first of the schemas) is first on the search path.
func TestFlywayWrittenHistory(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	ddl, err := os.ReadFile(filepath.Join("testdata", "flyway", "history.sql"))
	if err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, url, string(ddl))
	cfg := testConfig(url, Location{Name: "sql", FS: os.DirFS(filepath.Join("testdata", "flyway", "sql"))})
	cfg.Schemas = []string{"app"}
	cfg.IgnoreMigrationPatterns = []string{"*:pending"}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	equalLines(t, "info", infoStates(t, cfg), []string{
		`"app" success`, "1 baseline", "2 success", "1 below_baseline", "3 pending", "R__v.sql pending",
	})
	cfg.IgnoreMigrationPatterns = nil
	sum := mustMigrate(t, cfg)
	if len(sum.Applied) != 2 || sum.InitialVersion != "2" || sum.Version != "3" {
		t.Errorf("summary %+v", sum)
	}
	equalLines(t, "history", historyRows(t, conn, "app.flyway_schema_history"), []string{
		`0|<null>|<< Flyway Schema Creation >>|SCHEMA|"app"|true`,
		"1|1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|true",
		"2|2|t|SQL|V2__t.sql|true",
		"3|3|u|SQL|V3__u.sql|true",
		"4|<null>|v|SQL|R__v.sql|true",
	})
	if !exists(t, conn, "app.u") || !exists(t, conn, "app.v") {
		t.Error("app.u or app.v missing")
	}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate after migrate: %v", err)
	}
	// Rows of types other editions write are read without complaint.
	pgtest.Exec(t, url, `INSERT INTO app.flyway_schema_history (installed_rank, version, description, type, script, checksum,
		installed_by, execution_time, success) VALUES (5, '9', 'undo later', 'UNDO_SQL', 'U9__later.sql', 1, 'flyway', 1, true)`)
	equalLines(t, "info", infoStates(t, cfg)[5:], []string{"9 future", "1 below_baseline"})
}
