package migrate

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// testConfig returns a Config for the database at url with the given locations.
func testConfig(url string, locs ...Location) Config {
	return Config{
		Locations:         locs,
		Connect:           func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, url) },
		LockRetryInterval: 50 * time.Millisecond,
	}
}

// dirLocation is a location under testdata/runner.
func dirLocation(name string) Location {
	return Location{Name: name, FS: os.DirFS(filepath.Join("testdata", "runner", name))}
}

// mapLocation is a location made of files written in the test.
func mapLocation(name string, files map[string]string) Location {
	m := fstest.MapFS{}
	for path, content := range files {
		m[path] = &fstest.MapFile{Data: []byte(content)}
	}
	return Location{Name: name, FS: m}
}

// connectTest opens a connection for the test's checks.
func connectTest(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	return conn
}

// historyRows reads the history as "rank|version|description|type|script|success" lines.
func historyRows(t *testing.T, conn *pgx.Conn, table string) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), `SELECT installed_rank::text || '|' || coalesce(version, '<null>') || '|' ||
		description || '|' || type || '|' || script || '|' || success::text FROM `+table+` ORDER BY installed_rank`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func equalLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func mustMigrate(t *testing.T, cfg Config) *Summary {
	t.Helper()
	sum, err := New(cfg).Migrate(context.Background())
	if err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	return sum
}

func TestLockKey(t *testing.T) {
	if got, want := LockKey("public", "flyway_schema_history"), int64(77433833903597); got != want {
		t.Errorf("LockKey = %d, want %d", got, want)
	}
}

func TestMigrate(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	cfg := testConfig(url, dirLocation("shop"))
	var progress []string
	cfg.Progress = func(p Progress) {
		if p.Done {
			progress = append(progress, itoa(p.N)+"/"+itoa(p.Total)+" "+p.Script)
		}
	}
	sum := mustMigrate(t, cfg)
	if len(sum.Applied) != 4 || sum.Version != "2" || sum.InitialVersion != "" {
		t.Errorf("summary: %d applied, version %q → %q; want 4, \"\" → \"2\"", len(sum.Applied), sum.InitialVersion, sum.Version)
	}
	equalLines(t, "progress", progress, []string{
		"1/4 V1__users.sql", "2/4 V1.1__users_email_index.sql", "3/4 sub/V2__orders.sql", "4/4 R__views.sql",
	})
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|users|SQL|V1__users.sql|true",
		"2|1.1|users email index|SQL|V1.1__users_email_index.sql|true",
		"3|2|orders|SQL|sub/V2__orders.sql|true",
		"4|<null>|views|SQL|R__views.sql|true",
	})
	var user, installedBy string
	var checksum int32
	if err := conn.QueryRow(context.Background(), `SELECT current_user, installed_by, checksum FROM flyway_schema_history
		WHERE installed_rank = 1`).Scan(&user, &installedBy, &checksum); err != nil {
		t.Fatal(err)
	}
	content, _ := os.ReadFile("testdata/runner/shop/V1__users.sql")
	if installedBy != user || checksum != Checksum(content) {
		t.Errorf("installed_by %q, checksum %d; want %q, %d", installedBy, checksum, user, Checksum(content))
	}
	// A second run finds nothing to do.
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 0 || sum.Version != "2" {
		t.Errorf("second run applied %d, version %q", len(sum.Applied), sum.Version)
	}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate after migrate: %v", err)
	}
}

