package planner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/golden"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

// compareInput checks what a case's plan was made from (Result.Input) against
// the case's stored golden.InputFile, which the emitter's tests replay without a
// server:
//
//   - on every major, the input read back from its stored form must make the
//     same plan: nothing the plan depends on is lost in storing it;
//   - on golden.GoldenMajor, the stored file must be what the server says now
//     (rewritten with -update), so that it can never silently drift from it.
func compareInput(t *testing.T, caseDir string, result *Result) {
	t.Helper()
	got, err := golden.Marshal(storedInput(result.Input))
	if err != nil {
		t.Fatal(err)
	}
	var replayed DiffInput
	if err := golden.Unmarshal(got, &replayed); err != nil {
		t.Fatal(err)
	}
	plan, err := replayed.Plan()
	if err != nil {
		t.Fatalf("replaying the stored input: %v", err)
	}
	if plan.SQL() != result.Plan.SQL() {
		t.Errorf("the stored input replays to another plan than the server-backed one:\ngot:\n%s\nwant:\n%s", plan.SQL(), result.Plan.SQL())
	}

	path := filepath.Join(caseDir, golden.InputFile)
	if m := pgtest.Server().Major(); m != golden.GoldenMajor {
		t.Logf("%s: not compared on PostgreSQL %d (it is %d's)", path, m, golden.GoldenMajor)
		return
	}
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s is stale: the server now reads the case's states otherwise (rerun with -update to accept)\n%s",
			path, firstDifference(string(got), string(want)))
	}
}

// storedInput is the input as stored: without what belongs to the machine the
// test ran on rather than to the case, which the plan does not depend on
// (compareInput checks that it does not). The server version keeps its major
// only (150000, not 150014); the tables' sizes are left out.
func storedInput(in *DiffInput) *DiffInput {
	out := *in
	out.Current, out.Desired, out.Renamed = storedCatalog(in.Current), storedCatalog(in.Desired), storedCatalog(in.Renamed)
	return &out
}

func storedCatalog(c *model.Catalog) *model.Catalog {
	if c == nil {
		return nil
	}
	out := *c
	out.ServerVersion -= out.ServerVersion % 10000
	out.Tables = make(map[model.QName]*model.Table, len(c.Tables))
	for name, t := range c.Tables {
		st := *t
		st.Stats = nil
		out.Tables[name] = &st
	}
	return &out
}

// firstDifference shows where two texts first differ, line by line, with a
// few lines of context: stored inputs are long.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	from := max(0, i-3)
	excerpt := func(lines []string) string {
		return strings.Join(lines[min(from, len(lines)):min(i+4, len(lines))], "\n")
	}
	return fmt.Sprintf("first difference at line %d\ngot:\n%s\nwant:\n%s", i+1, excerpt(g), excerpt(w))
}
