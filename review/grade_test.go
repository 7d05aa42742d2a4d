package review

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

func TestGradeText(t *testing.T) {
	for _, c := range []struct {
		g          HazardGrade
		size, time string
	}{
		{HazardGrade{Rows: 6_000_000, Bytes: 1288490188, BlockingSeconds: 6.1, Blocks: "writes"},
			"~6.0M rows, 1.2 GB", "~6 s blocking writes"},
		{HazardGrade{Rows: 50_000, Bytes: 3 << 20, Blocks: "reads and writes"},
			"~50k rows, 3.0 MB", "< 1 s blocking reads and writes"},
		{HazardGrade{Rows: -1, Bytes: 16384}, "rows unknown (never analyzed), 16 kB", "writes not blocked"},
		{HazardGrade{Rows: 1, Bytes: 0, BlockingSeconds: 5400, Blocks: "writes"}, "~1 row, 0 bytes", "~1.5 h blocking writes"},
		{HazardGrade{Rows: 999, Bytes: 1023, BlockingSeconds: 125, Blocks: "writes"}, "~999 rows, 1023 bytes", "~2 min blocking writes"},
	} {
		if got := c.g.Size(); got != c.size {
			t.Errorf("Size(%+v) = %q, want %q", c.g, got, c.size)
		}
		if got := c.g.Blocking(); got != c.time {
			t.Errorf("Blocking(%+v) = %q, want %q", c.g, got, c.time)
		}
	}
}

func TestOrderByRisk(t *testing.T) {
	grade := func(secs float64, bytes int64) *HazardGrade {
		return &HazardGrade{BlockingSeconds: secs, Bytes: bytes, Blocks: "writes"}
	}
	r := &Review{Hazards: []Hazard{
		{Why: "small index", Kind: differ.IndexBuild, Grade: grade(1, 100)},
		{Why: "not graded", Kind: differ.BlockingScan},
		{Why: "long scan", Kind: differ.BlockingScan, Grade: grade(60, 10)},
		{Why: "drop", Kind: differ.DataLoss, Grade: grade(0, 5)},
		{Why: "big index", Kind: differ.IndexBuild, Grade: grade(1, 1000)},
		{Why: "rewrite", Kind: differ.TableRewrite, Grade: grade(30, 1)},
	}}
	r.OrderByRisk()
	var got []string
	for _, h := range r.Hazards {
		got = append(got, h.Why)
	}
	want := "rewrite, drop, long scan, big index, small index, not graded"
	if s := strings.Join(got, ", "); s != want {
		t.Errorf("order: %s\nwant:  %s", s, want)
	}
}

// TestJSONGradesAndLocks checks the hazard grade and the statements with
// their observed locks in the JSON review, arrays never null.
func TestJSONGradesAndLocks(t *testing.T) {
	r := hostileReview()
	r.Hazards[0].Grade = &HazardGrade{Table: model.QName{Schema: "public", Name: "old_stuff"},
		Rows: -1, Bytes: 8192, BlockingSeconds: 0.04, Blocks: "reads and writes"}
	r.Statements = []Statement{
		{SQL: "DROP TABLE public.old_stuff;", Observed: true, Locks: []emitter.Lock{{Mode: "AccessExclusiveLock", Relation: "public.old_stuff"}}},
		{SQL: "CREATE INDEX CONCURRENTLY i ON public.t (a);", Locks: []emitter.Lock{}},
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Hazards []struct {
			Graded          bool    `json:"graded"`
			Table           string  `json:"table"`
			Rows            int64   `json:"rows"`
			Bytes           int64   `json:"bytes"`
			BlockingSeconds float64 `json:"blocking_seconds"`
			Blocks          string  `json:"blocks"`
		} `json:"hazards"`
		Statements []struct {
			SQL           string            `json:"sql"`
			Observed      bool              `json:"observed"`
			ObservedLocks []json.RawMessage `json:"observed_locks"`
		} `json:"statements"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	h := got.Hazards[0]
	if !h.Graded || h.Table != "public.old_stuff" || h.Rows != -1 || h.Bytes != 8192 || h.BlockingSeconds != 0 || h.Blocks != "reads and writes" {
		t.Errorf("hazard grade: %+v", h)
	}
	if len(got.Statements) != 2 || !got.Statements[0].Observed || string(got.Statements[0].ObservedLocks[0]) == "" {
		t.Errorf("statements: %+v", got.Statements)
	}
	if !strings.Contains(b.String(), `"observed_locks": []`) {
		t.Errorf("a statement not observed has no empty observed_locks array:\n%s", b.String())
	}
	if want := `{ "mode": "AccessExclusiveLock", "relation": "public.old_stuff" }`; !strings.Contains(strings.Join(strings.Fields(b.String()), " "), want) {
		t.Errorf("lock %s not in:\n%s", want, b.String())
	}
}
