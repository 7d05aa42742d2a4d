package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// TestPullThenGenerate is the workflow pull is for: the example migrated into a
// database, pulled, changed by hand, pulled again, and the next migration
// generated from the pulled files.
func TestPullThenGenerate(t *testing.T) {
	db := pgtest.NewDatabase(t)
	migrations := t.TempDir()
	copyDir(t, "../../examples/shop/sql", migrations)
	if code, _, stderr := pgshape(t, "migrate", "--url", db, "--migrations", migrations); code != 0 {
		t.Fatalf("migrate: exit %d: %s", code, stderr)
	}
	schemaDir := filepath.Join(t.TempDir(), "schema")
	code, stdout, stderr := pgshape(t, "pull", "--url", db, "--dev-url", devURL(), "--schema", schemaDir)
	if code != 0 || stdout != "" || !strings.Contains(stderr, "wrote   public/tables/orders.sql") || !strings.Contains(stderr, " 0 unchanged, 0 removed") {
		t.Fatalf("pull: exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	b, err := os.ReadFile(filepath.Join(schemaDir, "public/tables/orders.sql"))
	if err != nil || !strings.HasPrefix(string(b), "-- Written by pgshape pull; edit freely") {
		t.Fatalf("public/tables/orders.sql: %v: %q", err, b)
	}
	if code, stdout, stderr := pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", schemaDir); code != 0 || stdout != "" {
		t.Fatalf("plan after pull: exit %d, stdout %q, stderr %q; want nothing to do", code, stdout, stderr)
	}
	if code, stdout, stderr := pgshape(t, "plan", "--dev-url", devURL(), "--schema", schemaDir, "--migrations", migrations); code != 0 || stdout != "" {
		t.Fatalf("plan of the pulled files against the migrations: exit %d, stdout %q, stderr %q; want nothing to do", code, stdout, stderr)
	}

	pgtest.Exec(t, db, "ALTER TABLE customers ADD COLUMN nickname text; DROP TABLE order_items")
	code, _, stderr = pgshape(t, "pull", "--url", db, "--dev-url", devURL(), "--schema", schemaDir)
	if code != 0 || !strings.Contains(stderr, "wrote   public/tables/customers.sql\n  removed public/tables/order_items.sql\n") || !strings.Contains(stderr, ": 1 written,") {
		t.Fatalf("pull after a change: exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = pgshape(t, "generate", "nickname", "--dev-url", devURL(), "--schema", schemaDir, "--migrations", migrations, "--allow-hazards", "data-loss")
	if code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	v4, err := os.ReadFile(filepath.Join(migrations, "V004__nickname.sql"))
	if err != nil || !strings.Contains(string(v4), "ADD COLUMN nickname text;") || !strings.Contains(string(v4), "DROP TABLE public.order_items;") {
		t.Fatalf("V004__nickname.sql: %v:\n%s", err, v4)
	}
}

// TestPullRefusesBesideUsersFiles checks that pull neither writes beside .sql
// files it did not write (unless --force) nor ever over them.
func TestPullRefusesBesideUsersFiles(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE users (id int PRIMARY KEY)")
	dir := t.TempDir()
	mine := "CREATE TABLE users (id int PRIMARY KEY);\n"
	writeFiles(t, dir, map[string]string{"users.sql": mine, "notes.sql": "-- nothing yet\n"})

	code, _, stderr := pgshape(t, "pull", "--url", db, "--dev-url", devURL(), "--schema", dir)
	if code != 2 || !strings.Contains(stderr, "did not write") || !strings.Contains(stderr, "users.sql") || !strings.Contains(stderr, "--force") || strings.Contains(stderr, "notes.sql") {
		t.Fatalf("exit %d, stderr:\n%s\nwant exit 2 and a refusal naming users.sql only", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Errorf("a refused pull wrote files")
	}
	code, _, stderr = pgshape(t, "pull", "--url", db, "--dev-url", devURL(), "--schema", dir, "--force")
	if code != 0 || !strings.Contains(stderr, "wrote   public/tables/users.sql") {
		t.Fatalf("--force: exit %d, stderr:\n%s", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "users.sql")); string(b) != mine {
		t.Errorf("--force changed the user's file: %q", b)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	writeFiles(t, to, files)
}
