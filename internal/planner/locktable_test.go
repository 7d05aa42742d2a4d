package planner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// A schema that takes more locks to create than the server's lock table holds
// (400 tables with a primary key and a TOAST table: four new relations each,
// 1,600 locks; the lock table holds max_locks_per_transaction times the number
// of server processes, about 850 here) is rebuilt and planned: the rebuilds run
// in transactions of bounded size (rebuildTransactionSize, 400 locks here).
func TestRebuildWithinLockTable(t *testing.T) {
	ctx := context.Background()
	srv, err := pgtemp.StartWith(ctx, pgtemp.Options{
		BinDir:   pgtest.Server().BinDir(),
		Settings: []string{"max_locks_per_transaction=20", "max_connections=20"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Stop() })
	url, err := srv.CreateDatabase(ctx, "target")
	if err != nil {
		t.Fatal(err)
	}
	var ddl strings.Builder
	for i := range 400 {
		table := fmt.Sprintf("CREATE TABLE t%03d (id int PRIMARY KEY, note text);\n", i)
		pgtest.Exec(t, url, table) // one transaction would run out of locks too
		ddl.WriteString(table)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "schema.sql"), []byte(ddl.String()+"CREATE TABLE extra (id int);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	result, err := Plan(ctx, Options{DevURL: srv.ConnString("postgres")}, URLSource(url), SchemaSource(dir))
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	if st := result.Plan.Statements(); len(st) != 1 || !strings.HasPrefix(st[0].SQL, "CREATE TABLE public.extra (") {
		t.Errorf("plan: want the one CREATE TABLE public.extra, got:\n%s", result.Plan.SQL())
	}
}
