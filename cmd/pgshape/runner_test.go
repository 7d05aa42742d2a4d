package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// The runner commands from the command line: exit codes, output, the history.
func TestRunnerCommands(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir, local := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{
		"V1__users.sql":    "CREATE TABLE users (id int PRIMARY KEY, name text DEFAULT '${who}');\n",
		"V2__index.sql":    "CREATE INDEX CONCURRENTLY users_name ON users (name);\n",
		"R__names.sql":     "CREATE OR REPLACE VIEW names AS SELECT name FROM users;\n",
		"afterMigrate.sql": "INSERT INTO users VALUES (0, 'callback') ON CONFLICT DO NOTHING;\n",
		"README.md":        "not a migration",
	})
	writeFiles(t, local, map[string]string{"V1.5__seed.sql": "INSERT INTO users (id) VALUES (1);\n"})
	base := []string{"--url", db, "--migrations", dir + "," + local}

	steps := []struct {
		args   []string
		code   int
		stdout []string // substrings
		stderr []string
	}{
		{[]string{"validate"}, 2, nil, []string{"validate failed", "not applied to database: version 1 (V1__users.sql)"}},
		{[]string{"info"}, 0, []string{"Versioned   1", "Pending", "Repeatable"}, nil},
		{[]string{"migrate"}, 2, nil, []string{"no value for placeholder ${who}"}},
		{[]string{"migrate", "--placeholder", "WHO=anon", "--target", "1.5"}, 0,
			[]string{"Successfully applied 3 migrations", "schema now at version 1.5"}, nil},
		{[]string{"migrate", "--placeholder", "who=anon"}, 0, []string{"applied 1 migration", "at version 2 (was 1.5)"}, nil},
		{[]string{"migrate", "--placeholder", "who=anon"}, 0, []string{"Schema is up to date at version 2"}, nil},
		{[]string{"validate", "--placeholder", "who=anon"}, 0, []string{"Validated"}, nil},
		{[]string{"baseline"}, 2, nil, []string{"already holds migrations"}},
		{[]string{"repair", "--placeholder", "who=anon"}, 0, []string{"Nothing to repair"}, nil},
		{[]string{"clean"}, 2, nil, []string{"clean is disabled", "--clean-enabled"}},
		{[]string{"clean", "--clean-enabled"}, 0, []string{"dropped table flyway_schema_history", "dropped table users", "dropped view names"}, nil},
		{[]string{"info", "--format", "yaml"}, 2, nil, []string{`--format "yaml"`}},
		{[]string{"migrate", "--placeholder", "nonsense"}, 2, nil, []string{`--placeholder "nonsense": want key=value`}},
	}
	for _, s := range steps {
		code, stdout, stderr := pgshape(t, append(s.args, base...)...)
		if code != s.code {
			t.Fatalf("pgshape %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(s.args, " "), code, s.code, stdout, stderr)
		}
		for _, want := range s.stdout {
			if !strings.Contains(stdout, want) {
				t.Errorf("pgshape %s: stdout lacks %q:\n%s", strings.Join(s.args, " "), want, stdout)
			}
		}
		for _, want := range s.stderr {
			if !strings.Contains(stderr, want) {
				t.Errorf("pgshape %s: stderr lacks %q:\n%s", strings.Join(s.args, " "), want, stderr)
			}
		}
	}
}

