package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

func TestPlanInSyncPrintsNothing(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL)")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"users.sql": "create table users (email character varying(100) not null, id integer primary key);"})

	code, stdout, stderr := pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir)
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want exit 0 and no output", code, stdout, stderr)
	}
}

func TestPlanPrintsSQL(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE users (id int PRIMARY KEY)")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"users.sql": "CREATE TABLE users (id int PRIMARY KEY, name text);"})

	code, stdout, stderr := pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir)
	want := timeoutsPrelude + "ALTER TABLE public.users ADD COLUMN name text;\n\n"
	if code != 0 || stdout != want {
		t.Fatalf("exit %d, stdout %q, stderr %q; want exit 0 and %q", code, stdout, stderr, want)
	}
}

func TestDataLossIsRefusedUnlessAllowed(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE users (id int PRIMARY KEY, legacy text); CREATE TABLE old_stuff (id int)")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"users.sql": "CREATE TABLE users (id int PRIMARY KEY);"})

	code, stdout, stderr := pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir)
	if code != 2 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want exit 2 and no SQL", code, stdout)
	}
	for _, want := range []string{"refused", "table public.old_stuff", "column public.users.legacy", "--allow-hazards data-loss"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	code, stdout, stderr = pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir, "--allow-hazards", "data-loss")
	if code != 0 || !strings.Contains(stdout, "DROP TABLE public.old_stuff;") || !strings.Contains(stdout, "DROP COLUMN legacy;") {
		t.Fatalf("with --allow-hazards data-loss: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestUnknownHazardKindIsAUsageError(t *testing.T) {
	code, _, stderr := pgshape(t, "plan", "--allow-hazards", "data-los")
	if code != 2 || !strings.Contains(stderr, `unknown hazard "data-los"`) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestSyntaxErrorNamesFileLineAndColumn(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.sql":     "CREATE TABLE a (id int);\n",
		"sub/b.sql": "CREATE TABLE b (\n  id int,\n  name txet NOT NULL,\n  oops oops oops\n);\n",
	})
	code, _, stderr := pgshape(t, "plan", "--dev-url", devURL(), "--schema", dir, "--migrations", t.TempDir())
	if code != 2 || !strings.Contains(stderr, filepath.Join(dir, "sub/b.sql")+":4:") {
		t.Fatalf("exit %d, stderr %q; want exit 2 and sub/b.sql:4:col", code, stderr)
	}
}

func TestUnknownTypeIsReportedAtItsStatement(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"b.sql": "\n\nCREATE TABLE b (\n  id int,\n  name txet NOT NULL\n);\n"})
	code, _, stderr := pgshape(t, "plan", "--dev-url", devURL(), "--schema", dir, "--migrations", t.TempDir())
	want := filepath.Join(dir, "b.sql") + ":5:8: type \"txet\" does not exist"
	if code != 2 || !strings.Contains(stderr, want) {
		t.Fatalf("exit %d, stderr %q; want %q", code, stderr, want)
	}
}

func TestUnsupportedStatementIsNamed(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"v.sql": "CREATE TABLE t (id int);\nCREATE CONVERSION c FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;\n"})
	code, _, stderr := pgshape(t, "plan", "--dev-url", devURL(), "--schema", dir, "--migrations", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "v.sql:2:1: CREATE CONVERSION is not supported yet") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestPasswordIsMasked(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.sql": "CREATE TABLE a (id int);"})
	url := "postgres://app:s3cr3t-pw@127.0.0.1:1/app?connect_timeout=2"
	code, stdout, stderr := pgshape(t, "plan", "--url", url, "--dev-url", devURL(), "--schema", dir)
	if code != 2 || strings.Contains(stdout+stderr, "s3cr3t-pw") {
		t.Fatalf("exit %d; the password leaked or the command succeeded:\n%s%s", code, stdout, stderr)
	}
}

// TestGenerate runs the whole loop without a database of the user's: the current state
// is the migrations directory replayed into the embedded server.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	schemaDir, sqlDir := filepath.Join(dir, "schema"), filepath.Join(dir, "sql")
	writeFiles(t, dir, map[string]string{
		"schema/users.sql":   "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE INDEX ON users (lower(email));\n",
		"sql/V1_1__init.sql": "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n",
	})

	code, stdout, stderr := pgshape(t, "generate", "Add e-mail", "--schema", schemaDir, "--migrations", sqlDir)
	// The index is built concurrently on an existing table, which cannot run in the
	// transaction of the first file: it gets a file of its own.
	first, second := filepath.Join(sqlDir, "V1_2__add_e_mail.sql"), filepath.Join(sqlDir, "V1_3__add_e_mail_part_2.sql")
	if code != 0 || stdout != first+"\n"+second+"\n"+second+".conf\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want %s and %s", code, stdout, stderr, first, second)
	}
	assertContains(t, first,
		"-- Generated by pgshape from "+schemaDir+"/.",
		"-- Part 1 of 2 of one plan.",
		"--   add column public.users.email",
		"ALTER TABLE public.users ADD COLUMN email text NOT NULL;")
	assertContains(t, second+".conf", "executeInTransaction=false")
	assertContains(t, second,
		"-- Runs outside a transaction",
		"SET lock_timeout = '12h';",
		"--     SHARE UPDATE EXCLUSIVE on public.users: writes go on while it runs",
		"--   index-build: builds index users_lower_idx on existing table public.users",
		"CREATE INDEX CONCURRENTLY users_lower_idx ON public.users USING btree (lower(email));")

	// The migrations now build the desired state: nothing more to write.
	code, stdout, stderr = pgshape(t, "generate", "again", "--schema", schemaDir, "--migrations", sqlDir)
	if code != 0 || stdout != "" || !strings.Contains(stderr, "no changes") {
		t.Fatalf("second generate: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	entries, _ := os.ReadDir(sqlDir)
	if len(entries) != 4 {
		t.Errorf("sql/ holds %d files, want 4", len(entries))
	}
}

func assertContains(t *testing.T, path string, lines ...string) {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range lines {
		if !strings.Contains(string(content), line) {
			t.Errorf("%s lacks %q:\n%s", path, line, content)
		}
	}
}

func TestScopeLeavesOtherObjectsAlone(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, `CREATE SCHEMA legacy; CREATE TABLE legacy.old (id int);
		CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE tmp_import (line text);
		CREATE VIEW legacy.v AS SELECT id FROM users`)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"users.sql": "CREATE TABLE users (id int PRIMARY KEY, name text);"})

	code, stdout, stderr := pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir,
		"--exclude-schema", "legacy", "--ignore", "public.tmp_*")
	want := timeoutsPrelude + "ALTER TABLE public.users ADD COLUMN name text;\n\n"
	if code != 0 || stdout != want {
		t.Fatalf("exit %d, stdout %q, stderr %q; want %q", code, stdout, stderr, want)
	}
	code, stdout, _ = pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir,
		"--include-schema", "public", "--ignore", "public.tmp_*")
	if code != 0 || stdout != want {
		t.Fatalf("--include-schema public: exit %d, stdout %q; want %q", code, stdout, want)
	}
	code, _, stderr = pgshape(t, "plan", "--url", db, "--dev-url", devURL(), "--schema", dir, "--ignore", "[")
	if code != 2 || !strings.Contains(stderr, "--ignore [") {
		t.Fatalf("bad pattern: exit %d, stderr %q", code, stderr)
	}
}

// timeoutsPrelude is how a transactional plan starts: the default timeouts.
const timeoutsPrelude = "SET LOCAL lock_timeout = '300ms';\nSET LOCAL statement_timeout = '1min';\n\n"
