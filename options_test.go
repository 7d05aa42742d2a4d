package pgshape

import (
	"testing"

	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/sql/migrate"
)

// The history table left out is the one given, else the one the replay
// settings of a Migrations state name (as pgshape plan takes it from the
// runner's configuration), else Flyway's default in every schema.
func TestHistoryTable(t *testing.T) {
	replayed := Migrations(nil, migrate.ReplayOptions{Table: "history", Schemas: []string{"meta", "app"}})
	for _, tc := range []struct {
		name   string
		opts   []Option
		states []State
		want   model.QName
	}{
		{"default", nil, []State{Database("postgres://x"), SchemaDir("schema")}, model.QName{Name: "flyway_schema_history"}},
		{"migrations' settings", nil, []State{replayed, SchemaDir("schema")}, model.QName{Schema: "meta", Name: "history"}},
		{"given", []Option{WithHistoryTable("", "h")}, []State{replayed, SchemaDir("schema")}, model.QName{Name: "h"}},
	} {
		if got := settingsFor(tc.opts, tc.states...).History; got != tc.want {
			t.Errorf("%s: history table %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// Options are settings, each of its own, and later ones add to earlier ones.
func TestOptions(t *testing.T) {
	s := settingsFor([]Option{
		WithScratch(DevURL("postgres://dev/postgres")), WithOwners(), WithPlainDDL(),
		WithIncludeSchemas("app"), WithIncludeSchemas("audit"), WithExcludeSchemas("tmp"), WithIgnore("app.x_*"),
	})
	if s.DevURL != "postgres://dev/postgres" || !s.WithOwners || !s.SQL.Plain ||
		len(s.Scope.IncludeSchemas) != 2 || s.Scope.ExcludeSchemas[0] != "tmp" || s.Scope.Ignore[0] != "app.x_*" {
		t.Errorf("settings %+v", s.Options)
	}
	if s := settingsFor([]Option{WithScratch(DevURL("x")), WithScratch(nil)}); s.DevURL != "" {
		t.Errorf("WithScratch(nil) kept %q, want the default", s.DevURL)
	}
}
