package migrate

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// infoStates runs Info and returns "version-or-script state" lines.
func infoStates(t *testing.T, cfg Config) []string {
	t.Helper()
	rows, err := New(cfg).Info(context.Background())
	if err != nil {
		t.Fatalf("Info: %v", err)
	}
	var out []string
	for _, r := range rows {
		name := r.Version
		if name == "" {
			name = r.Script
		}
		out = append(out, name+" "+string(r.State))
	}
	return out
}

func TestOutOfOrder(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{"V1__a.sql": "CREATE TABLE a ();", "V3__c.sql": "CREATE TABLE c ();"}
	mustMigrate(t, testConfig(url, mapLocation("sql", files)))
	files["V2__b.sql"] = "CREATE TABLE b ();"
	cfg := testConfig(url, mapLocation("sql", files))

	equalLines(t, "info", infoStates(t, cfg), []string{"1 success", "3 success", "2 ignored"})
	_, err := New(cfg).Migrate(context.Background())
	var vErr *ValidationError
	if !errors.As(err, &vErr) || !strings.Contains(err.Error(), "version 2 (V2__b.sql) is below the current version 3 and outOfOrder is off") ||
		!strings.Contains(err.Error(), "use outOfOrder (--out-of-order)") {
		t.Fatalf("Migrate: %v; want a validation error saying to use outOfOrder", err)
	}
	// Without validation the file is ignored, never run.
	cfg.SkipValidateOnMigrate = true
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 0 || exists(t, conn, "b") {
		t.Fatalf("ignored file applied: %+v", sum)
	}
	cfg.OutOfOrder = true
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 1 || !exists(t, conn, "b") {
		t.Fatalf("outOfOrder: %+v", sum)
	}
	equalLines(t, "info", infoStates(t, cfg), []string{"1 success", "3 success", "2 out_of_order"})
	cfg.OutOfOrder = false
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestTarget(t *testing.T) {
	url := pgtest.NewDatabase(t)
	files := map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 1;", "V3__c.sql": "SELECT 1;", "R__r.sql": "SELECT 1;"}
	tests := []struct {
		target string
		info   []string
	}{
		{"current", []string{"1 above_target", "2 above_target", "3 above_target", "R__r.sql pending"}},
		{"1.5", []string{"1 success", "R__r.sql success", "2 above_target", "3 above_target"}},
		{"current", []string{"1 success", "R__r.sql success", "2 above_target", "3 above_target"}},
		{"latest", []string{"1 success", "R__r.sql success", "2 success", "3 success"}},
	}
	for _, tt := range tests {
		cfg := testConfig(url, mapLocation("sql", files))
		cfg.Target = tt.target
		if tt.target != "current" || tt.info[0] != "1 above_target" {
			mustMigrate(t, cfg)
		}
		equalLines(t, "info after target "+tt.target, infoStates(t, cfg), tt.info)
	}
	cfg := testConfig(url, mapLocation("sql", files))
	cfg.Target = "next"
	if _, err := New(cfg).Migrate(context.Background()); err == nil || !strings.Contains(err.Error(), `target "next"`) {
		t.Errorf("target next: %v", err)
	}
}

func TestBaselineOnMigrate(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	pgtest.Exec(t, url, "CREATE TABLE legacy (id int)")
	files := map[string]string{"V1__legacy.sql": "CREATE TABLE legacy (id int);", "V2__more.sql": "CREATE TABLE more ();"}
	cfg := testConfig(url, mapLocation("sql", files))
	_, err := New(cfg).Migrate(context.Background())
	if err == nil || !strings.Contains(err.Error(), `found non-empty schema(s) "public" but no history table`) {
		t.Fatalf("Migrate without baselineOnMigrate: %v", err)
	}
	cfg.BaselineOnMigrate = true
	sum := mustMigrate(t, cfg)
	if !sum.Baselined || len(sum.Applied) != 1 || sum.Version != "2" {
		t.Errorf("summary %+v", sum)
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|true",
		"2|2|more|SQL|V2__more.sql|true",
	})
	equalLines(t, "info", infoStates(t, cfg), []string{"1 baseline", "2 success", "1 below_baseline"})
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestBaseline(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 1;", "V3__c.sql": "SELECT 1;"}
	cfg := testConfig(url, mapLocation("sql", files))
	cfg.BaselineVersion, cfg.BaselineDescription = "2", "before pgshape"
	if err := New(cfg).Baseline(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := New(cfg).Baseline(context.Background()); err != nil {
		t.Errorf("second Baseline at the same version: %v", err)
	}
	other := cfg
	other.BaselineVersion = "3"
	if err := New(other).Baseline(context.Background()); err == nil || !strings.Contains(err.Error(), "already baselined at version 2") {
		t.Errorf("Baseline at another version: %v", err)
	}
	mustMigrate(t, cfg)
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|2|before pgshape|BASELINE|before pgshape|true",
		"2|3|c|SQL|V3__c.sql|true",
	})
	// A history with migrations and no baseline cannot be baselined.
	url = pgtest.NewDatabase(t)
	cfg = testConfig(url, mapLocation("sql", files))
	mustMigrate(t, cfg)
	if err := New(cfg).Baseline(context.Background()); err == nil || !strings.Contains(err.Error(), "already holds migrations") {
		t.Errorf("Baseline after migrate: %v", err)
	}
}

