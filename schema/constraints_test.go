package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestConstraints(t *testing.T) {
	tests := []struct {
		name  string
		setup string // creates table public.t
		want  []*model.Constraint
	}{{
		name: "primary key, unique in key order, sorted by name",
		setup: `CREATE TABLE t (a int, b int, c int, PRIMARY KEY (b, a));
			ALTER TABLE t ADD CONSTRAINT "A unique" UNIQUE (c, b)`,
		want: []*model.Constraint{
			{Name: "A unique", Kind: model.Unique, Definition: "UNIQUE (c, b)", Columns: []string{"c", "b"},
				Index: `CREATE UNIQUE INDEX "A unique" ON public.t USING btree (c, b)`},
			{Name: "t_pkey", Kind: model.PrimaryKey, Definition: "PRIMARY KEY (b, a)", Columns: []string{"b", "a"},
				Index: "CREATE UNIQUE INDEX t_pkey ON public.t USING btree (b, a)"},
		},
	}, {
		name: "check is stored canonically",
		setup: `CREATE TABLE t (price numeric CHECK (price > 0), s text,
			CONSTRAINT s_in CHECK (s IN ('a', 'b')))`,
		want: []*model.Constraint{
			{Name: "s_in", Kind: model.Check, Definition: "CHECK ((s = ANY (ARRAY['a'::text, 'b'::text])))", Columns: []string{"s"}},
			{Name: "t_price_check", Kind: model.Check, Definition: "CHECK ((price > (0)::numeric))", Columns: []string{"price"}},
		},
	}, {
		name: "foreign keys name the referenced table, also across schemas",
		setup: `CREATE SCHEMA "Other";
			CREATE TABLE "Other"."Users" (id int PRIMARY KEY, org int, UNIQUE (org, id));
			CREATE TABLE t (user_id int REFERENCES "Other"."Users" ON DELETE CASCADE, org int,
				FOREIGN KEY (org, user_id) REFERENCES "Other"."Users" (org, id) DEFERRABLE INITIALLY DEFERRED)`,
		want: []*model.Constraint{
			{Name: "t_org_user_id_fkey", Kind: model.ForeignKey,
				Definition: `FOREIGN KEY (org, user_id) REFERENCES "Other"."Users"(org, id) DEFERRABLE INITIALLY DEFERRED`,
				Columns:    []string{"org", "user_id"}, References: model.QName{Schema: "Other", Name: "Users"},
				ReferencedColumns: []string{"org", "id"}},
			{Name: "t_user_id_fkey", Kind: model.ForeignKey,
				Definition: `FOREIGN KEY (user_id) REFERENCES "Other"."Users"(id) ON DELETE CASCADE`,
				Columns:    []string{"user_id"}, References: model.QName{Schema: "Other", Name: "Users"},
				ReferencedColumns: []string{"id"}},
		},
	}, {
		name: "exclusion, not valid and comments",
		setup: `CREATE TABLE t (r int4range, n int, EXCLUDE USING gist (r WITH &&));
			ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID;
			COMMENT ON CONSTRAINT n_pos ON t IS 'positive'`,
		want: []*model.Constraint{
			{Name: "n_pos", Kind: model.Check, Definition: "CHECK ((n > 0)) NOT VALID", Columns: []string{"n"}, Comment: "positive"},
			{Name: "t_r_excl", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (r WITH &&)", Columns: []string{"r"},
				Index: "CREATE INDEX t_r_excl ON public.t USING gist (r)"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := publicTable(t, inspect(t, tt.setup, Options{}), "t").Constraints
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("constraints:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}

// TestPartitionConstraints checks that partitions report only the constraints they
// declare themselves, not the copies of their parent's, and that a foreign key to a
// partitioned table is reported once.
func TestPartitionConstraints(t *testing.T) {
	const setup = `CREATE TABLE "Customers" (id int PRIMARY KEY);
		CREATE TABLE orders (id int, "Day" date, customer int REFERENCES "Customers", qty int CHECK (qty > 0),
			PRIMARY KEY (id, "Day")) PARTITION BY RANGE ("Day");
		CREATE TABLE "Orders 2024" PARTITION OF orders (CONSTRAINT "Qty small" CHECK (qty < 100))
			FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id);
		CREATE TABLE "Orders 2024 0" PARTITION OF "Orders 2024" (UNIQUE (customer, id, "Day"))
			FOR VALUES WITH (MODULUS 1, REMAINDER 0);
		CREATE TABLE orders_2025 (qty int CONSTRAINT orders_qty_check CHECK (qty > 0), customer int,
			"Day" date NOT NULL, id int NOT NULL, CONSTRAINT "Own" CHECK (customer <> 0));
		ALTER TABLE orders ATTACH PARTITION orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
		CREATE TABLE orders_other PARTITION OF orders DEFAULT;
		CREATE TABLE lines (order_id int, "Day" date, FOREIGN KEY (order_id, "Day") REFERENCES orders);
		CREATE TABLE base (a int CHECK (a > 0));
		CREATE TABLE child (b int) INHERITS (base)`
	check := func(name, def string, cols ...string) *model.Constraint {
		return &model.Constraint{Name: name, Kind: model.Check, Definition: def, Columns: cols}
	}
	want := map[string][]*model.Constraint{
		"orders": {
			{Name: "orders_customer_fkey", Kind: model.ForeignKey,
				Definition: `FOREIGN KEY (customer) REFERENCES public."Customers"(id)`, Columns: []string{"customer"},
				References: qname("public", "Customers"), ReferencedColumns: []string{"id"}},
			{Name: "orders_pkey", Kind: model.PrimaryKey, Definition: `PRIMARY KEY (id, "Day")`, Columns: []string{"id", "Day"},
				Index: `CREATE UNIQUE INDEX orders_pkey ON ONLY public.orders USING btree (id, "Day")`},
			check("orders_qty_check", "CHECK ((qty > 0))", "qty"),
		},
		"Orders 2024": {check("Qty small", "CHECK ((qty < 100))", "qty")},
		"Orders 2024 0": {{Name: "Orders 2024 0_customer_id_Day_key", Kind: model.Unique,
			Definition: `UNIQUE (customer, id, "Day")`, Columns: []string{"customer", "id", "Day"},
			Index: `CREATE UNIQUE INDEX "Orders 2024 0_customer_id_Day_key" ON public."Orders 2024 0" USING btree (customer, id, "Day")`}},
		"orders_2025":  {check("Own", "CHECK ((customer <> 0))", "customer")},
		"orders_other": nil,
		"lines": {{Name: "lines_order_id_Day_fkey", Kind: model.ForeignKey,
			Definition: `FOREIGN KEY (order_id, "Day") REFERENCES public.orders(id, "Day")`,
			Columns:    []string{"order_id", "Day"}, References: qname("public", "orders"),
			ReferencedColumns: []string{"id", "Day"}}},
		// The child of plain inheritance does not declare the inherited check.
		"child": nil,
	}
	cat := inspect(t, setup, Options{})
	for name, w := range want {
		if got := publicTable(t, cat, name).Constraints; !reflect.DeepEqual(got, w) {
			t.Errorf("%s constraints:\ngot  %s\nwant %s", name, show(got), show(w))
		}
	}
}
