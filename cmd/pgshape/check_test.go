package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/sql/migrate"
)

// checkProject writes a project with schema/ and sql/ under a new directory and
// returns the flags that point check at it.
func checkProject(t *testing.T, files map[string]string) (dir string, flags []string) {
	t.Helper()
	dir = t.TempDir()
	writeFiles(t, dir, files)
	for _, sub := range []string{"schema", "sql"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir, []string{"--schema", filepath.Join(dir, "schema"), "--migrations", filepath.Join(dir, "sql"), "--dev-url", devURL()}
}

const usersTable = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"

func TestCheckInSync(t *testing.T) {
	_, flags := checkProject(t, map[string]string{
		"schema/users.sql":      usersTable,
		"sql/V1__users.sql":     "CREATE TABLE users (id bigint PRIMARY KEY);\n",
		"sql/V2__email.sql":     "ALTER TABLE users ADD COLUMN email text NOT NULL;\n",
		"sql/beforeMigrate.sql": "SELECT 1;\n",
	})
	stdout, _ := mustRun(t, 0, append([]string{"check"}, flags...)...)
	if !strings.Contains(stdout, "agree") || !strings.Contains(stdout, "in sync") {
		t.Errorf("stdout %q, want a line saying the two agree, in sync", stdout)
	}
}

// TestCheckSchemaEditedWithoutMigration: check fails and prints a generate
// command which, run as printed, writes the migration that makes check pass.
func TestCheckSchemaEditedWithoutMigration(t *testing.T) {
	dir, flags := checkProject(t, map[string]string{
		"schema/users.sql":   usersTable,
		"schema/reviews.sql": "CREATE TABLE reviews (id bigint PRIMARY KEY, user_id bigint REFERENCES users, body text);\n",
		"sql/V1__users.sql":  usersTable,
	})
	stdout, stderr := mustRun(t, 1, append([]string{"check"}, flags...)...)
	for _, want := range []string{"disagree", "1 object added, 0 changed, 0 dropped", "table public.reviews (added)",
		"+CREATE TABLE public.reviews (", "CREATE TABLE public.reviews", "pgshape generate add_reviews --schema"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "disagree") {
		t.Errorf("stderr %q, want the verdict", stderr)
	}
	var command string
	for _, l := range strings.Split(stdout, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "pgshape generate ") {
			command = l
		}
	}
	mustRun(t, 0, shellWords(t, command)[1:]...)
	if _, err := os.Stat(filepath.Join(dir, "sql", "V2__add_reviews.sql")); err != nil {
		t.Fatalf("the printed command %q wrote no V2__add_reviews.sql: %v", command, err)
	}
	mustRun(t, 0, append([]string{"check"}, flags...)...)
}

