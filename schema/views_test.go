package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

func TestViews(t *testing.T) {
	tests := []struct {
		name  string
		setup string
		want  []*model.View // all views, in name order
		// query16 is the first view's query as PostgreSQL 16 and later print it:
		// columns of a view over one table unqualified.
		query16 string
	}{{
		name: "query canonical and qualified, columns in order, comments",
		setup: `CREATE TABLE t (id int, "Name" text);
			CREATE VIEW v AS SELECT * FROM t WHERE id > 0;
			COMMENT ON VIEW v IS 'positive';
			COMMENT ON COLUMN v."Name" IS 'the name'`,
		want: []*model.View{{
			Name:           qname("public", "v"),
			Query:          " SELECT t.id,\n    t.\"Name\"\n   FROM public.t\n  WHERE t.id > 0;",
			Columns:        []string{"id", "Name"},
			ColumnTypes:    []string{"integer", "text"},
			Comment:        "positive",
			ColumnComments: map[string]string{"Name": "the name"},
		}},
		query16: " SELECT id,\n    \"Name\"\n   FROM public.t\n  WHERE id > 0;",
	}, {
		name: "options sorted, quoted names, other schema",
		setup: `CREATE SCHEMA "App"; CREATE TABLE "App"."T" (a int);
			CREATE VIEW "App"."My View" WITH (security_barrier, check_option = local) AS SELECT a AS "One" FROM "App"."T"`,
		want: []*model.View{{
			Name:        qname("App", "My View"),
			Query:       " SELECT \"T\".a AS \"One\"\n   FROM \"App\".\"T\";",
			Columns:     []string{"One"},
			ColumnTypes: []string{"integer"},
			Options:     []string{"check_option=local", "security_barrier=true"},
		}},
		query16: " SELECT a AS \"One\"\n   FROM \"App\".\"T\";",
	}, {
		name: "materialized view with indexes and options",
		setup: `CREATE TABLE t (a int);
			CREATE MATERIALIZED VIEW m WITH (fillfactor = 70) AS SELECT a, a * 2 AS b FROM t WITH NO DATA;
			CREATE UNIQUE INDEX m_a ON m (a);
			CREATE INDEX "M b" ON m (b) WHERE b > 0;
			COMMENT ON INDEX m_a IS 'by a'`,
		want: []*model.View{{
			Name:         qname("public", "m"),
			Materialized: true,
			NoData:       true, // never refreshed
			Query:        " SELECT t.a,\n    t.a * 2 AS b\n   FROM public.t;",
			Columns:      []string{"a", "b"},
			ColumnTypes:  []string{"integer", "integer"},
			Options:      []string{"fillfactor=70"},
			Indexes: []*model.Index{
				{Name: "M b", Definition: `CREATE INDEX "M b" ON public.m USING btree (b) WHERE (b > 0)`},
				{Name: "m_a", Definition: "CREATE UNIQUE INDEX m_a ON public.m USING btree (a)", Unique: true, Comment: "by a"},
			},
		}},
		query16: " SELECT a,\n    a * 2 AS b\n   FROM public.t;",
	}, {
		name:  "an extension's views are left out",
		setup: `CREATE EXTENSION pg_stat_statements`,
		want:  []*model.View{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.query16 != "" && pgtest.Server().Major() >= 16 {
				tt.want[0].Query = tt.query16
			}
			cat := inspect(t, tt.setup, Options{})
			got := []*model.View{}
			for _, n := range cat.ViewNames() {
				got = append(got, cat.Views[n])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("views:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}