func TestInfoJSON(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;"})
	if code, _, stderr := pgshape(t, "migrate", "--url", db, "--migrations", dir, "--target", "1"); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := pgshape(t, "info", "--url", db, "--migrations", dir, "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var out struct {
		SchemaVersion string `json:"schemaVersion"`
		Migrations    []struct {
			Version, State, Script string
			Applied                bool
		} `json:"migrations"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	if out.SchemaVersion != "1" || len(out.Migrations) != 2 || out.Migrations[0].State != "success" ||
		out.Migrations[1].State != "pending" || out.Migrations[1].Applied {
		t.Errorf("info json: %+v", out)
	}
}

func TestRunnerHidesPasswords(t *testing.T) {
	dir := t.TempDir()
	url := strings.Replace(pgtest.NewDatabase(t), "postgres@", "postgres:s3cr3t-pw@", 1)
	url = url[:strings.LastIndex(url, "/")+1] + "no_such_database" + url[strings.Index(url, "?"):]
	code, stdout, stderr := pgshape(t, "migrate", "--url", url, "--migrations", dir)
	if code != 2 || strings.Contains(stdout+stderr, "s3cr3t-pw") || !strings.Contains(stderr, "xxxxx") {
		t.Errorf("exit %d, output:\n%s%s\nwant exit 2 and the password masked", code, stdout, stderr)
	}
}

func TestRunnerHelp(t *testing.T) {
	for _, cmd := range []string{"migrate", "info", "validate", "baseline", "repair", "clean"} {
		code, stdout, _ := pgshape(t, cmd, "--help")
		if code != 0 || !strings.Contains(stdout, "pgshape "+cmd+" [flags]") || !strings.Contains(stdout, "--migrations") ||
			!strings.Contains(stdout, "flyway_schema_history") {
			t.Errorf("%s --help: exit %d:\n%s", cmd, code, stdout)
		}
	}
}

func TestMissingMigrationsDirectory(t *testing.T) {
	code, _, stderr := pgshape(t, "info", "--url", "postgres://nobody@localhost/x", "--migrations", "/no/such/dir")
	if code != 2 || !strings.Contains(stderr, "migrations location /no/such/dir: not a directory") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestMigrateFailureNamesFileAndLine(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"V1__ok.sql":     "CREATE TABLE a (id int);\n",
		"V2__broken.sql": "CREATE TABLE b (id int);\n\nINSERT INTO b VALUES\n  (1), ('x');\n",
	})
	code, stdout, stderr := pgshape(t, "migrate", "--url", db, "--migrations", dir)
	want := `pgshape: migrate: V2__broken.sql line 4: invalid input syntax for type integer: "x" (SQLSTATE 22P02)`
	if code != 2 || !strings.HasPrefix(stderr, "pgshape: applied 1 migration before the failure\n"+want) {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 2 and:\n%s", code, stdout, stderr, want)
	}
	code, stdout, _ = pgshape(t, "info", "--url", db, "--migrations", dir)
	if code != 0 || !strings.Contains(stdout, "broken") || !strings.Contains(stdout, "Pending") {
		t.Errorf("info after the failure: exit %d\n%s", code, stdout)
	}
}

// A migration stopped by its lock timeout: migrate prints each retry with the
// session that blocked it, and the final error names it.
func TestMigrateLockRetries(t *testing.T) {
	db := pgtest.NewDatabase(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"V1__t.sql": "CREATE TABLE t (id int);\n"})
	if code, _, stderr := pgshape(t, "migrate", "--url", db, "--migrations", dir); code != 0 {
		t.Fatalf("first migrate: exit %d\n%s", code, stderr)
	}
	writeFiles(t, dir, map[string]string{"V2__c.sql": "SET LOCAL lock_timeout = '50ms';\nALTER TABLE t ADD COLUMN c int;\n"})
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(db)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["application_name"] = "cli-blocker"
	blocker, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Close(ctx)
	var pid int
	if _, err := blocker.Exec(ctx, "BEGIN"); err != nil {
		t.Fatal(err)
	}
	if err := blocker.QueryRow(ctx, "SELECT pg_backend_pid() FROM t UNION ALL SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := pgshape(t, "migrate", "--url", db, "--migrations", dir, "--lock-retries", "1", "--lock-retry-delay", "10ms")
	retry := "pgshape: V2__c.sql line 2: lock timeout on attempt 1 of 2; running the file again in "
	blocked := fmt.Sprintf(`blocked by pid %d (application "cli-blocker", user postgres, idle in transaction, query started `, pid)
	// A lock_timeout of 50 ms may fire before the first check for blockers;
	// the retry checks sooner, and the error names the blocker.
	if code != 2 || !strings.Contains(stderr, retry) || !strings.Contains(stderr, "SQLSTATE 55P03)\n"+blocked) ||
		!strings.Contains(stderr, "Lock timeout on each of 2 attempts") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 2, a retry line and the error naming the blocker (%s)", code, stderr, blocked)
	}
	code, _, stderr = pgshape(t, "migrate", "--url", db, "--migrations", dir, "--lock-retries", "0")
	if code != 2 || strings.Contains(stderr, " again in ") || !strings.Contains(stderr, "not retried: lock retries are off") {
		t.Errorf("--lock-retries 0: exit %d, stderr:\n%s", code, stderr)
	}
	code, stdout, _ := pgshape(t, "migrate", "--help")
	for _, want := range []string{"--lock-retries int", "--lock-retry-delay duration", "(default 500ms)", "SQLSTATE\n55P03"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("migrate --help: exit %d, want %q in:\n%s", code, want, stdout)
		}
	}
	code, _, stderr = pgshape(t, "migrate", "--url", db, "--migrations", dir, "--lock-retry-delay", "0s")
	if code != 2 || !strings.Contains(stderr, "lock retry delay 0s (--lock-retry-delay, pgshape.lockRetryDelay): want a positive duration") {
		t.Errorf("--lock-retry-delay 0s: exit %d, stderr:\n%s", code, stderr)
	}
}
