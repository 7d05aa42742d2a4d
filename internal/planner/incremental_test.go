package planner

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// TestLoadChangedIsLoadAll loads, for every diff and equivalence case, one
// side's files from the cached load of the other side's (loadChanged where
// it can, loadAll where it declines), both ways, and compares what it reads
// back with a load of every statement: they must be equal. Enough cases must
// have been loaded in part for the comparison to mean something.
//
// PGSHAPE_TEST_CORPUS names more cases to compare on: a directory of case
// folders with current.sql and desired.sql (the conformance corpus,
// ../shared/conformance/corpus).
func TestLoadChangedIsLoadAll(t *testing.T) {
	var cases, partial atomic.Int32
	t.Run("cases", func(t *testing.T) {
		forEachCase(t, func(t *testing.T, dir string) {
			current, err := parser.ParseDir(sqlDir(t, filepath.Join(dir, "current.sql")))
			if err != nil {
				// Written for psql (a DO block, data): not schema files.
				t.Logf("current.sql is not schema files: %v", err)
				return
			}
			desired, err := parser.ParseDir(desiredDir(t, dir))
			if err != nil {
				t.Logf("desired.sql is not schema files: %v", err)
				return
			}
			cases.Add(1)
			if checkPartLoads(t, current, desired, caseWithOwners(dir)) {
				partial.Add(1)
			}
		})
	})
	t.Logf("%d of %d cases loaded in part", partial.Load(), cases.Load())
	if partial.Load() < cases.Load()/2 {
		t.Errorf("only %d of %d cases loaded in part: the comparison proves little", partial.Load(), cases.Load())
	}
}

// forEachCase runs test, in parallel, on every diff and equivalence case and
// PGSHAPE_TEST_CORPUS's, with the roles the case names.
func forEachCase(t *testing.T, test func(t *testing.T, dir string)) {
	forEachCaseIn(t, corpusDirs(t), test)
}

// forEachCaseIn is forEachCase on the cases in dirs.
func forEachCaseIn(t *testing.T, dirs []string, test func(t *testing.T, dir string)) {
	for _, dir := range dirs {
		t.Run(filepath.Base(filepath.Dir(dir))+"/"+caseName(dir), func(t *testing.T) {
			t.Parallel()
			skipOtherMajors(t, dir)
			createRoles(t, dir)
			createCorpusRoles(t, dir)
			test(t, dir)
		})
	}
}

// corpusDirs are the diff and equivalence cases, and PGSHAPE_TEST_CORPUS's.
func corpusDirs(t *testing.T) []string {
	t.Helper()
	dirs := append(caseDirs(t, "../../testdata/diff"), caseDirs(t, "../../testdata/equivalent")...)
	if corpus := os.Getenv("PGSHAPE_TEST_CORPUS"); corpus != "" {
		dirs = append(dirs, caseDirs(t, corpus)...)
	}
	return dirs
}

// checkPartLoads loads after from the cached load of before, and before
// from the cached load of after, and compares each with a load of every
// statement; it reports whether either was loaded in part.
func checkPartLoads(t *testing.T, before, after *parser.Result, withOwners bool) bool {
	t.Helper()
	ctx := context.Background()
	srv, err := shadow.Connect(ctx, pgtest.Server().ConnString("postgres"), "test server")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	// checkParts: parts however large, as in the golden plans.
	opts := Options{WithOwners: withOwners, Cache: statecache.Cache{Dir: t.TempDir()}, checkParts: true}
	load := func(parsed *parser.Result) (*model.Catalog, bool) {
		opts.Progress = progress.New()
		c, err := loadDesired(ctx, srv, parsed, nil, opts, "the state")
		if err != nil {
			t.Fatal(err)
		}
		inPart := false
		for _, p := range opts.Progress.Timings() {
			inPart = inPart || strings.Contains(p.Name, "changed objects")
			if strings.Contains(p.Name, "all of it") {
				t.Log(p.Name)
			}
		}
		return c, inPart
	}
	whole := func(parsed *parser.Result) *model.Catalog {
		c, err := loadAll(ctx, srv, parsed, opts, "the state", "")
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	beforeWhole, inPart := load(before)
	if inPart {
		t.Fatal("the first load read part of the files: the cache was not empty")
	}
	got, forward := load(after)
	assertSameState(t, "after, from before", got, whole(after))
	got, back := load(before)
	assertSameState(t, "before, from after", got, beforeWhole)
	return forward || back
}

// TestLoadChangedEdits is TestLoadChangedIsLoadAll on edits chosen for what
// a part load could miss: what a group's other statements, or the order of
// statements, change in objects outside it.
func TestLoadChangedEdits(t *testing.T) {
	base := `CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id int PRIMARY KEY, m mood);
CREATE VIEW v AS SELECT * FROM t;
CREATE VIEW vv AS SELECT * FROM v;
CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE parent (id int, CHECK (id > 0));
CREATE TABLE child (note text) INHERITS (parent);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE VIEW fv AS SELECT f() AS n;
CREATE TABLE u (id int, t_id int REFERENCES t (id));
CREATE TABLE s (id serial, note text);
GRANT SELECT ON t TO PUBLIC;
REVOKE SELECT ON t FROM PUBLIC;
ALTER TABLE t ADD COLUMN late text;
CREATE INDEX p_id ON p (id);
CREATE SCHEMA app;
CREATE TABLE app.x (id int);
`
	edits := map[string]func(string) string{
		"column added by ALTER TABLE under two views": func(s string) string {
			return s + "ALTER TABLE t ADD COLUMN extra text;\n"
		},
		"enum value added": func(s string) string {
			return strings.Replace(s, "('ok', 'sad')", "('ok', 'sad', 'glad')", 1)
		},
		"schema added, with a table": func(s string) string {
			return s + "CREATE SCHEMA extra;\nCREATE TABLE extra.t (id int REFERENCES public.t (id));\n"
		},
		"schema commented":             func(s string) string { return s + "COMMENT ON SCHEMA app IS 'the app';\n" },
		"index on a partitioned table": func(s string) string { return s + "CREATE INDEX p_at ON p (at);\n" },
		"view redefined over a table altered elsewhere": func(s string) string {
			return strings.Replace(s, "CREATE VIEW v AS SELECT * FROM t;", "CREATE VIEW v AS SELECT *, 1 AS one FROM t;", 1)
		},
		"partition redefined under an indexed parent": func(s string) string {
			return strings.Replace(s, "('2026-01-01') TO ('2027-01-01')", "('2026-01-01') TO ('2028-01-01')", 1)
		},
		"column on an inheritance parent": func(s string) string {
			return s + "ALTER TABLE parent ADD COLUMN added int;\n"
		},
		"function's result type": func(s string) string {
			return strings.Replace(s, "RETURNS int LANGUAGE sql AS 'SELECT 1'", "RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'", 1)
		},
		"GRANT and REVOKE swapped": func(s string) string {
			return strings.Replace(s, "GRANT SELECT ON t TO PUBLIC;\nREVOKE SELECT ON t FROM PUBLIC;",
				"REVOKE SELECT ON t FROM PUBLIC;\nGRANT SELECT ON t TO PUBLIC;", 1)
		},
		"referenced key widened": func(s string) string {
			return strings.Replace(s, "CREATE TABLE t (id int PRIMARY KEY", "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE", 1)
		},
		"a name PostgreSQL chose, taken by another table": func(s string) string {
			return s + "CREATE TABLE s_id_seq1 (id int);\nCREATE TABLE s2 (id serial);\nCREATE INDEX ON s (note);\nCREATE TABLE s_note_idx (id int);\n"
		},
		"table renamed, its users with it": func(s string) string {
			return strings.NewReplacer("CREATE TABLE t (", "CREATE TABLE t2 (", "FROM t;", "FROM t2;", "REFERENCES t (", "REFERENCES t2 (", "ON t ", "ON t2 ", "ALTER TABLE t ", "ALTER TABLE t2 ").Replace(s)
		},
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			parse := func(sql string) *parser.Result {
				res, err := parser.ParseFiles(map[string]string{"schema.sql": sql})
				if err != nil {
					t.Fatalf("%v\n%s", err, sql)
				}
				return res
			}
			if !checkPartLoads(t, parse(base), parse(edit(base)), false) {
				t.Error("neither load was made in part")
			}
		})
	}
}

