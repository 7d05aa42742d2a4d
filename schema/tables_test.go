package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestTables(t *testing.T) {
	// Only the table-level fields are compared; parts have tests of their own.
	type settings struct {
		Unlogged, RowSecurity, ForceRowSecurity bool
		ReplicaIdentity, ReplicaIdentityIndex   string
		Comment                                 string
	}
	tests := []struct {
		name  string
		setup string
		table model.QName
		want  settings
	}{{
		name:  "defaults",
		setup: `CREATE TABLE t (a int)`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{ReplicaIdentity: "d"},
	}, {
		name: "unlogged, row security, comment",
		setup: `CREATE UNLOGGED TABLE t (a int);
			ALTER TABLE t ENABLE ROW LEVEL SECURITY;
			ALTER TABLE t FORCE ROW LEVEL SECURITY;
			COMMENT ON TABLE t IS 'it''s t'`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{Unlogged: true, RowSecurity: true, ForceRowSecurity: true, ReplicaIdentity: "d", Comment: "it's t"},
	}, {
		name:  "replica identity full",
		setup: `CREATE TABLE t (a int); ALTER TABLE t REPLICA IDENTITY FULL`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{ReplicaIdentity: "f"},
	}, {
		name:  "replica identity using a plain index",
		setup: `CREATE TABLE t (a int NOT NULL); CREATE UNIQUE INDEX t_a ON t (a); ALTER TABLE t REPLICA IDENTITY USING INDEX t_a`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{ReplicaIdentity: "i", ReplicaIdentityIndex: "t_a"},
	}, {
		name:  "replica identity using a constraint's index",
		setup: `CREATE TABLE t (a int NOT NULL CONSTRAINT t_a_key UNIQUE); ALTER TABLE t REPLICA IDENTITY USING INDEX t_a_key`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{ReplicaIdentity: "i", ReplicaIdentityIndex: "t_a_key"},
	}, {
		name:  "partitioned table",
		setup: `CREATE TABLE t (a int) PARTITION BY RANGE (a)`,
		table: model.QName{Schema: "public", Name: "t"},
		want:  settings{ReplicaIdentity: "d"},
	}, {
		name:  "quoted, mixed-case and unicode names",
		setup: `CREATE SCHEMA "Ünï Schema"; CREATE TABLE "Ünï Schema"."Order ""Items""" (a int)`,
		table: model.QName{Schema: "Ünï Schema", Name: `Order "Items"`},
		want:  settings{ReplicaIdentity: "d"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := inspect(t, tt.setup, Options{})
			tab := cat.Tables[tt.table]
			if tab == nil {
				t.Fatalf("table %s not found; tables: %v", tt.table, cat.TableNames())
			}
			if tab.Name != tt.table {
				t.Errorf("Name = %v, want %v", tab.Name, tt.table)
			}
			got := settings{tab.Unlogged, tab.RowSecurity, tab.ForceRowSecurity,
				tab.ReplicaIdentity, tab.ReplicaIdentityIndex, tab.Comment}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestIgnoreTables(t *testing.T) {
	const setup = `CREATE SCHEMA app;
		CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);
		CREATE TABLE app.flyway_schema_history (installed_rank int);
		CREATE TABLE app.t (a int);
		CREATE TABLE keep (a int)`
	tests := []struct {
		name   string
		ignore []model.QName
		want   []model.QName
	}{{
		name: "default ignores the flyway history in every schema",
		want: []model.QName{{Schema: "app", Name: "t"}, {Schema: "public", Name: "keep"}},
	}, {
		name:   "empty list ignores nothing",
		ignore: []model.QName{},
		want: []model.QName{
			{Schema: "app", Name: "flyway_schema_history"}, {Schema: "app", Name: "t"},
			{Schema: "public", Name: "flyway_schema_history"}, {Schema: "public", Name: "keep"},
		},
	}, {
		name:   "qualified names match one schema, bare names every schema",
		ignore: []model.QName{{Schema: "public", Name: "flyway_schema_history"}, {Name: "t"}},
		want: []model.QName{
			{Schema: "app", Name: "flyway_schema_history"}, {Schema: "public", Name: "keep"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := inspect(t, setup, Options{IgnoreTables: tt.ignore}).TableNames()
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tables:\ngot  %v\nwant %v", got, tt.want)
			}
		})
	}
}
