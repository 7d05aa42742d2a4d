package migrate

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

func TestNonTransactionalFailureNeedsRepair(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{
		"V1__t.sql": "CREATE TABLE t (id int, y int);",
		"V2__indexes.sql": "CREATE INDEX CONCURRENTLY t_id ON t (id);\n" +
			"CREATE INDEX CONCURRENTLY t_z ON t (z);\n",
		"V3__later.sql": "CREATE TABLE later ();",
	}
	cfg := testConfig(url, mapLocation("sql", files))
	_, err := New(cfg).Migrate(context.Background())
	var mErr *Error
	if !errors.As(err, &mErr) || mErr.Path != "V2__indexes.sql" || mErr.Line != 2 {
		t.Fatalf("Migrate: %v; want an *Error at V2__indexes.sql line 2", err)
	}
	if !strings.Contains(err.Error(), "run `pgshape repair`") {
		t.Errorf("the error does not say to run repair:\n%v", err)
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true",
		"2|2|indexes|SQL|V2__indexes.sql|false",
	})
	equalLines(t, "info", infoStates(t, cfg), []string{"1 success", "2 failed", "3 pending"})
	// Later runs stop, even without validation, until repair.
	for _, skip := range []bool{false, true} {
		cfg.SkipValidateOnMigrate = skip
		_, err = New(cfg).Migrate(context.Background())
		if err == nil || !strings.Contains(err.Error(), "failed migration") || !strings.Contains(err.Error(), "`pgshape repair`") {
			t.Fatalf("Migrate after a failure (skip validate %v): %v; want a refusal that says to repair", skip, err)
		}
	}
	if exists(t, conn, "later") {
		t.Fatal("V3 applied after a failed migration")
	}
	// The fix: the file is corrected, what it left undone, and the history repaired.
	files["V2__indexes.sql"] = "CREATE INDEX CONCURRENTLY t_id ON t (id);\nCREATE INDEX CONCURRENTLY t_y ON t (y);\n"
	pgtest.Exec(t, url, "DROP INDEX t_id")
	cfg.Locations = []Location{mapLocation("sql", files)}
	res, err := New(cfg).Repair(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Removed) != 1 || res.Removed[0].Script != "V2__indexes.sql" {
		t.Errorf("repair removed %+v", res.Removed)
	}
	sum := mustMigrate(t, cfg)
	if len(sum.Applied) != 2 || !exists(t, conn, "t_y") || !exists(t, conn, "later") {
		t.Errorf("after repair: %+v", sum)
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|t|SQL|V1__t.sql|true",
		"2|2|indexes|SQL|V2__indexes.sql|true",
		"3|3|later|SQL|V3__later.sql|true",
	})
}

func TestRepair(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{"V1__a.sql": "SELECT 1;", "V2__b.sql": "SELECT 2;", "V3__c.sql": "SELECT 3;", "R__r.sql": "SELECT 4;"}
	cfg := testConfig(url, mapLocation("sql", files))
	mustMigrate(t, cfg)
	// V1 edited, V2 renamed, R__r.sql deleted: validate fails, repair realigns.
	edited := map[string]string{"V1__a.sql": "SELECT 10;", "V2__bee.sql": "SELECT 2;", "V3__c.sql": "SELECT 3;"}
	cfg.Locations = []Location{mapLocation("sql", edited)}
	if err := New(cfg).Validate(context.Background()); err == nil {
		t.Fatal("Validate passed")
	}
	res, err := New(cfg).Repair(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Aligned) != 2 || len(res.Deleted) != 1 || res.Deleted[0].Script != "R__r.sql" || len(res.Removed) != 0 {
		t.Errorf("repair: %+v", res)
	}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate after repair: %v", err)
	}
	equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{
		"1|1|a|SQL|V1__a.sql|true",
		"2|2|bee|SQL|V2__b.sql|true",
		"3|3|c|SQL|V3__c.sql|true",
		"4|<null>|r|SQL|R__r.sql|true",
		"5|<null>|r|DELETE|R__r.sql|true",
	})
	equalLines(t, "info", infoStates(t, cfg), []string{"1 success", "2 success", "3 success", "R__r.sql deleted"})
	// Versioned files removed: missing, then deleted.
	cfg.Locations = []Location{mapLocation("sql", map[string]string{"V3__c.sql": "SELECT 3;"})}
	equalLines(t, "info", infoStates(t, cfg), []string{"1 missing", "2 missing", "3 success", "R__r.sql deleted"})
	if _, err := New(cfg).Repair(context.Background()); err != nil {
		t.Fatal(err)
	}
	equalLines(t, "info", infoStates(t, cfg), []string{"1 deleted", "2 deleted", "3 success", "R__r.sql deleted"})
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Errorf("Validate after repair: %v", err)
	}
}

