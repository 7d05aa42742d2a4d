package planner

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/progress"
)

// TestCorpusPlansInPart plans every case of PGSHAPE_TEST_CORPUS (see
// TestLoadChangedIsLoadAll) as the golden plans are: with the current
// state's part however small, and checks that both states' canonical forms
// in part give the changes they give whole (checkParts). Where the plan
// fails, it must fail with all of the current state too; where it does
// not, the part must have held what the plan touches, without planning
// again (covers), in nearly every case. The diff and equivalence cases are
// planned so by TestDiffCases and TestEquivalentCases.
func TestCorpusPlansInPart(t *testing.T) {
	corpus := os.Getenv("PGSHAPE_TEST_CORPUS")
	if corpus == "" {
		t.Skip("PGSHAPE_TEST_CORPUS is not set: no corpus to plan (TestDiffCases plans the diff cases so)")
	}
	var cases, again atomic.Int32
	t.Run("cases", func(t *testing.T) {
		forEachCaseIn(t, caseDirs(t, corpus), func(t *testing.T, dir string) {
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(dir, "current.sql")))
			plan := func(opts Options) error {
				opts.DevURL = pgtest.Server().ConnString("postgres")
				opts.WithOwners = caseWithOwners(dir)
				opts.Progress = progress.New()
				_, err := Plan(context.Background(), opts, URLSource(cur), SchemaSource(desiredDir(t, dir)))
				for _, p := range opts.Progress.Timings() {
					if p.Name == planAgainWhole {
						again.Add(1)
						t.Log(p.Name)
					}
				}
				return err
			}
			cases.Add(1)
			if err := plan(Options{checkParts: true}); err != nil {
				if wholeErr := plan(Options{wholeCurrent: true}); wholeErr == nil {
					t.Fatalf("the plan fails in part but not whole: %v", err)
				}
				t.Logf("the plan fails, in part and whole: %v", err)
			}
		})
	})
	t.Logf("%d cases, %d planned again with all of the current state", cases.Load(), again.Load())
	if again.Load()*50 > cases.Load() {
		t.Errorf("%d of %d plans touched objects outside the current state's part", again.Load(), cases.Load())
	}
}
