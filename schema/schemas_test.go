package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

func TestSchemas(t *testing.T) {
	cat := inspect(t, `CREATE SCHEMA "Sales ü"; COMMENT ON SCHEMA "Sales ü" IS 'money';
		COMMENT ON SCHEMA public IS 'the default'; CREATE TEMP TABLE tmp (a int)`, Options{})
	want := map[string]*model.Schema{
		// Since PostgreSQL 15, public belongs to pg_database_owner and PUBLIC may
		// only use it: its ACL is set, so that grant is reported.
		"public":  {Name: "public", Comment: "the default", Privileges: []model.Privilege{{Grantee: "PUBLIC", Privilege: "USAGE"}}},
		"Sales ü": {Name: "Sales ü", Comment: "money"},
	}
	if pgtest.Major(t) < 15 {
		// Before, PUBLIC could also create in it, granted in the same set ACL.
		want["public"].Privileges = []model.Privilege{{Grantee: "PUBLIC", Privilege: "CREATE"}, {Grantee: "PUBLIC", Privilege: "USAGE"}}
	}
	if !reflect.DeepEqual(cat.Schemas, want) {
		t.Errorf("schemas:\ngot  %s\nwant %s", show(cat.Schemas), show(want))
	}
}

func TestSchemaFilters(t *testing.T) {
	const setup = `CREATE SCHEMA a; CREATE SCHEMA b;
		CREATE TABLE a.t (id serial); CREATE TABLE b.t (id int);
		CREATE TYPE a.e AS ENUM ('x'); CREATE TYPE b.e AS ENUM ('y');
		CREATE TABLE public.t (a int)`
	tests := []struct {
		name             string
		include, exclude []string
		want             []string // schema names; each holds what setup made in it
	}{
		{name: "all", want: []string{"a", "b", "public"}},
		{name: "include", include: []string{"a", "public"}, want: []string{"a", "public"}},
		{name: "exclude", exclude: []string{"public", "b"}, want: []string{"a"}},
		{name: "both", include: []string{"a", "b"}, exclude: []string{"b"}, want: []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := inspect(t, setup, Options{IncludeSchemas: tt.include, ExcludeSchemas: tt.exclude})
			if got := cat.SchemaNames(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("schemas: got %v, want %v", got, tt.want)
			}
			wanted := map[string]bool{}
			for _, s := range tt.want {
				wanted[s] = true
			}
			tables := cat.TableNames()
			for _, n := range append(append(tables, cat.EnumNames()...), cat.SequenceNames()...) {
				if !wanted[n.Schema] {
					t.Errorf("%v reported from a filtered schema", n)
				}
			}
			if len(tables) != len(tt.want) {
				t.Errorf("tables: got %v, want one per schema of %v", tables, tt.want)
			}
		})
	}
}
