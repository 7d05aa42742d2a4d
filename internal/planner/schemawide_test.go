package planner

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
)

// schemaWideDir holds a realistic multi-schema database (source.sql) and the roles
// its grants and policies name.
const schemaWideDir = "../../testdata/schemawide"

// TestSchemaWide takes pg_dump --schema-only of a realistic multi-schema database
// as the desired state: it must plan nothing against the database it was dumped
// from, and a plan from an empty database must converge to the same catalog.
func TestSchemaWide(t *testing.T) {
	createRoles(t, schemaWideDir)
	source := pgtest.NewDatabase(t)
	pgtest.Exec(t, source, readFile(t, filepath.Join(schemaWideDir, "source.sql")))
	schemaDir := dumpSchema(t, source)

	t.Run("against itself", func(t *testing.T) {
		result := runPlanner(t, source, schemaDir)
		if !result.Plan.Empty() {
			t.Errorf("plan of the dump against the database it was dumped from is not empty:\n%s", result.Plan.SQL())
		}
		if len(result.Parsed.Notices) == 0 {
			t.Errorf("no parser notices: the SET lines pg_dump writes should be reported as skipped")
		}
	})

	t.Run("from empty", func(t *testing.T) {
		target := pgtest.NewDatabase(t)
		result := runPlanner(t, target, schemaDir)
		if result.Plan.Empty() {
			t.Fatalf("empty plan from an empty database")
		}
		if err := shadow.Apply(context.Background(), target, result.Plan); err != nil {
			t.Fatalf("applying the plan: %v\nplan:\n%s", err, result.Plan.SQL())
		}
		if again := runPlanner(t, target, schemaDir); !again.Plan.Empty() {
			t.Errorf("second plan is not empty:\n%s", again.Plan.SQL())
		}
		assertSameCatalog(t, target, source, false)
	})
}

// dumpSchema writes pg_dump --schema-only --no-owner of the database at url into
// dump.sql in a new temporary directory and returns the directory.
func dumpSchema(t *testing.T, url string) string {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "dump.sql")
	pgDump := filepath.Join(pgtest.Server().BinDir(), "pg_dump")
	cmd := exec.Command(pgDump, "--schema-only", "--no-owner", "--file", out, "--dbname", url)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pg_dump: %v\n%s", err, b)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Fatalf("pg_dump wrote no dump (%v)", err)
	}
	return dir
}