func TestMixedAndExecuteInTransaction(t *testing.T) {
	mixed := "CREATE TABLE m (id int);\nSET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY m_id ON m (id);\n"
	tests := []struct {
		name  string
		files map[string]string
		mixed bool
		want  string // error, "" for success
	}{
		{"mixed refused", map[string]string{"V1__m.sql": mixed}, false,
			"migrate: V1__m.sql line 1: the file mixes a statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY at line 3) with ones that can"},
		{"mixed allowed", map[string]string{"V1__m.sql": mixed}, true, ""},
		{"set is neutral", map[string]string{"V1__t.sql": "CREATE TABLE m (id int);",
			"V2__i.sql": "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY m_id ON m (id);"}, false, ""},
		// executeInTransaction=false: statement by statement, so the first stays.
		{"conf", map[string]string{"V1__m.sql": "CREATE TABLE m (id int);\nSELECT nosuch;", "V1__m.sql.conf": "# no tx\nexecuteInTransaction=false\n"},
			false, "migrate: V1__m.sql line 2: column \"nosuch\" does not exist"},
		{"bad conf", map[string]string{"V1__m.sql": "SELECT 1;", "V1__m.sql.conf": "executeInTransaction=maybe\n"},
			false, "V1__m.sql.conf line 1: executeInTransaction must be true or false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := pgtest.NewDatabase(t)
			conn := connectTest(t, url)
			cfg := testConfig(url, mapLocation("sql", tt.files))
			cfg.Mixed = tt.mixed
			_, err := New(cfg).Migrate(context.Background())
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !exists(t, conn, "m_id") {
					t.Error("index m_id missing")
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) && !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Migrate: %v\nwant: %s", err, tt.want)
			}
			if tt.name == "conf" {
				if !exists(t, conn, "m") {
					t.Error("table m missing: the file ran in a transaction")
				}
				equalLines(t, "history", historyRows(t, conn, "flyway_schema_history"), []string{"1|1|m|SQL|V1__m.sql|false"})
			}
		})
	}
}

// CREATE INDEX CONCURRENTLY waits for every transaction older than it: it must
// not wait for the lock's holder, which is our own run.
func TestCreateIndexConcurrentlyUnderLock(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	cfg := testConfig(url, mapLocation("sql", map[string]string{
		"V1__t.sql":    "CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 10000) g;",
		"V2__cic.sql":  "CREATE INDEX CONCURRENTLY t_id ON t (id);",
		"V3__held.sql": "CREATE TABLE held AS SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted;",
	}))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := New(cfg).Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var valid bool
	var held int
	if err := conn.QueryRow(ctx, "SELECT indisvalid, (SELECT n FROM held) FROM pg_index WHERE indexrelid = 't_id'::regclass").Scan(&valid, &held); err != nil {
		t.Fatal(err)
	}
	if !valid || held != 1 {
		t.Errorf("index valid %v, advisory locks held during the run %d; want true, 1", valid, held)
	}
}

// Flyway holds the same key, as a session lock or (its default) a transaction
// lock: either keeps pgshape out.
func TestLockHeldElsewhere(t *testing.T) {
	for _, lock := range []string{"BEGIN; SELECT pg_advisory_xact_lock(77433833903597)", "SELECT pg_advisory_lock(77433833903597)"} {
		t.Run(lock, func(t *testing.T) { testLockHeldElsewhere(t, lock) })
	}
}