// createCorpusRoles creates the roles a conformance corpus case lists in
// its meta.json.
func createCorpusRoles(t *testing.T, caseDir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(caseDir, "meta.json"))
	if os.IsNotExist(err) {
		return
	}
	var meta struct{ Roles []string }
	if err == nil {
		err = json.Unmarshal(b, &meta)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range meta.Roles {
		if !strings.HasPrefix(role, `"`) { // some are quoted already
			role = model.QuoteIdent(role)
		}
		pgtest.Exec(t, pgtest.Server().ConnString("postgres"), fmt.Sprintf(
			`DO $$ BEGIN CREATE ROLE %s; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`, role))
	}
}

// sqlDir is a directory holding the file at path alone, as schema files.
func sqlDir(t *testing.T, path string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "schema.sql"), []byte(readFile(t, path)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// assertSameState fails when two states read back differ, naming the
// objects that do.
func assertSameState(t *testing.T, what string, got, want *model.Catalog) {
	t.Helper()
	sortDeps := func(c *model.Catalog) {
		sort.Slice(c.Dependencies, func(i, j int) bool {
			a, b := c.Dependencies[i], c.Dependencies[j]
			if a.From != b.From {
				return a.From.Less(b.From)
			}
			return a.To.Less(b.To)
		})
	}
	got, want = got.ShallowCopy(), want.ShallowCopy()
	sortDeps(got)
	sortDeps(want)
	if equalValues(reflect.ValueOf(got), reflect.ValueOf(want)) {
		return
	}
	for id := range changedSet(got, want) {
		t.Errorf("%s: %s differs from a load of every statement", what, id)
	}
	g, w := *got, *want
	g.Tables, w.Tables, g.Views, w.Views, g.Functions, w.Functions = nil, nil, nil, nil, nil, nil
	g.Sequences, w.Sequences, g.Dependencies, w.Dependencies = nil, nil, nil, nil
	if !equalValues(reflect.ValueOf(g), reflect.ValueOf(w)) {
		t.Errorf("%s: the catalog differs from a load of every statement:\n got %+v\nwant %+v", what, g, w)
	}
	if !t.Failed() {
		t.Errorf("%s: differs from a load of every statement", what)
	}
}

func TestIncreasingRun(t *testing.T) {
	for _, c := range []struct {
		seq  []int
		want string
	}{
		{[]int{0, 1, 2, 3}, "xxxx"},
		{[]int{3, 0, 1, 2}, ".xxx"},
		{[]int{0, -1, 2, 1, 3}, "x..xx"}, // 0 1 3: as long as 0 2 3
		{[]int{1, 0}, ".x"},
		{nil, ""},
	} {
		got := ""
		for _, m := range increasingRun(c.seq) {
			got += map[bool]string{true: "x", false: "."}[m]
		}
		if got != c.want {
			t.Errorf("increasingRun(%v) = %s, want %s", c.seq, got, c.want)
		}
	}
}
