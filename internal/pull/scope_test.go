package pull

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/planner"
)

// TestPullScope pulls with --exclude-schema and --ignore: what is out of scope is
// not written, files of it already there stay, and plan with the same scope is
// empty.
func TestPullScope(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, `CREATE SCHEMA app; CREATE SCHEMA audit;
		CREATE TABLE app.users (id int PRIMARY KEY); CREATE TABLE app.tmp_import (x int);
		CREATE TABLE audit.log (at timestamptz); CREATE TABLE "Mixed Case" (id int)`)
	dir := filepath.Join(t.TempDir(), "schema")
	kept := filepath.Join(dir, "audit/tables/log.sql")
	writeFile(kept, []byte(Header+"\n\nCREATE TABLE audit.log (at timestamptz);\n"))
	writeFile(filepath.Join(dir, "audit/schema.sql"), []byte(Header+"\n\nCREATE SCHEMA audit;\n"))

	opts := sourceOptions(false)
	opts.Scope = planner.Scope{ExcludeSchemas: []string{"audit"}, Ignore: []string{"app.tmp_*"}}
	s, err := Run(context.Background(), Options{URL: db, Planner: opts, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	assertSummary(t, "scoped pull", s, &Summary{Written: []string{"app/schema.sql", "app/tables/users.sql", "public/tables/!mixed%20!case.sql"}})
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("a pulled file of an excluded schema was removed: %v", err)
	}
	result, err := planner.Plan(context.Background(), opts, planner.URLSource(db), planner.SchemaSource(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !result.Plan.Empty() {
		t.Errorf("plan with the same scope is not empty:\n%s", result.Plan.SQL())
	}
}