func testLockHeldElsewhere(t *testing.T, lock string) {
	url := pgtest.NewDatabase(t)
	holder := connectTest(t, url)
	if _, err := holder.PgConn().Exec(context.Background(), lock).ReadAll(); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(url, mapLocation("sql", map[string]string{"V1__a.sql": "SELECT 1;"}))
	cfg.LockRetryCount = 2
	_, err := New(cfg).Migrate(context.Background())
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "advisory lock 77433833903597") || !strings.Contains(err.Error(), "held by pid") {
		t.Fatalf("Migrate: %v; want ErrLocked naming the key and the holder", err)
	}
	holder.PgConn().Exec(context.Background(), "ROLLBACK; SELECT pg_advisory_unlock_all()").ReadAll()
	mustMigrate(t, cfg)
}

func TestSchemasCreatedAndClean(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{
		"V1__app.sql": "CREATE TABLE app.users (id serial PRIMARY KEY, tags text[]);\n" +
			"CREATE TYPE app.mood AS ENUM ('ok');\nCREATE VIEW app.v AS SELECT id FROM app.users;\n" +
			"CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
	}
	pgtest.Exec(t, url, "CREATE TABLE public.kept (id int)")
	cfg := testConfig(url, mapLocation("sql", files))
	cfg.Schemas = []string{"app", "audit"}
	sum := mustMigrate(t, cfg)
	if strings.Join(sum.SchemasCreated, ",") != "app,audit" {
		t.Errorf("schemas created: %v", sum.SchemasCreated)
	}
	equalLines(t, "history", historyRows(t, conn, "app.flyway_schema_history"), []string{
		`0|<null>|<< Flyway Schema Creation >>|SCHEMA|"app","audit"|true`,
		"1|1|app|SQL|V1__app.sql|true",
	})
	equalLines(t, "info", infoStates(t, cfg), []string{`"app","audit" success`, "1 success"})

	// Clean is refused unless enabled.
	_, err := New(cfg).Clean(context.Background())
	if !errors.Is(err, ErrCleanDisabled) || !strings.Contains(err.Error(), "--clean-enabled") {
		t.Fatalf("Clean: %v", err)
	}
	// The refusal says what it would drop, and drops nothing.
	for _, want := range []string{`schema "app" (created by the migrations: dropped whole)`, `schema "audit" (created`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("refusal does not say %q:\n%v", want, err)
		}
	}
	if !exists(t, conn, "app.flyway_schema_history") {
		t.Fatal("the refused clean dropped the history")
	}
	cfg.CleanEnabled = true
	res, err := New(cfg).Clean(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.DroppedSchemas, ",") != "app,audit" {
		t.Errorf("dropped schemas %v", res.DroppedSchemas)
	}
	var n int
	conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_namespace WHERE nspname IN ('app', 'audit')").Scan(&n)
	if n != 0 || !exists(t, conn, "public.kept") {
		t.Errorf("%d managed schemas left, public.kept exists %v", n, exists(t, conn, "public.kept"))
	}
	// Migrate again from scratch.
	mustMigrate(t, cfg)
}