// The history table is Flyway's, column by column, with its constraint and
// index names.
func TestHistoryTableDDL(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	mustMigrate(t, testConfig(url, mapLocation("sql", map[string]string{"V1__a.sql": "SELECT 1;"})))
	rows, err := conn.Query(context.Background(), `SELECT column_name || ' ' || format_type(a.atttypid, a.atttypmod) ||
		CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || coalesce(' DEFAULT ' || column_default, '')
		FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = 'flyway_schema_history'::regclass AND a.attname = c.column_name
		WHERE c.table_name = 'flyway_schema_history' ORDER BY c.ordinal_position`)
	if err != nil {
		t.Fatal(err)
	}
	cols, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	equalLines(t, "columns", cols, []string{
		"installed_rank integer NOT NULL",
		"version character varying(50)",
		"description character varying(200) NOT NULL",
		"type character varying(20) NOT NULL",
		"script character varying(1000) NOT NULL",
		"checksum integer",
		"installed_by character varying(100) NOT NULL",
		"installed_on timestamp without time zone NOT NULL DEFAULT now()",
		"execution_time integer NOT NULL",
		"success boolean NOT NULL",
	})
	rows, err = conn.Query(context.Background(), `SELECT indexrelid::regclass::text || ' ' || pg_get_indexdef(indexrelid)
		FROM pg_index WHERE indrelid = 'flyway_schema_history'::regclass ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	equalLines(t, "indexes", idx, []string{
		"flyway_schema_history_pk CREATE UNIQUE INDEX flyway_schema_history_pk ON public.flyway_schema_history USING btree (installed_rank)",
		"flyway_schema_history_s_idx CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success)",
	})
}

func TestVersionsStoredAsWritten(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	long := strings.Repeat("x_", 120)
	mustMigrate(t, testConfig(url, mapLocation("sql", map[string]string{
		"V001__first.sql":      "SELECT 1;",
		"V1_1__second_one.sql": "SELECT 2;",
		"V1.10__tenth.sql":     "SELECT 3;",
		"V1.9__ninth.sql":      "SELECT 4;",
		"v2__" + long + ".SQL": "SELECT 5;",
	})))
	want := []string{
		"1|001|first|SQL|V001__first.sql|true",
		"2|1.1|second one|SQL|V1_1__second_one.sql|true",
		"3|1.9|ninth|SQL|V1.9__ninth.sql|true",
		"4|1.10|tenth|SQL|V1.10__tenth.sql|true",
		"5|2|" + strings.Repeat("x ", 98) + "x...|SQL|v2__" + long + ".SQL|true",
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), want)
	// The truncated description still validates.
	if err := New(testConfig(url, mapLocation("sql", map[string]string{
		"V001__first.sql": "SELECT 1;", "V1_1__second_one.sql": "SELECT 2;", "V1.10__tenth.sql": "SELECT 3;",
		"V1.9__ninth.sql": "SELECT 4;", "v2__" + long + ".SQL": "SELECT 5;",
	}))).Validate(context.Background()); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestEqualVersionsAreRefused(t *testing.T) {
	url := pgtest.NewDatabase(t)
	tests := []struct {
		name string
		locs []Location
		want string
	}{
		{"one location", []Location{mapLocation("sql", map[string]string{"V1__a.sql": "", "V001__b.sql": ""})},
			"V001__b.sql and V1__a.sql have the same version"},
		{"two locations", []Location{
			mapLocation("sql", map[string]string{"V1.0__a.sql": ""}),
			mapLocation("sql-local", map[string]string{"V1__b.sql": ""}),
		}, "V1.0__a.sql (location sql) and V1__b.sql (location sql-local) have the same version"},
		{"repeatables", []Location{
			mapLocation("sql", map[string]string{"R__a.sql": ""}),
			mapLocation("sql-local", map[string]string{"R__a.sql": ""}),
		}, `have the same description "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(testConfig(url, tt.locs...)).Migrate(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Migrate: %v; want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestLocationsMerge(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	mustMigrate(t, testConfig(url, dirLocation("shop"), dirLocation("local")))
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|users|SQL|V1__users.sql|true",
		"2|1.1|users email index|SQL|V1.1__users_email_index.sql|true",
		"3|1.5|local seed|SQL|V1.5__local_seed.sql|true",
		"4|2|orders|SQL|sub/V2__orders.sql|true",
		"5|3|dev user|SQL|V3__dev_user.sql|true",
		"6|<null>|views|SQL|R__views.sql|true",
	})
}

func TestFailingStatementLeavesNothing(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	cfg := testConfig(url, mapLocation("sql", map[string]string{
		"V1__ok.sql":     "CREATE TABLE a (id int);\n",
		"V2__broken.sql": "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n\nINSERT INTO b\n  VALUES ('x');\nCREATE TABLE c (id int);\n",
	}))
	_, err := New(cfg).Migrate(context.Background())
	want := `migrate: V2__broken.sql line 5: invalid input syntax for type integer: "x" (SQLSTATE 22P02)`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("Migrate: %v\nwant: %s", err, want)
	}
	var mErr *Error
	if !errors.As(err, &mErr) || mErr.Path != "V2__broken.sql" || mErr.Line != 5 {
		t.Errorf("error %#v, want *Error for V2__broken.sql line 5", err)
	}
	if !exists(t, conn, "a") || exists(t, conn, "b") || exists(t, conn, "c") {
		t.Error("want a, and neither b nor c")
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{"1|1|ok|SQL|V1__ok.sql|true"})
}

// readFS returns the content of a location's file.
func readFS(t *testing.T, loc Location, path string) string {
	t.Helper()
	b, err := fs.ReadFile(loc.FS, path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
