package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// End-to-end tests of configuration files, environments and precedence: the
// command line in process, against the test server. They change the working
// directory and the environment, so none runs in parallel.

// queryString returns the first column of the first row of sql in db.
func queryString(t *testing.T, db, sql string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var s *string
	if err := conn.QueryRow(ctx, sql).Scan(&s); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	if s == nil {
		return "<null>"
	}
	return *s
}

// historyOf returns the scripts recorded in db's history table, "" when the
// table does not exist.
func historyOf(t *testing.T, db, table string) string {
	t.Helper()
	if queryString(t, db, "SELECT (to_regclass('public."+table+"') IS NOT NULL)::text") == "false" {
		return ""
	}
	return queryString(t, db, "SELECT coalesce(string_agg(script, ',' ORDER BY installed_rank), '') FROM public."+table)
}

// mustRun runs pgshape and fails the test unless it exits with code.
func mustRun(t *testing.T, code int, args ...string) (stdout, stderr string) {
	t.Helper()
	got, stdout, stderr := pgshape(t, args...)
	if got != code {
		t.Fatalf("pgshape %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), got, code, stdout, stderr)
	}
	return stdout, stderr
}

// project writes files into a new directory and makes it the working directory.
func project(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	t.Chdir(dir)
	return dir
}

// unreachable is a URL no server answers, with a password that must never be
// printed.
const unreachable = "postgres://app:Unreachable-Pw-1@127.0.0.1:1/app?connect_timeout=2"

func TestMigrateWithConfigFile(t *testing.T) {
	db := pgtest.NewDatabase(t)
	project(t, map[string]string{
		"conf/dev.conf":           "flyway.url=" + db + "\nflyway.password=Conf-Pw-2\nflyway.locations=filesystem:db/migrations\nflyway.placeholders.Note=from config\n",
		"db/migrations/V1__t.sql": "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS '${note}';\n",
	})
	stdout, stderr := mustRun(t, 0, "migrate", "--config", "conf/dev.conf")
	if !strings.Contains(stdout, "Successfully applied 1 migration") {
		t.Errorf("stdout %q", stdout)
	}
	if got := queryString(t, db, "SELECT obj_description('t'::regclass)"); got != "from config" {
		t.Errorf("comment %q: the placeholder was not taken from the file", got)
	}
	stdout2, stderr2 := mustRun(t, 0, "info", "--config", "conf/dev.conf")
	if !strings.Contains(stdout2, "Success") {
		t.Errorf("info: %s", stdout2)
	}
	if out := stdout + stderr + stdout2 + stderr2; strings.Contains(out, "Conf-Pw-2") {
		t.Errorf("the password was printed:\n%s", out)
	}
}

func TestEnvSelectsTOMLEnvironment(t *testing.T) {
	dbA, dbB := pgtest.NewDatabase(t), pgtest.NewDatabase(t)
	project(t, map[string]string{
		"flyway.toml": `[flyway]
locations = ["filesystem:sql"]
[flyway.placeholders]
who = "global"
[environments.a]
url = "` + dbA + `"
[environments.b]
url = "${env.DB_B}"
[environments.b.flyway]
table = "history_b"
[environments.b.flyway.placeholders]
who = "b"
`,
		"sql/V1__t.sql": "CREATE TABLE t (who text DEFAULT '${who}');\n",
	})
	t.Setenv("DB_B", dbB)
	// flyway.toml in the working directory is read without --config.
	mustRun(t, 0, "migrate", "--env", "b")
	if got := historyOf(t, dbB, "history_b"); got != "V1__t.sql" {
		t.Errorf("history of b: %q", got)
	}
	if got := queryString(t, dbB, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass"); got != "'b'::text" {
		t.Errorf("default %q: want the environment's placeholder", got)
	}
	if got := historyOf(t, dbA, "flyway_schema_history"); got != "" {
		t.Errorf("--env b touched a: %q", got)
	}
	mustRun(t, 0, "migrate", "--env", "a")
	if got := historyOf(t, dbA, "flyway_schema_history"); got != "V1__t.sql" {
		t.Errorf("history of a: %q", got)
	}
	_, stderr := mustRun(t, 2, "info", "--env", "c")
	if !strings.Contains(stderr, `unknown environment "c": the files define a, b`) {
		t.Errorf("stderr %q", stderr)
	}
}

func TestFlagsOverrideConfig(t *testing.T) {
	dbConf, dbFlag := pgtest.NewDatabase(t), pgtest.NewDatabase(t)
	project(t, map[string]string{
		"c.conf":        "flyway.url=" + dbConf + "\nflyway.table=from_conf\nflyway.placeholders.x=conf\n",
		"sql/V1__t.sql": "CREATE TABLE t (x text DEFAULT '${x}');\n",
	})
	mustRun(t, 0, "migrate", "--config", "c.conf", "--url", dbFlag, "--table", "from_flag", "--placeholder", "X=flag")
	if got := historyOf(t, dbFlag, "from_flag"); got != "V1__t.sql" {
		t.Errorf("history in the --url database, --table: %q", got)
	}
	if got := queryString(t, dbFlag, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass"); got != "'flag'::text" {
		t.Errorf("default %q: want --placeholder's value", got)
	}
	if got := historyOf(t, dbConf, "from_conf"); got != "" {
		t.Errorf("the configured database was migrated: %q", got)
	}
}

// FLYWAY_URL beats the URL of a file: here the example project's dev.conf,
// whose localhost database does not exist.
func TestFlywayURLOverridesFiles(t *testing.T) {
	db := pgtest.NewDatabase(t)
	t.Chdir(filepath.Join("..", "..", "examples", "shop"))
	t.Setenv("FLYWAY_URL", db)
	t.Setenv("FLYWAY_PASSWORD", "Env-Pw-3")
	stdout, stderr := mustRun(t, 0, "migrate", "--config", "conf/dev.conf")
	if !strings.Contains(stdout, "Successfully applied 3 migrations") {
		t.Errorf("stdout %q", stdout)
	}
	// The test URL names its user, which wins over flyway.user, with a warning.
	if !strings.Contains(stderr, "pgshape: config: conf/dev.conf:6: the URL names another user") {
		t.Errorf("stderr lacks the user warning:\n%s", stderr)
	}
	if strings.Contains(stdout+stderr, "Env-Pw-3") {
		t.Errorf("the password was printed:\n%s%s", stdout, stderr)
	}
}

// No password reaches the output, wherever it was configured, when every
// command fails to connect.
func TestConfigPasswordsNeverPrinted(t *testing.T) {
	project(t, map[string]string{
		"url.conf":  "flyway.url=" + unreachable + "\n",
		"jdbc.conf": "flyway.url=jdbc:postgresql://127.0.0.1:1/app?password=Jdbc-Pw-4&connectTimeout=2\n",
		"cred.conf": "flyway.url=jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2\nflyway.user=app\nflyway.password=Cred-Pw-5\n",
		// Two passwords: the URL's wins, with a warning that must name neither.
		"both.conf":     "flyway.url=" + unreachable + "\nflyway.password=Other-Pw-6\n",
		"sql/V1__a.sql": "SELECT 1;\n",
		"schema/a.sql":  "CREATE TABLE a (id int);\n",
	})
	check := func(args []string, code int, stdout, stderr string) {
		t.Helper()
		out := stdout + stderr
		if code != 2 || !strings.Contains(out, "xxxxx") {
			t.Errorf("pgshape %s: exit %d, want 2 and a masked URL:\n%s", strings.Join(args, " "), code, out)
		}
		for _, pw := range []string{"Unreachable-Pw-1", "Jdbc-Pw-4", "Cred-Pw-5", "Other-Pw-6", "Dev-Pw-7"} {
			if strings.Contains(out, pw) {
				t.Errorf("pgshape %s printed %s:\n%s", strings.Join(args, " "), pw, out)
			}
		}
	}
	for _, conf := range []string{"url.conf", "jdbc.conf", "cred.conf", "both.conf"} {
		for _, command := range []string{"migrate", "info", "validate", "baseline", "repair", "clean", "plan"} {
			args := []string{command, "--config", conf}
			switch command {
			case "clean":
				args = append(args, "--clean-enabled")
			case "plan":
				args = append(args, "--dev-url", devURL()) // so that the target is tried
			}
			code, stdout, stderr := pgshape(t, args...)
			check(args, code, stdout, stderr)
		}
	}
	t.Setenv("PGSHAPE_DEV_URL", strings.Replace(unreachable, "Unreachable-Pw-1", "Dev-Pw-7", 1))
	code, stdout, stderr := pgshape(t, "plan", "--config", "url.conf")
	check([]string{"plan", "PGSHAPE_DEV_URL=..."}, code, stdout, stderr)
}

// The example's prod.conf refuses clean; dev.conf with --clean-enabled allows it.
func TestCleanRefusedByProdAllowedInDev(t *testing.T) {
	db := pgtest.NewDatabase(t)
	t.Chdir(filepath.Join("..", "..", "examples", "shop"))
	t.Setenv("PROD_DATABASE_URL", db)
	mustRun(t, 0, "migrate", "--config", "conf/prod.conf")
	_, stderr := mustRun(t, 2, "clean", "--config", "conf/prod.conf")
	if !strings.Contains(stderr, "clean is disabled") {
		t.Errorf("stderr %q", stderr)
	}
	if got := historyOf(t, db, "flyway_schema_history"); !strings.Contains(got, "V003__shipping_and_refunds.sql") {
		t.Fatalf("history after the refused clean: %q", got)
	}
	t.Setenv("FLYWAY_URL", db)
	mustRun(t, 2, "clean", "--config", "conf/dev.conf")
	stdout, _ := mustRun(t, 0, "clean", "--config", "conf/dev.conf", "--clean-enabled")
	if !strings.Contains(stdout, "dropped table orders") {
		t.Errorf("stdout %q", stdout)
	}
	if got := historyOf(t, db, "flyway_schema_history"); got != "" {
		t.Errorf("history after clean: %q", got)
	}
}

// plan and generate take the schema directory, the locations, the ignore
// patterns, the dev server and the placeholders from the configuration.
func TestPlanAndGenerateReadConfig(t *testing.T) {
	dir := project(t, map[string]string{
		"conf/dev.conf": "flyway.locations=filesystem:db/migrations\nflyway.placeholders.note=hello\n" +
			"pgshape.schema=db/schema\npgshape.ignore=public.legacy_*\npgshape.devUrl=" + devURL() + "\n",
		"db/migrations/V1__init.sql": "CREATE TABLE users (id int PRIMARY KEY);\nCOMMENT ON TABLE users IS '${note}';\n" +
			"CREATE TABLE legacy_stuff (id int);\n",
		"db/schema/users.sql": "CREATE TABLE users (id int PRIMARY KEY, name text);\nCOMMENT ON TABLE users IS 'hello';\n",
	})
	// legacy_stuff is ignored (else dropping it would be refused); the comment
	// is the placeholder's value, replaced in the replay.
	stdout, stderr := mustRun(t, 0, "plan", "--config", "conf/dev.conf")
	if want := timeoutsPrelude + "ALTER TABLE public.users ADD COLUMN name text;\n\n"; stdout != want {
		t.Errorf("plan printed %q, want %q\nstderr:\n%s", stdout, want, stderr)
	}
	stdout, _ = mustRun(t, 0, "generate", "add name", "--config", "conf/dev.conf")
	if want := filepath.Join("db", "migrations", "V2__add_name.sql"); strings.TrimSpace(stdout) != want {
		t.Errorf("generate printed %q, want %q", stdout, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "db", "migrations", "V2__add_name.sql")); err != nil {
		t.Fatal(err)
	}
	if stdout, _ = mustRun(t, 0, "plan", "--config", "conf/dev.conf"); stdout != "" {
		t.Errorf("plan after generate printed %q, want nothing", stdout)
	}
	// Without the ignore pattern, the table the migrations made is a drop.
	_, stderr = mustRun(t, 2, "plan", "--config", "conf/dev.conf", "--ignore", "none.*")
	if !strings.Contains(stderr, "table public.legacy_stuff") {
		t.Errorf("stderr %q", stderr)
	}
}

// A misnamed file is a note, and an error with flyway.validateMigrationNaming.
func TestValidateMigrationNamingFromConfig(t *testing.T) {
	db := pgtest.NewDatabase(t)
	project(t, map[string]string{
		"strict.conf":      "flyway.url=" + db + "\nflyway.validateMigrationNaming=true\n",
		"lax.conf":         "flyway.url=" + db + "\n",
		"sql/V1__t.sql":    "CREATE TABLE t (id int);\n",
		"sql/V2_typo.sql":  "CREATE TABLE typo (id int);\n",
		"sql/R__notes.txt": "not SQL, not looked at",
	})
	_, stderr := mustRun(t, 2, "migrate", "--config", "strict.conf")
	if !strings.Contains(stderr, "migration file names do not parse") || !strings.Contains(stderr, "V2_typo.sql") {
		t.Errorf("strict: stderr %q", stderr)
	}
	if got := historyOf(t, db, "flyway_schema_history"); got != "" {
		t.Errorf("strict: history %q, want nothing applied", got)
	}
	_, stderr = mustRun(t, 0, "migrate", "--config", "lax.conf")
	if !strings.Contains(stderr, "pgshape: skipped V2_typo.sql") {
		t.Errorf("lax: stderr %q", stderr)
	}
	mustRun(t, 2, "validate", "--config", "lax.conf", "--validate-migration-naming")
}

// The example's flyway.toml environments work as its .conf files do, and the
// example files raise no configuration warning.
func TestExampleTOMLEnvironments(t *testing.T) {
	db := pgtest.NewDatabase(t)
	t.Chdir(filepath.Join("..", "..", "examples", "shop"))
	t.Setenv("PROD_DATABASE_URL", db)
	for _, args := range [][]string{{"migrate", "--env", "prod"}, {"info", "--config", "conf/prod.conf"}} {
		_, stderr := mustRun(t, 0, args...)
		if strings.Contains(stderr, "pgshape: config:") {
			t.Errorf("pgshape %s warns:\n%s", strings.Join(args, " "), stderr)
		}
	}
	if got := historyOf(t, db, "flyway_schema_history"); !strings.HasSuffix(got, "V003__shipping_and_refunds.sql") {
		t.Errorf("history %q", got)
	}
	_, stderr := mustRun(t, 2, "clean", "--env", "prod")
	if !strings.Contains(stderr, "clean is disabled") {
		t.Errorf("clean --env prod: %q", stderr)
	}
}
