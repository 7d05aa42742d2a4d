package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// A misnamed file is a note by default and an error with
// ValidateMigrationNaming, as in Flyway; callbacks are not misnamed files.
func TestValidateMigrationNaming(t *testing.T) {
	loc := mapLocation("sql", map[string]string{
		"V1__users.sql":    "CREATE TABLE users (id int);\n",
		"V2_typo.sql":      "CREATE TABLE typo (id int);\n",
		"afterMigrate.sql": "SELECT 1;\n",
	})
	url := pgtest.NewDatabase(t)

	var notes []string
	cfg := testConfig(url, loc)
	cfg.Logf = func(format string, args ...any) { notes = append(notes, fmt.Sprintf(format, args...)) }
	mustMigrate(t, cfg)
	if got := strings.Join(notes, "\n"); !strings.Contains(got, "skipped V2_typo.sql") {
		t.Errorf("notes %q lack the skipped file", got)
	}

	cfg.ValidateMigrationNaming = true
	_, err := New(cfg).Migrate(context.Background())
	if !errors.Is(err, ErrMigrationNaming) || !strings.Contains(err.Error(), "V2_typo.sql") || strings.Contains(err.Error(), "afterMigrate") {
		t.Fatalf("Migrate with ValidateMigrationNaming: %v; want ErrMigrationNaming naming V2_typo.sql only", err)
	}
}

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
