package planner

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/review"
)

// reviewGoldens are the renderings each case of testdata/review is compared
// with, by file name.
var reviewGoldens = map[string]string{"review.txt": "text", "review.md": "markdown", "review.json": "json"}

// TestReviewGoldens renders the review of real planner runs: each folder of
// testdata/review names, in its source file, a case of testdata/diff or
// testdata/equivalent (path under testdata) whose current.sql and desired.sql
// it reuses. The text, Markdown and JSON renderings must match review.txt,
// review.md and review.json (rewritten with -update; per major as compareGolden
// says).
func TestReviewGoldens(t *testing.T) {
	dirs, err := filepath.Glob("../../testdata/review/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no review cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			source := filepath.Join("../../testdata", strings.TrimSpace(readFile(t, filepath.Join(dir, "source"))))
			cur := pgtest.NewDatabase(t)
			pgtest.Exec(t, cur, readFile(t, filepath.Join(source, "current.sql")))
			result := runPlanner(t, cur, desiredDir(t, source))
			r, err := review.New(review.Input{
				Plan: result.Plan, Base: result.Base, Current: result.Current, Desired: result.Desired,
				Grades: result.Grades,
			})
			if err != nil {
				t.Fatal(err)
			}
			if r.InSync() != result.Plan.Empty() {
				t.Errorf("review in sync: %v, plan empty: %v", r.InSync(), result.Plan.Empty())
			}
			for file, format := range reviewGoldens {
				var b bytes.Buffer
				if err := review.Write(&b, r, format); err != nil {
					t.Fatal(err)
				}
				got := b.String()
				if format == "json" && !json.Valid(b.Bytes()) {
					t.Errorf("review.json is not valid JSON:\n%s", got)
				}
				compareGolden(t, filepath.Join(dir, file), format+" rendering", got)
			}
		})
	}
}
