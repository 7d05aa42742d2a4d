package planner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

// writeSchema writes desired-state SQL into a directory of its own.
func writeSchema(t *testing.T, sql string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "schema.sql"), []byte(sql), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHazardGradedByTarget plans SET NOT NULL (plain DDL, --online=false) on a
// table of 50,000 analyzed rows: the hazard is graded with the target's row estimate and size, and the
// lock the rehearsal saw (ACCESS EXCLUSIVE) blocks reads and writes for the
// time a scan of that size takes. Replayed migrations (empty tables) grade
// nothing.
func TestHazardGradedByTarget(t *testing.T) {
	const current = `CREATE TABLE orders (id int PRIMARY KEY, note text);
		INSERT INTO orders SELECT i, 'order ' || i FROM generate_series(1, 50000) i;
		ANALYZE orders`
	desired := writeSchema(t, `CREATE TABLE orders (id int PRIMARY KEY, note text NOT NULL);`)
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, current)
	// Plain DDL: online, SET NOT NULL has no blocking scan to grade.
	result, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres"), SQL: SQLOptions{Plain: true}}, URLSource(url), SchemaSource(desired))
	if err != nil {
		t.Fatalf("plan: %v", err)
	}

	var setNotNull differ.Change
	for _, c := range result.Plan.Changes {
		for _, h := range c.Hazards() {
			if h.Kind == differ.BlockingScan {
				setNotNull = c
			}
		}
	}
	if setNotNull == nil {
		t.Fatalf("no blocking-scan hazard in the plan:\n%s", result.Plan.SQL())
	}
	g, ok := result.Grades[setNotNull]
	if !ok {
		t.Fatalf("the SET NOT NULL change is not graded; grades: %+v", result.Grades)
	}
	orders := model.QName{Schema: "public", Name: "orders"}
	if g.Table != orders {
		t.Errorf("graded table %s, want %s", g.Table, orders)
	}
	if g.Rows != 50000 {
		t.Errorf("rows %d, want 50000 (analyzed)", g.Rows)
	}
	// 50,000 short rows and their primary key: a few MB.
	if g.Bytes < 2<<20 || g.Bytes > 8<<20 {
		t.Errorf("bytes %d, want between 2 and 8 MB", g.Bytes)
	}
	if g.Blocks != "reads and writes" {
		t.Errorf("blocks %q, want reads and writes (SET NOT NULL takes ACCESS EXCLUSIVE)", g.Blocks)
	}
	if want := float64(g.Bytes) / scanBytesPerSecond; g.BlockingSeconds != want {
		t.Errorf("blocking %.4f s, want %.4f (a scan of %d bytes)", g.BlockingSeconds, want, g.Bytes)
	}
	if got := result.Current.Tables[orders].Stats; got == nil || got.Rows != 50000 {
		t.Errorf("the current state's stats: %+v, want the target's (50000 rows)", got)
	}
	if got := result.Desired.Tables[orders].Stats; got != nil {
		t.Errorf("the desired state's stats: %+v, want none (a scratch copy's)", got)
	}

	r, err := review.New(review.Input{Plan: result.Plan, Base: result.Base,
		Current: result.Current, Desired: result.Desired, Grades: result.Grades})
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	if err := review.WriteText(&text, r); err != nil {
		t.Fatal(err)
	}
	if want := "target:     public.orders: ~50k rows, "; !strings.Contains(text.String(), want) {
		t.Errorf("the review does not show the grade (%q):\n%s", want, text.String())
	}

	// The same tables replayed from migrations are empty: nothing to grade.
	migrations := t.TempDir()
	if err := os.WriteFile(filepath.Join(migrations, "V1__init.sql"), []byte(current), 0o644); err != nil {
		t.Fatal(err)
	}
	replayed, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres")},
		MigrationsSource([]string{migrations}, migrate.ReplayOptions{}), SchemaSource(desired))
	if err != nil {
		t.Fatal(err)
	}
	if replayed.Grades != nil {
		t.Errorf("grades of replayed migrations: %+v, want none", replayed.Grades)
	}
	if st := replayed.Current.Tables[orders].Stats; st != nil {
		t.Errorf("stats of replayed migrations: %+v, want none", st)
	}
}