// TestCheckMigrationWithoutSchema: objects a hand-written migration creates
// and schema/ lacks show as dropped, with the advice to declare them.
func TestCheckMigrationWithoutSchema(t *testing.T) {
	_, flags := checkProject(t, map[string]string{
		"schema/users.sql":   usersTable,
		"sql/V1__users.sql":  usersTable,
		"sql/V2__legacy.sql": "CREATE TABLE legacy (id int);\n",
		"sql/V3__nick.sql":   "ALTER TABLE users ADD COLUMN nickname text;\n",
	})
	stdout, _ := mustRun(t, 1, append([]string{"check", "--format", "text"}, flags...)...)
	if strings.Contains(stdout, "has changes no migration makes") {
		t.Errorf("everything is in the migrations only, yet check says schema/ has changes:\n%s", stdout)
	}
	for _, want := range []string{"1 changed, 1 dropped", "table public.legacy (dropped)", "-    nickname text,", "lacks", "declare it in",
		"pgshape generate drop_legacy_and_change_users", "--allow-hazards data-loss", "data-loss on table public.legacy"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

func TestCheckMigrationsDirectoryProblems(t *testing.T) {
	_, flags := checkProject(t, map[string]string{
		"schema/users.sql":    usersTable,
		"sql/V1__users.sql":   usersTable,
		"sql/V001__again.sql": "SELECT 1;\n",
		"sql/V2_typo.sql":     "SELECT 1;\n",
	})
	stdout, _ := mustRun(t, 1, append([]string{"check", "--format", "markdown"}, flags...)...)
	for _, want := range []string{"V001__again.sql and V1__users.sql: share version 001", "V2_typo.sql: not a migration name",
		"have problems", "### Problems"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

// TestCheckEditedAppliedMigration: with --url, a file edited after pgshape
// migrate applied it fails the check, named with its version and checksums,
// while schema/ and sql/ agree.
func TestCheckEditedAppliedMigration(t *testing.T) {
	dir, flags := checkProject(t, map[string]string{
		"schema/users.sql":  "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n",
		"sql/V1__users.sql": "CREATE TABLE users (id bigint PRIMARY KEY);\n",
		"sql/V2__email.sql": "ALTER TABLE users ADD COLUMN email text;\n",
	})
	db := pgtest.NewDatabase(t)
	mustRun(t, 0, "migrate", "--url", db, "--migrations", filepath.Join(dir, "sql"))
	mustRun(t, 0, append([]string{"check", "--url", db}, flags...)...)

	oldText := "ALTER TABLE users ADD COLUMN email text;\n"
	newText := "-- reviewed\n" + oldText // the schema stays the same: only the history tells
	writeFiles(t, dir, map[string]string{"sql/V2__email.sql": newText})
	stdout, _ := mustRun(t, 1, append([]string{"check", "--url", db}, flags...)...)
	want := "V2__email.sql (version 2, location " + filepath.Join(dir, "sql") + ") was edited after it was applied: checksum applied " +
		itoa(migrate.Checksum([]byte(oldText))) + ", file now " + itoa(migrate.Checksum([]byte(newText)))
	if !strings.Contains(stdout, want) || !strings.Contains(stdout, "applied migrations were edited") {
		t.Errorf("stdout lacks %q:\n%s", want, stdout)
	}
}

// shellWords splits a command line printed by check: words separated by
// spaces, some in single quotes ('\” for a quote).
func shellWords(t *testing.T, line string) []string {
	t.Helper()
	var words []string
	var word strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\'':
			quoted, inWord = !quoted, true
		case c == ' ' && !quoted:
			if inWord {
				words = append(words, word.String())
				word.Reset()
				inWord = false
			}
		case c == '\\' && !quoted && i+1 < len(line):
			i++
			word.WriteByte(line[i])
			inWord = true
		default:
			word.WriteByte(c)
			inWord = true
		}
	}
	if quoted {
		t.Fatalf("unbalanced quote in %q", line)
	}
	if inWord {
		words = append(words, word.String())
	}
	return words
}

func itoa(n int32) string { b, _ := json.Marshal(n); return string(b) }

func TestCheckJSON(t *testing.T) {
	_, flags := checkProject(t, map[string]string{
		"schema/users.sql":  usersTable,
		"sql/V1__users.sql": "CREATE TABLE users (id bigint PRIMARY KEY);\n",
	})
	stdout, _ := mustRun(t, 1, append([]string{"check", "--format", "json"}, flags...)...)
	var got struct {
		Format  int  `json:"format"`
		InSync  bool `json:"in_sync"`
		Summary struct {
			ObjectsChanged int `json:"objects_changed"`
			Statements     int `json:"statements"`
		} `json:"summary"`
		Hazards   []any `json:"hazards"`
		Objects   []struct{ Object, Status string }
		Problems  []string                         `json:"problems"`
		NextSteps []struct{ Text, Command string } `json:"next_steps"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, stdout)
	}
	if got.Format != 1 || got.InSync || got.Summary.ObjectsChanged != 1 || got.Summary.Statements != 1 ||
		got.Hazards == nil || got.Problems == nil || len(got.Objects) != 1 || got.Objects[0].Object != "table public.users" ||
		len(got.NextSteps) == 0 || !strings.HasPrefix(got.NextSteps[0].Command, "pgshape generate change_users ") {
		t.Errorf("got %+v from:\n%s", got, stdout)
	}
}

func TestUnknownFormatIsAUsageError(t *testing.T) {
	for _, c := range []struct {
		args  []string
		valid string
	}{
		{[]string{"plan", "--format", "yaml"}, "sql, text, json, markdown"},
		{[]string{"generate", "x", "--format", "md"}, "paths, sql, text, json, markdown"},
		{[]string{"check", "--format", "sql"}, "text, markdown, json"},
		{[]string{"plan", "--format", "text", "--order", "size"}, "plan, risk"},
	} {
		code, stdout, stderr := pgshape(t, c.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "valid: "+c.valid) {
			t.Errorf("pgshape %s: exit %d, stdout %q, stderr %q; want exit 2 listing %s", strings.Join(c.args, " "), code, stdout, stderr, c.valid)
		}
	}
}

// TestPlanFormats: the review formats of plan, and the default kept as bare SQL.
func TestPlanFormats(t *testing.T) {
	db := pgtest.NewDatabase(t)
	pgtest.Exec(t, db, "CREATE TABLE users (id int PRIMARY KEY, legacy text)")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"users.sql": "CREATE TABLE users (id int PRIMARY KEY);"})
	base := []string{"plan", "--url", db, "--dev-url", devURL(), "--schema", dir}

	// With --url, the hazard is graded by the target's table, and the review
	// lists the lock the rehearsal saw.
	stdout, _ := mustRun(t, 0, append(base, "--format", "markdown", "--order", "risk")...)
	for _, want := range []string{"## pgshape plan", "| statement | hazard | target | why | what to do |",
		"| `ALTER TABLE public.users DROP COLUMN legacy;` | data-loss | public.users: rows unknown (never analyzed), ",
		"| `ALTER TABLE public.users DROP COLUMN legacy;` | AccessExclusiveLock on public.users |",
		"```sql\n", "```diff\n", "--allow-hazards data-loss"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("markdown lacks %q:\n%s", want, stdout)
		}
	}
	// The bare SQL still refuses the hazard.
	mustRun(t, 2, base...)

	pgtest.Exec(t, db, "ALTER TABLE users DROP COLUMN legacy")
	for _, format := range []string{"text", "markdown", "json"} {
		stdout, _ := mustRun(t, 0, append(base, "--format", format)...)
		if !strings.Contains(strings.ToLower(stdout), "in sync") && !strings.Contains(stdout, `"in_sync": true`) {
			t.Errorf("--format %s in sync: %q", format, stdout)
		}
	}
	if stdout, _ := mustRun(t, 0, base...); stdout != "" {
		t.Errorf("plan in sync printed %q, want nothing", stdout)
	}
}

// TestGenerateFormats: with a review format, generate prints the review on
// stdout and the paths it wrote on stderr; in sync, the review says so.
func TestGenerateFormats(t *testing.T) {
	dir, flags := checkProject(t, map[string]string{
		"schema/users.sql":  usersTable,
		"sql/V1__users.sql": "CREATE TABLE users (id bigint PRIMARY KEY);\n",
	})
	stdout, stderr := mustRun(t, 0, append([]string{"generate", "email", "--format", "json"}, flags...)...)
	var got struct {
		Format int    `json:"format"`
		SQL    string `json:"sql"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || got.Format != 1 ||
		!strings.Contains(got.SQL, "ALTER TABLE public.users ADD COLUMN email text NOT NULL;\n") {
		t.Errorf("stdout %q (%v), want the review as JSON", stdout, err)
	}
	path := filepath.Join(dir, "sql", "V2__email.sql")
	if !strings.Contains(stderr, "pgshape: wrote "+path) {
		t.Errorf("stderr %q, want the path written", stderr)
	}
	stdout, _ = mustRun(t, 0, append([]string{"generate", "again", "--format", "text"}, flags...)...)
	if !strings.Contains(stdout, "in sync") {
		t.Errorf("in sync: stdout %q", stdout)
	}
	if stdout, _ := mustRun(t, 0, append([]string{"generate", "again"}, flags...)...); stdout != "" {
		t.Errorf("in sync, default format: stdout %q, want nothing", stdout)
	}
}

// TestCheckHidesPasswords: an unreachable --url fails the check (exit 2)
// without printing its password, and so does a --dev-url in the printed
// generate command.
func TestCheckHidesPasswords(t *testing.T) {
	_, flags := checkProject(t, map[string]string{
		"schema/users.sql":  usersTable,
		"sql/V1__users.sql": usersTable,
	})
	code, stdout, stderr := pgshape(t, append([]string{"check", "--url", unreachable}, flags...)...)
	if code != 2 || strings.Contains(stdout+stderr, "Unreachable-Pw-1") {
		t.Errorf("exit %d; want 2 and no password:\n%s%s", code, stdout, stderr)
	}

	dev := pgtest.Server().ConnString("postgres")
	withPassword := strings.Replace(dev, "postgres://postgres@", "postgres://postgres:Dev-Pw-2@", 1)
	if withPassword == dev {
		t.Skipf("cannot add a password to %s", dev)
	}
	_, flags = checkProject(t, map[string]string{"schema/users.sql": usersTable})
	flags[len(flags)-1] = withPassword // trust authentication ignores the password
	code, stdout, stderr = pgshape(t, append([]string{"check"}, flags...)...)
	if code != 1 || strings.Contains(stdout+stderr, "Dev-Pw-2") || !strings.Contains(stdout, "--dev-url") {
		t.Errorf("exit %d; want 1, a generate command with --dev-url and no password:\n%s%s", code, stdout, stderr)
	}
}
