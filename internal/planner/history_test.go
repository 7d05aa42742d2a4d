package planner

import (
	"testing"

	"github.com/pgshape/pgshape/model"
)

// HistoryTable resolves the table's schema as the runner does.
func TestHistoryTable(t *testing.T) {
	for _, c := range []struct {
		table, defaultSchema string
		schemas              []string
		want                 model.QName
	}{
		{"", "", nil, model.QName{Name: "flyway_schema_history"}},
		{"app_history", "", nil, model.QName{Name: "app_history"}},
		{"app_history", "", []string{"meta", "app"}, model.QName{Schema: "meta", Name: "app_history"}},
		{"", "audit", []string{"meta"}, model.QName{Schema: "audit", Name: "flyway_schema_history"}},
	} {
		if got := HistoryTable(c.table, c.defaultSchema, c.schemas); got != c.want {
			t.Errorf("HistoryTable(%q, %q, %q) = %v, want %v", c.table, c.defaultSchema, c.schemas, got, c.want)
		}
	}
}