func TestValidate(t *testing.T) {
	applied := map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;", "R__r.sql": "SELECT 3;"}
	tests := []struct {
		name     string
		files    map[string]string
		patterns []string
		want     string // "" for success
	}{
		{"unchanged", applied, nil, ""},
		{"checksum", map[string]string{"V1__a.sql": "SELECT 10;", "V2__b.sql": "SELECT 2;", "R__r.sql": "SELECT 3;"}, nil,
			"migration version 1 (V1__a.sql) differs from what was applied: checksum: applied"},
		{"description", map[string]string{"V1__a.sql": "SELECT 1;", "V2__bb.sql": "SELECT 2;", "R__r.sql": "SELECT 3;"}, nil,
			`description: applied "b", resolved locally "bb"`},
		{"pending", map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;", "V3__c.sql": "", "R__r.sql": "SELECT 3;"}, nil,
			"detected resolved migration not applied to database: version 3 (V3__c.sql)"},
		{"pending ignored", map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;", "V3__c.sql": "", "R__r.sql": "SELECT 3;"},
			[]string{"versioned:pending"}, ""},
		{"repeatable changed", map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;", "R__r.sql": "SELECT 4;"}, nil,
			"detected resolved migration not applied to database: R__r.sql"},
		{"missing", map[string]string{"V2__b.sql": "SELECT 2;", "R__r.sql": "SELECT 3;"}, nil,
			"detected applied migration not resolved locally: version 1 (V1__a.sql)"},
		{"missing ignored", map[string]string{"V2__b.sql": "SELECT 2;", "R__r.sql": "SELECT 3;"}, []string{"*:missing"}, ""},
		{"future ignored by default", map[string]string{"V1__a.sql": "SELECT 1;", "R__r.sql": "SELECT 3;"}, nil, ""},
		{"future", map[string]string{"V1__a.sql": "SELECT 1;", "R__r.sql": "SELECT 3;"}, []string{},
			"detected applied migration newer than every file: version 2"},
		{"bad pattern", applied, []string{"versioned:gone"}, `ignore migration pattern "versioned:gone" is not type:state`},
	}
	url := pgtest.NewDatabase(t)
	mustMigrate(t, testConfig(url, mapLocation("sql", applied)))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(url, mapLocation("sql", tt.files))
			cfg.IgnoreMigrationPatterns = tt.patterns
			err := New(cfg).Validate(context.Background())
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate: %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}