// TestObservedLocks checks the locks the rehearsal records per statement: ADD
// COLUMN on an existing table takes ACCESS EXCLUSIVE on it, a foreign key from a
// new table SHARE ROW EXCLUSIVE on the referenced one (the new table's own locks
// are left out), and CREATE INDEX CONCURRENTLY, outside a transaction, is not
// observed.
func TestObservedLocks(t *testing.T) {
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, `CREATE TABLE t (id int); CREATE TABLE u (id int PRIMARY KEY)`)
	desired := writeSchema(t, `CREATE TABLE t (id int, b int);
		CREATE INDEX t_id_idx ON t (id);
		CREATE TABLE u (id int PRIMARY KEY);
		CREATE TABLE v (u_id int REFERENCES u);`)
	result := runPlanner(t, url, desired)
	seen := map[string]string{}
	for _, s := range result.Plan.Statements() {
		var locks []string
		for _, l := range s.Observed {
			locks = append(locks, l.Mode+" "+l.Relation)
		}
		got := strings.Join(locks, ", ")
		if s.Observed == nil {
			got = "not observed"
		}
		seen[s.SQL] = got
	}
	want := map[string]string{
		"ALTER TABLE public.t ADD COLUMN b integer":                                                  "AccessExclusiveLock public.t",
		"CREATE INDEX CONCURRENTLY t_id_idx ON public.t USING btree (id)":                            "not observed",
		"CREATE TABLE public.v (\n    u_id integer\n)":                                               "",
		"ALTER TABLE public.v ADD CONSTRAINT v_u_id_fkey FOREIGN KEY (u_id) REFERENCES public.u(id)": "ShareRowExclusiveLock public.u",
	}
	for sql, w := range want {
		got, ok := seen[sql]
		if !ok {
			t.Errorf("statement not in the plan: %s\nplan:\n%s", sql, result.Plan.SQL())
			continue
		}
		if got != w {
			t.Errorf("%s\n  observed %q, want %q", sql, got, w)
		}
	}
}

// TestObservationStopsOnManyLocks: once a transaction holds a thousand locks,
// the rehearsal stops reading pg_locks after each of its statements (each read
// copies the whole lock table); the next transaction is observed again.
func TestObservationStopsOnManyLocks(t *testing.T) {
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, `CREATE TABLE t (id int)`)
	var many emitter.Group
	many.Transactional = true
	for i := range 600 {
		many.Statements = append(many.Statements, emitter.Statement{SQL: fmt.Sprintf("CREATE TABLE public.n%d (id int PRIMARY KEY)", i)})
	}
	many.Statements = append(many.Statements, emitter.Statement{SQL: "ALTER TABLE public.t ADD COLUMN a int"})
	next := emitter.Group{Transactional: true, Statements: []emitter.Statement{{SQL: "ALTER TABLE public.t ADD COLUMN b int"}}}
	locks, err := shadow.Rehearse(context.Background(), connect(t, url), &emitter.Plan{Groups: []emitter.Group{many, next}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(locks) != 602 {
		t.Fatalf("%d statements observed, want 602", len(locks))
	}
	if locks[0] == nil || len(locks[0]) != 0 {
		t.Errorf("the first CREATE TABLE: %v, want observed, no lock on an existing table", locks[0])
	}
	if locks[600] != nil {
		t.Errorf("ADD COLUMN after 600 tables created in its transaction: %v, want not observed", locks[600])
	}
	want := []emitter.Lock{{Mode: "AccessExclusiveLock", Relation: "public.t"}}
	if !reflect.DeepEqual(locks[601], want) {
		t.Errorf("ADD COLUMN in the next transaction: %v, want %v", locks[601], want)
	}
}
