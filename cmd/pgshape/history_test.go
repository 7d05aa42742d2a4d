package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// The runner's history table, of another name (FLYWAY_TABLE) and in a schema
// of its own (flyway.schemas), belongs to the runner: no command that reads a
// database reports it, plans its drop or pulls it, nor the schema the runner
// created for it. The replayed migrations have that schema too (the replay
// creates flyway.schemas), which schema/ does not declare.
func TestHistoryTableOfAnotherNameAndSchemaIsLeftOut(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := project(t, map[string]string{
		"conf/app.conf": "flyway.url=" + db + "\nflyway.schemas=meta\nflyway.locations=filesystem:sql\n" +
			"pgshape.schema=schema\npgshape.devUrl=" + devURL() + "\n",
		"sql/V1__t.sql": "CREATE TABLE public.t (id int PRIMARY KEY);\n",
		"schema/t.sql":  "CREATE TABLE public.t (id int PRIMARY KEY);\n",
		// A pg_dump of the database holds the history table too.
		"dumped/all.sql": "CREATE TABLE public.t (id int PRIMARY KEY);\nCREATE SCHEMA meta;\nCREATE TABLE meta.app_history (installed_rank int PRIMARY KEY);\n",
	})
	t.Setenv("FLYWAY_TABLE", "app_history")
	mustRun(t, 0, "migrate", "--config", "conf/app.conf")
	if got := queryString(t, db, "SELECT to_regclass('meta.app_history')::text"); got != "meta.app_history" {
		t.Fatalf("the history table is %s, want meta.app_history", got)
	}

	for _, args := range [][]string{
		{"plan", "--config", "conf/app.conf"},                       // the database against schema/
		{"plan", "--config", "conf/app.conf", "--schema", "dumped"}, // a schema that declares the table
	} {
		if stdout, stderr := mustRun(t, 0, args...); stdout != "" {
			t.Errorf("%s printed %q, want nothing\nstderr:\n%s", strings.Join(args, " "), stdout, stderr)
		}
	}
	if _, stderr := mustRun(t, 0, "generate", "nothing", "--config", "conf/app.conf"); !strings.Contains(stderr, "no changes") {
		t.Errorf("generate: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "sql", "V2__nothing.sql")); !os.IsNotExist(err) {
		t.Errorf("generate wrote V2__nothing.sql (%v)", err)
	}
	if stdout, stderr := mustRun(t, 0, "check", "--config", "conf/app.conf"); !strings.Contains(stdout, "agree") {
		t.Errorf("check: %s%s", stdout, stderr)
	}
	if stdout, stderr := mustRun(t, 0, "drift", "--config", "conf/app.conf"); !strings.HasPrefix(stdout, "No drift: ") {
		t.Errorf("drift: %s%s", stdout, stderr)
	}
	for _, args := range [][]string{
		{"diff", "--config", "conf/app.conf", "--from", db, "--to", "schema:schema"},
		{"diff", "--config", "conf/app.conf", "--from", "migrations:sql", "--to", db},
	} {
		if stdout, stderr := mustRun(t, 0, args...); strings.Contains(stdout+stderr, "app_history") || strings.Contains(stdout, "meta") {
			t.Errorf("%s: %s%s", strings.Join(args, " "), stdout, stderr)
		}
	}
	pulled := filepath.Join(dir, "pulled")
	mustRun(t, 0, "pull", "--config", "conf/app.conf", "--schema", pulled)
	var files []string
	filepath.WalkDir(pulled, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(pulled, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if want := "public/tables/t.sql"; strings.Join(files, " ") != want {
		t.Errorf("pull wrote %v, want only %s", files, want)
	}

	// The runner's flags say the same as the configuration.
	t.Setenv("FLYWAY_TABLE", "")
	if _, stderr := mustRun(t, 2, "plan", "--url", db, "--schema", "schema"); !strings.Contains(stderr, "table meta.app_history") {
		t.Errorf("without the setting, the table is not the runner's: %s", stderr)
	}
	for _, cmd := range []string{"plan", "pull"} {
		args := []string{cmd, "--url", db, "--dev-url", devURL(), "--schema", filepath.Join(dir, "by-flags"), "--table", "app_history", "--schemas", "meta"}
		if cmd == "plan" {
			args[6] = "schema"
		}
		if stdout, stderr := mustRun(t, 0, args...); stdout != "" || strings.Contains(stderr, "meta") {
			t.Errorf("%s with --table and --schemas: %s%s", cmd, stdout, stderr)
		}
	}
	t.Setenv("FLYWAY_TABLE", "app_history")

	// Flyway's default name is still the runner's, wherever it is.
	pgtest.Exec(t, db, "CREATE TABLE meta.flyway_schema_history (installed_rank int)")
	if stdout, stderr := mustRun(t, 0, "plan", "--config", "conf/app.conf"); stdout != "" {
		t.Errorf("with flyway_schema_history too: plan printed %q\n%s", stdout, stderr)
	}
	// A table of that name elsewhere is the user's.
	pgtest.Exec(t, db, "CREATE TABLE public.app_history (id int)")
	if _, stderr := mustRun(t, 2, "plan", "--config", "conf/app.conf"); !strings.Contains(stderr, "table public.app_history") {
		t.Errorf("public.app_history is not planned for a drop: %s", stderr)
	}
}
