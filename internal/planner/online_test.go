package planner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/sql/migrate"
)

// TestOnlineCases runs testdata/online: tables with rows, changed the way a busy
// database needs. The plan must match the golden plan.sql; written as generate
// writes it (a file per group, with its .sql.conf), it is applied by the runner,
// as pgshape migrate applies it, SET statements included. Afterwards the catalog
// equals desired.sql's, every constraint and index is valid, no row is lost, and
// a second plan is empty.
func TestOnlineCases(t *testing.T) {
	for _, dir := range caseDirs(t, "../../testdata/online") {
		t.Run(caseName(dir), func(t *testing.T) {
			t.Parallel()
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(dir, "current.sql")))
			rowsBefore := rowCounts(t, cur)
			schemaDir := desiredDir(t, dir)
			result := runPlannerOptions(t, cur, schemaDir, false)
			comparePlanGolden(t, filepath.Join(dir, "plan.sql"), result.Plan.SQL())
			compareInput(t, dir, result)

			assertLocksPredicted(t, result.Plan)
			migrateFiles(t, cur, result.Plan)

			want := pgtest.NewDatabase(t)
			loadDesiredFiles(t, want, schemaDir)
			assertSameCatalog(t, cur, want, false)
			assertAllValid(t, cur)
			if after := rowCounts(t, cur); after != rowsBefore {
				t.Errorf("rows before and after differ:\nbefore %s\nafter  %s", rowsBefore, after)
			}
			if again := runPlannerOptions(t, cur, schemaDir, false); !again.Plan.Empty() {
				t.Errorf("second plan is not empty:\n%s", again.Plan.SQL())
			}
		})
	}
}

// migrateFiles writes the plan's groups as generate does and applies them with the
// runner, baselining the database first.
func migrateFiles(t *testing.T, url string, plan *emitter.Plan) {
	t.Helper()
	dir := t.TempDir()
	for i, g := range plan.Groups {
		name := filepath.Join(dir, fmt.Sprintf("V%d__online_part_%d.sql", i+1, i+1))
		if err := os.WriteFile(name, []byte(plan.MigrationFile(g, i+1, len(plan.Groups), "schema/")), 0o644); err != nil {
			t.Fatal(err)
		}
		if conf := emitter.ScriptConf(g); conf != "" {
			if err := os.WriteFile(name+".conf", []byte(conf), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cfg := migrate.Config{
		Connect:           func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, url) },
		Locations:         []migrate.Location{{Name: dir, FS: os.DirFS(dir)}},
		BaselineOnMigrate: true,
		BaselineVersion:   "0",
	}
	sum, err := migrate.New(cfg).Migrate(context.Background())
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if len(sum.Applied) != len(plan.Groups) {
		t.Fatalf("migrate applied %d files, want %d", len(sum.Applied), len(plan.Groups))
	}
}

// assertAllValid fails when a constraint is not validated or an index is invalid.
func assertAllValid(t *testing.T, url string) {
	t.Helper()
	var bad []string
	rows := queryText(t, url, `SELECT 'constraint ' || conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
		WHERE n.nspname = 'public' AND NOT c.convalidated
		UNION ALL SELECT 'index ' || indexrelid::regclass FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = ic.relnamespace WHERE n.nspname = 'public' AND NOT i.indisvalid`)
	for _, r := range rows {
		bad = append(bad, r[0])
	}
	if len(bad) > 0 {
		t.Errorf("not valid after the migration: %s", strings.Join(bad, ", "))
	}
}

// rowCounts lists the row count of every table in public, for comparison.
func rowCounts(t *testing.T, url string) string {
	t.Helper()
	var out []string
	for _, r := range queryText(t, url, `SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history' ORDER BY 1`) {
		n := queryText(t, url, "SELECT count(*)::text FROM "+r[0])
		out = append(out, r[0]+"="+n[0][0])
	}
	return strings.Join(out, " ")
}

// queryText runs sql and returns its rows, every value as text.
func queryText(t *testing.T, url, sql string) [][]string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	var out [][]string
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(vals))
		for i, v := range vals {
			row[i] = fmt.Sprint(v)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return out
}

// assertLocksPredicted checks the locks predicted for the steps of the online
// forms against the ones the rehearsal observed: every lock that blocks writes,
// seen taken on a table that existed, must be predicted as blocking writes on that
// table. Those steps run outside the plan's transaction too, where nothing is
// observed and the file header and the timeouts go by the prediction alone; a
// header that says "writes go on" where they would wait is the one mistake it may
// not make.
func assertLocksPredicted(t *testing.T, plan *emitter.Plan) {
	t.Helper()
	for _, s := range plan.Statements() {
		switch c := s.Change.(type) {
		case *differ.ProveNotNull, *differ.SetNotNull, *differ.ValidateConstraint, *differ.SwapIndex:
		case *differ.AddConstraint:
			if !c.ValidatedLater && c.UsingIndex == "" {
				continue
			}
		case *differ.CreateIndex:
			if !c.Concurrently {
				continue
			}
		default:
			continue
		}
		for _, seen := range s.Observed {
			if !seen.BlocksWrites() {
				continue
			}
			predicted := false
			for _, l := range s.Locks {
				predicted = predicted || l.Relation == seen.Relation && l.BlocksWrites()
			}
			if !predicted {
				t.Errorf("%s took %s on %s, which blocks writes; predicted: %s", s.SQL, seen.ModeName(), seen.Relation, emitter.LockSummary(s))
			}
		}
	}
}

// TestPlainDDL plans the online cases with --online=false: one transaction of plain
// DDL (no NOT VALID, no CONCURRENTLY, no helper check), which the runner applies and
// which converges as well.
func TestPlainDDL(t *testing.T) {
	for _, name := range []string{"add_check", "add_foreign_key", "set_not_null", "add_unique_constraint", "add_primary_key", "replace_unique_constraint"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("../../testdata/online", name)
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(dir, "current.sql")))
			schemaDir := desiredDir(t, dir)
			result, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres"), SQL: SQLOptions{Plain: true}}, URLSource(cur), SchemaSource(schemaDir))
			if err != nil {
				t.Fatalf("plan: %v", err)
			}
			sql := result.Plan.SQL()
			if len(result.Plan.Groups) != 1 || !result.Plan.Groups[0].Transactional {
				t.Errorf("want one transaction, got %d groups:\n%s", len(result.Plan.Groups), sql)
			}
			for _, online := range []string{"NOT VALID", "CONCURRENTLY", "VALIDATE", "_pgshape_", "USING INDEX"} {
				if strings.Contains(sql, online) {
					t.Errorf("plain DDL holds %q:\n%s", online, sql)
				}
			}
			migrateFiles(t, cur, result.Plan)
			want := pgtest.NewDatabase(t)
			loadDesiredFiles(t, want, schemaDir)
			assertSameCatalog(t, cur, want, false)
			assertAllValid(t, cur)
		})
	}
}
