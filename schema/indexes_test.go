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