func TestCleanExistingSchema(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{
		"V1__all.sql": `CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE users (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
CREATE TABLE orders (id serial PRIMARY KEY, user_id int REFERENCES users);
CREATE TABLE parts (id int) PARTITION BY RANGE (id);
CREATE TABLE parts_1 PARTITION OF parts FOR VALUES FROM (0) TO (10);
CREATE SEQUENCE counter;
CREATE TYPE mood AS ENUM ('ok');
CREATE TYPE pair AS (a int, b int);
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE VIEW names AS SELECT name FROM users;
CREATE MATERIALIZED VIEW counts AS SELECT count(*) FROM orders;
CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);`,
	}
	cfg := testConfig(url, mapLocation("sql", files))
	mustMigrate(t, cfg)
	cfg.CleanEnabled = true
	res, err := New(cfg).Clean(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	equalLines(t, "dropped", res.Dropped, []string{
		"extension pg_trgm",
		"view names",
		"materialized view counts",
		"table flyway_schema_history",
		"table orders",
		"table parts",
		"table users",
		"sequence counter",
		"function f(integer)",
		"procedure p()",
		"aggregate total(integer)",
		"domain posint",
		"type mood",
		"type pair",
	})
	var left int
	if err := conn.QueryRow(context.Background(), `SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)
		+ (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)
		+ (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace)`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("%d objects left in public", left)
	}
	mustMigrate(t, cfg)
}

func TestBOMAndCRLF(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	lf := "CREATE TABLE t (\n  id int\n);\nINSERT INTO t VALUES (1);\n"
	crlf := "\uFEFF" + strings.ReplaceAll(lf, "\n", "\r\n")
	cfg := testConfig(url, mapLocation("sql", map[string]string{"V1__t.sql": crlf, "R__r.sql": crlf[:3] + "SELECT\r\n1;\r\n"}))
	mustMigrate(t, cfg)
	var sum int32
	if err := conn.QueryRow(context.Background(), "SELECT checksum FROM flyway_schema_history WHERE version = '1'").Scan(&sum); err != nil {
		t.Fatal(err)
	}
	if sum != Checksum([]byte(lf)) {
		t.Errorf("checksum %d, want the LF file's %d", sum, Checksum([]byte(lf)))
	}
	// The same file with LF endings validates against the CRLF one's row.
	cfg.Locations = []Location{mapLocation("sql", map[string]string{"V1__t.sql": lf, "R__r.sql": "SELECT\n1;\n"})}
	if err := New(cfg).Validate(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestGroup(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	files := map[string]string{"V1__a.sql": "CREATE TABLE a ();", "V2__b.sql": "CREATE TABLE b ();", "V3__c.sql": "CREATE TABLE c (x nosuchtype);"}
	cfg := testConfig(url, mapLocation("sql", files))
	cfg.Group = true
	_, err := New(cfg).Migrate(context.Background())
	if err == nil || !strings.Contains(err.Error(), "V3__c.sql line 1") {
		t.Fatalf("Migrate: %v", err)
	}
	if exists(t, conn, "a") || len(historyRows(t, conn, "flyway_schema_history")) != 0 {
		t.Fatal("part of a failed group stayed")
	}
	files["V3__c.sql"] = "CREATE TABLE c ();"
	files["V4__i.sql"] = "CREATE INDEX CONCURRENTLY ci ON c ((1));"
	cfg.Locations = []Location{mapLocation("sql", files)}
	if _, err := New(cfg).Migrate(context.Background()); err == nil || !strings.Contains(err.Error(), "V4__i.sql: group=true") {
		t.Fatalf("Migrate with a non-transactional file: %v", err)
	}
	delete(files, "V4__i.sql")
	cfg.Locations = []Location{mapLocation("sql", files)}
	if sum := mustMigrate(t, cfg); len(sum.Applied) != 3 || sum.Version != "3" {
		t.Errorf("summary %+v", sum)
	}
}

func TestDefaultSchema(t *testing.T) {
	url := pgtest.NewDatabase(t)
	conn := connectTest(t, url)
	cfg := testConfig(url, mapLocation("sql", map[string]string{"V1__t.sql": "CREATE TABLE t (s text DEFAULT '${flyway:defaultSchema}');"}))
	cfg.DefaultSchema, cfg.Schemas, cfg.Table = "meta", []string{"app"}, "history"
	sum := mustMigrate(t, cfg)
	if strings.Join(sum.SchemasCreated, ",") != "meta,app" {
		t.Errorf("schemas created %v", sum.SchemasCreated)
	}
	equalLines(t, "history", historyRows(t, conn, "meta.history"), []string{
		`0|<null>|<< Flyway Schema Creation >>|SCHEMA|"meta","app"|true`,
		"1|1|t|SQL|V1__t.sql|true",
	})
	if !exists(t, conn, "meta.t") || !exists(t, conn, "meta.history_pk") || !exists(t, conn, "meta.history_s_idx") {
		t.Error("meta.t, meta.history_pk or meta.history_s_idx missing")
	}
}
