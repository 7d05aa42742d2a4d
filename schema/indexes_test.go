package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestIndexes(t *testing.T) {
	tests := []struct {
		name  string
		setup string // creates table public.t
		want  []*model.Index
	}{{
		name: "constraint indexes are left to the constraints",
		setup: `CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE, r int4range, EXCLUDE USING gist (r WITH &&));
			CREATE TABLE other (a int REFERENCES t)`,
		want: nil,
	}, {
		name: "plain, unique, expression and partial indexes sorted by name",
		setup: `CREATE TABLE t (a int, email text);
			CREATE INDEX t_b ON t (a DESC NULLS LAST) WHERE a > 3;
			CREATE UNIQUE INDEX t_a ON t (lower(email));
			CREATE INDEX "T Mixed" ON t USING hash (email);
			COMMENT ON INDEX t_a IS 'unique mail'`,
		want: []*model.Index{
			{Name: "T Mixed", Definition: `CREATE INDEX "T Mixed" ON public.t USING hash (email)`},
			{Name: "t_a", Definition: "CREATE UNIQUE INDEX t_a ON public.t USING btree (lower(email))", Unique: true, Comment: "unique mail"},
			{Name: "t_b", Definition: "CREATE INDEX t_b ON public.t USING btree (a DESC NULLS LAST) WHERE (a > 3)"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := publicTable(t, inspect(t, tt.setup, Options{}), "t").Indexes
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("indexes:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}

// TestPartitionIndexes checks that a partitioned table's indexes read as the
// statement that declares them, cascading (pg_get_indexdef prints ON ONLY), and that
// partitions report only the indexes they declare themselves.
func TestPartitionIndexes(t *testing.T) {
	const setup = `CREATE TABLE t (id int, "Day" date, note text, PRIMARY KEY (id, "Day")) PARTITION BY RANGE ("Day");
		CREATE TABLE "P 2024" PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id);
		CREATE TABLE "P 2024 0" PARTITION OF "P 2024" FOR VALUES WITH (MODULUS 1, REMAINDER 0);
		CREATE TABLE p_2025 ("Day" date NOT NULL, id int NOT NULL, note text);
		CREATE INDEX own_name ON p_2025 (lower(note));
		CREATE INDEX "T Lower" ON t (lower(note));
		CREATE UNIQUE INDEX t_id ON t (id, "Day") WHERE note IS NOT NULL;
		ALTER TABLE t ATTACH PARTITION p_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
		CREATE INDEX "Note only 2024" ON "P 2024 0" (note);
		ALTER TABLE p_2025 REPLICA IDENTITY USING INDEX p_2025_pkey;
		COMMENT ON INDEX "T Lower" IS 'by note'`
	want := map[string][]*model.Index{
		"t": {
			{Name: "T Lower", Definition: `CREATE INDEX "T Lower" ON public.t USING btree (lower(note))`, Comment: "by note"},
			{Name: "t_id", Definition: `CREATE UNIQUE INDEX t_id ON public.t USING btree (id, "Day") WHERE (note IS NOT NULL)`, Unique: true},
		},
		"P 2024":   nil,
		"P 2024 0": {{Name: "Note only 2024", Definition: `CREATE INDEX "Note only 2024" ON public."P 2024 0" USING btree (note)`}},
		// Attached, own_name became a partition of "T Lower": the parent declares it.
		"p_2025": nil,
	}
	cat := inspect(t, setup, Options{})
	for name, w := range want {
		if got := publicTable(t, cat, name).Indexes; !reflect.DeepEqual(got, w) {
			t.Errorf("%s indexes:\ngot  %s\nwant %s", name, show(got), show(w))
		}
	}
	// A partition's replica identity is its own, also on an index it got from its parent.
	if got := publicTable(t, cat, "p_2025").ReplicaIdentityIndex; got != "p_2025_pkey" {
		t.Errorf("p_2025 replica identity index: got %q, want %q", got, "p_2025_pkey")
	}

	// An index made ON ONLY the parent stays invalid until every partition has its
	// own attached: it keeps its ONLY, which says so.
	cat = inspect(t, setup+`; CREATE INDEX t_only ON ONLY t (note)`, Options{})
	want1 := &model.Index{Name: "t_only", Definition: "CREATE INDEX t_only ON ONLY public.t USING btree (note)"}
	if got := publicTable(t, cat, "t").Index("t_only"); !reflect.DeepEqual(got, want1) {
		t.Errorf("invalid partitioned index:\ngot  %s\nwant %s", show(got), show(want1))
	}
}
