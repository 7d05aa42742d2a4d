package emitter_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pgshape/pgshape/internal/golden"
	"github.com/pgshape/pgshape/internal/planner"
)

// TestReplayGoldenCases makes the plan of every golden case from the canonical
// states the server-backed tests stored beside it (golden.InputFile), with
// differ and emitter alone: no PostgreSQL. The plan must be the case's golden
// plan.sql byte for byte, and an equivalent case's must be empty. The
// server-backed tests (internal/planner) check that the stored states are what
// PostgreSQL says, so this is the planner's own step from catalogs to plan, in
// milliseconds.
func TestReplayGoldenCases(t *testing.T) {
	for _, kind := range []string{"diff", "online", "equivalent"} {
		dirs, err := golden.CaseDirs(filepath.Join("..", "testdata", kind))
		if err != nil {
			t.Fatal(err)
		}
		for _, dir := range dirs {
			t.Run(kind+"/"+golden.CaseName(dir), func(t *testing.T) {
				t.Parallel()
				replayCase(t, dir, kind == "equivalent")
			})
		}
	}
}

func replayCase(t *testing.T, dir string, equivalent bool) {
	ok, spec, err := golden.ForMajor(dir, golden.GoldenMajor)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Skipf("the case is about PostgreSQL %s; its states are stored from %d", spec, golden.GoldenMajor)
	}
	var in planner.DiffInput
	if err := golden.ReadJSON(filepath.Join(dir, golden.InputFile), &in); err != nil {
		t.Fatal(err)
	}
	plan, err := in.Plan()
	if err != nil {
		t.Fatal(err)
	}
	got := plan.SQL()
	if equivalent {
		if got != "" {
			t.Errorf("plan for an equivalent schema is not empty:\n%s", got)
		}
		return
	}
	want, err := os.ReadFile(filepath.Join(dir, "plan.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("the replayed plan differs from plan.sql\ngot:\n%s\nwant:\n%s", got, want)
	}
}
