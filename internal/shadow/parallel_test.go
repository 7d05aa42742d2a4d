package shadow

import (
	"strings"
	"testing"

	"github.com/pgshape/pgshape/parser"
)

// TestScheduleLoad: a statement waits for the earlier ones that change what
// it uses or changes, and for nothing else; CREATE SCHEMA runs alone.
func TestScheduleLoad(t *testing.T) {
	res, err := parser.ParseFiles(map[string]string{"s.sql": `
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY);
CREATE TABLE app.u (id int);
ALTER TABLE app.t ADD COLUMN note text;
CREATE VIEW app.v AS SELECT * FROM app.t;
CREATE TABLE app.w (t_id int REFERENCES app.t (id));
`})
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, s := range res.Statements {
		at[strings.Fields(s.SQL)[0]+" "+strings.Fields(s.SQL)[2]] = i
	}
	sc, ok := scheduleLoad(res.Statements)
	if !ok {
		t.Fatal("no schedule")
	}
	waitsFor := func(later, earlier string) bool {
		// Transitively: the schedule's edges point from earlier to later.
		seen := map[int]bool{}
		var reach func(i int) bool
		reach = func(i int) bool {
			if i == at[later] {
				return true
			}
			if seen[i] {
				return false
			}
			seen[i] = true
			for _, j := range sc.next[i] {
				if reach(j) {
					return true
				}
			}
			return false
		}
		return reach(at[earlier])
	}
	for _, c := range []struct {
		later, earlier string
		want           bool
	}{
		{"CREATE app.v", "ALTER app.t", true}, // the view's * lists the column
		{"ALTER app.t", "CREATE app.t", true},
		{"CREATE app.u", "CREATE app.t", false}, // unrelated tables load side by side
		{"CREATE app.u", "ALTER app.t", false},
		{"ALTER app.w", "CREATE app.t", true},   // the foreign key, split off, needs t's key
		{"CREATE app.w", "CREATE app.t", false}, // the table without it does not
	} {
		if got := waitsFor(c.later, c.earlier); got != c.want {
			t.Errorf("%s waits for %s: %v, want %v", c.later, c.earlier, got, c.want)
		}
	}
	for i, s := range res.Statements {
		if s.Kind == "CREATE SCHEMA" && !sc.isAlone[i] {
			t.Error("CREATE SCHEMA does not run alone")
		}
	}
}
