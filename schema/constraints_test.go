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
			{Name: "A unique", Kind: model.Unique, Definition: "UNIQUE (c, b)", Columns: []string{"c", "b"}},
			{Name: "t_pkey", Kind: model.PrimaryKey, Definition: "PRIMARY KEY (b, a)", Columns: []string{"b", "a"}},
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
			{Name: "t_r_excl", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (r WITH &&)", Columns: []string{"r"}},
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