func TestRepeatables(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{
		"V1__t.sql":     "CREATE TABLE t (id int, who text);",
		"R__b_view.sql": "CREATE OR REPLACE VIEW b AS SELECT '${who}'::text AS who;",
		"R__a_view.sql": "CREATE OR REPLACE VIEW a AS SELECT 1 AS one;",
		"V2__u.sql":     "INSERT INTO t VALUES (1, '${WHO}');",
	}
	cfg := testConfig(url, mapLocation("sql", files))
	cfg.Placeholders = map[string]string{"Who": "alice"}
	mustMigrate(t, cfg)
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true",
		"2|2|u|SQL|V2__u.sql|true",
		"3|<null>|a view|SQL|R__a_view.sql|true",
		"4|<null>|b view|SQL|R__b_view.sql|true",
	})
	// A new placeholder value changes the repeatable's checksum (taken after
	// replacement), not the versioned one's (taken before).
	cfg.Placeholders = map[string]string{"who": "bob"}
	sum := mustMigrate(t, cfg)
	if len(sum.Applied) != 1 || sum.Applied[0].Script != "R__b_view.sql" {
		t.Errorf("applied %+v, want R__b_view.sql alone", sum.Applied)
	}
	var who string
	if err := conn.QueryRow(context.Background(), "SELECT who FROM b").Scan(&who); err != nil || who != "bob" {
		t.Errorf("view b says %q (%v), want bob", who, err)
	}
	// A changed file applies again.
	files["R__a_view.sql"] = "CREATE OR REPLACE VIEW a AS SELECT 1 AS one, 2 AS two;"
	cfg.Locations = []Location{mapLocation("sql", files)}
	equalLines(t, "info", infoStates(t, cfg), []string{
		"1 success", "2 success", "R__a_view.sql outdated", "R__b_view.sql superseded", "R__b_view.sql success", "R__a_view.sql pending",
	})
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 1 || sum.Applied[0].Script != "R__a_view.sql" {
		t.Errorf("applied %+v, want R__a_view.sql alone", sum.Applied)
	}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestPlaceholders(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	cfg := testConfig(url, mapLocation("sql", map[string]string{
		"V1__builtins.sql": `CREATE TABLE facts AS SELECT '${flyway:defaultSchema}' AS schema, '${flyway:user}' AS usr,
			'${flyway:database}' AS db, '${flyway:filename}' AS file, '${flyway:table}' AS tbl,
			'${flyway:timestamp}'::timestamp AS ts, '${Greeting}, ${greeting}' AS greeting;`,
	}))
	cfg.Placeholders = map[string]string{"GREETING": "hi"}
	mustMigrate(t, cfg)
	var schema, usr, db, file, tbl, greeting string
	var okUser, okDB bool
	if err := conn.QueryRow(context.Background(), `SELECT schema, usr, db, file, tbl, greeting, usr = session_user,
		db = current_database() FROM facts`).Scan(&schema, &usr, &db, &file, &tbl, &greeting, &okUser, &okDB); err != nil {
		t.Fatal(err)
	}
	if schema != "public" || file != "V1__builtins.sql" || tbl != "flyway_schema_history" || greeting != "hi, hi" || !okUser || !okDB {
		t.Errorf("got %q %q %q %q %q %q", schema, usr, db, file, tbl, greeting)
	}
	cfg = testConfig(pgtest.NewDatabase(t), mapLocation("sql", map[string]string{"V2__x.sql": "SELECT '${nosuch}';"}))
	_, err := New(cfg).Migrate(context.Background())
	if err == nil || !strings.Contains(err.Error(), "V2__x.sql: no value for placeholder ${nosuch}") {
		t.Errorf("Migrate: %v", err)
	}
}

func TestCallbacks(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	logged := func(event string) string {
		return "INSERT INTO events (event) VALUES ('" + event + "');"
	}
	files := map[string]string{
		"V1__events.sql":                 "CREATE TABLE IF NOT EXISTS events (n serial, event text, at_version text);",
		"V2__two.sql":                    "SELECT 1;",
		"beforeMigrate.sql":              "CREATE TABLE IF NOT EXISTS events (n serial, event text, at_version text);\n" + logged("beforeMigrate"),
		"beforeEachMigrate.sql":          logged("beforeEachMigrate"),
		"afterEachMigrate__a_note.sql":   logged("afterEachMigrate"),
		"callbacks/afterMigrate.sql":     logged("afterMigrate ${flyway:filename}"),
		"beforeValidate.sql":             "CREATE TABLE IF NOT EXISTS events (n serial, event text, at_version text);\n" + logged("beforeValidate"),
		"afterValidate.sql":              logged("afterValidate"),
		"afterMigrateError.sql":          logged("afterMigrateError"),
		"beforeEachMigrateStatement.sql": "SELECT 1;",
	}
	cfg := testConfig(url, mapLocation("sql", files))
	var notes []string
	cfg.Logf = func(format string, args ...any) { notes = append(notes, format) }
	mustMigrate(t, cfg)
	events := func() []string {
		rows, _ := conn.Query(context.Background(), "SELECT event FROM events ORDER BY n")
		var out []string
		for rows.Next() {
			var e string
			rows.Scan(&e)
			out = append(out, e)
		}
		return out
	}
	// V1 creates events after beforeMigrate did: beforeEachMigrate of V1 runs
	// in V1's transaction, before its statements, on the table beforeMigrate made.
	pgtest.Exec(t, url, "SELECT 1")
	equalLines(t, "events", events(), []string{
		"beforeMigrate",
		"beforeEachMigrate", "afterEachMigrate",
		"beforeEachMigrate", "afterEachMigrate",
		"afterMigrate afterMigrate.sql",
	})
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|events|SQL|V1__events.sql|true",
		"2|2|two|SQL|V2__two.sql|true",
	})
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := events(); got[len(got)-2] != "beforeValidate" || got[len(got)-1] != "afterValidate" {
		t.Errorf("validate callbacks: %v", got)
	}
	files["V3__broken.sql"] = "SELECT nosuch;"
	cfg.Locations = []Location{mapLocation("sql", files)}
	if _, err := New(cfg).Migrate(context.Background()); err == nil {
		t.Fatal("Migrate succeeded")
	}
	if got := events(); got[len(got)-1] != "afterMigrateError" {
		t.Errorf("after a failure: %v", got)
	}
	if !strings.Contains(strings.Join(notes, "\n"), "is not run: pgshape does not support the %s event") {
		t.Errorf("no note about the unsupported callback: %v", notes)
	}
}
