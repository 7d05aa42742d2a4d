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

// partitionSetup holds a RANGE partitioned table with two partitions and a DEFAULT,
// a LIST, a HASH and a sub-partitioned one, quoted mixed-case names among them, and a
// child of plain inheritance, which is not a partition.
const partitionSetup = `CREATE SCHEMA "Sales";
	CREATE TABLE "Sales"."Orders" (id bigint, "Created At" date NOT NULL) PARTITION BY RANGE ("Created At");
	CREATE TABLE "Sales"."Orders 2024" PARTITION OF "Sales"."Orders" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
	CREATE TABLE public.orders_2025 PARTITION OF "Sales"."Orders" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
	CREATE TABLE "Sales"."Orders other" PARTITION OF "Sales"."Orders" DEFAULT;
	CREATE TABLE regions (code text, "Name" text) PARTITION BY LIST (lower(code));
	CREATE TABLE regions_eu PARTITION OF regions FOR VALUES IN ('de', 'fr');
	CREATE TABLE users (id int) PARTITION BY HASH (id);
	CREATE TABLE users_0 PARTITION OF users FOR VALUES WITH (MODULUS 2, REMAINDER 0);
	CREATE TABLE users_1 PARTITION OF users FOR VALUES WITH (MODULUS 2, REMAINDER 1);
	CREATE TABLE events (at timestamptz, kind text) PARTITION BY RANGE (at);
	CREATE TABLE "Events 2024" PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00')
		PARTITION BY LIST (kind);
	CREATE TABLE "Events 2024 click" PARTITION OF "Events 2024" FOR VALUES IN ('click', NULL);
	CREATE TABLE base (a int);
	CREATE TABLE child (b int) INHERITS (base)`

// TestPartitions checks the partition key of partitioned tables, and the parent and
// bound of partitions.
func TestPartitions(t *testing.T) {
	type partitioning struct {
		Key   string
		Of    *model.QName
		Bound string
	}
	of := func(schema, name string) *model.QName { q := qname(schema, name); return &q }
	orders := of("Sales", "Orders")
	want := map[model.QName]partitioning{
		qname("Sales", "Orders"):       {Key: `RANGE ("Created At")`},
		qname("Sales", "Orders 2024"):  {Of: orders, Bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
		qname("public", "orders_2025"): {Of: orders, Bound: "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"},
		qname("Sales", "Orders other"): {Of: orders, Bound: "DEFAULT"},
		qname("public", "regions"):     {Key: "LIST (lower(code))"},
		qname("public", "regions_eu"):  {Of: of("public", "regions"), Bound: "FOR VALUES IN ('de', 'fr')"},
		qname("public", "users"):       {Key: "HASH (id)"},
		qname("public", "users_0"):     {Of: of("public", "users"), Bound: "FOR VALUES WITH (modulus 2, remainder 0)"},
		qname("public", "users_1"):     {Of: of("public", "users"), Bound: "FOR VALUES WITH (modulus 2, remainder 1)"},
		qname("public", "events"):      {Key: "RANGE (at)"},
		qname("public", "Events 2024"): {Key: "LIST (kind)", Of: of("public", "events"),
			Bound: "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"},
		qname("public", "Events 2024 click"): {Of: of("public", "Events 2024"), Bound: "FOR VALUES IN ('click', NULL)"},
		qname("public", "base"):              {},
		qname("public", "child"):             {},
	}
	cat := inspect(t, partitionSetup, Options{})
	if len(cat.Tables) != len(want) {
		t.Errorf("tables: got %v, want %d", cat.TableNames(), len(want))
	}
	for name, w := range want {
		tab := cat.Tables[name]
		if tab == nil {
			t.Errorf("%v: not found", name)
			continue
		}
		got := partitioning{tab.PartitionKey, tab.PartitionOf, tab.PartitionBound}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%v:\ngot  %s\nwant %s", name, show(got), show(w))
		}
		if tab.IsPartition() != (w.Of != nil) {
			t.Errorf("%v: IsPartition() = %v", name, tab.IsPartition())
		}
	}
}

// TestInheritance checks storage parameters, INHERITS parents in order, and that a
// child lists only the columns and checks it declares itself.
func TestInheritance(t *testing.T) {
	const setup = `CREATE SCHEMA "App";
		CREATE TABLE "App"."Base" (id int, note text CHECK (note <> ''));
		CREATE TABLE other (extra int CHECK (extra > 0));
		CREATE TABLE child ("Own" int, note text, CONSTRAINT own_pos CHECK ("Own" > 0))
			INHERITS (other, "App"."Base") WITH (fillfactor = 70, autovacuum_enabled = false);
		CREATE TABLE grandchild () INHERITS (child)`
	type shape struct {
		Options     []string
		Inherits    []model.QName
		Columns     []string
		Constraints []string
	}
	want := map[model.QName]shape{
		qname("App", "Base"):          {Columns: []string{"id", "note"}, Constraints: []string{"Base_note_check"}},
		qname("public", "other"):      {Columns: []string{"extra"}, Constraints: []string{"other_extra_check"}},
		qname("public", "child"):      {Options: []string{"autovacuum_enabled=false", "fillfactor=70"}, Inherits: []model.QName{qname("public", "other"), qname("App", "Base")}, Columns: []string{"note", "Own"}, Constraints: []string{"own_pos"}},
		qname("public", "grandchild"): {Inherits: []model.QName{qname("public", "child")}},
	}
	cat := inspect(t, setup, Options{})
	for name, w := range want {
		tab := cat.Tables[name]
		if tab == nil {
			t.Fatalf("%v not found", name)
		}
		got := shape{Options: tab.Options, Inherits: tab.Inherits}
		for _, c := range tab.Columns {
			got.Columns = append(got.Columns, c.Name)
		}
		for _, c := range tab.Constraints {
			got.Constraints = append(got.Constraints, c.Name)
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%v:\ngot  %s\nwant %s", name, show(got), show(w))
		}
	}
}
