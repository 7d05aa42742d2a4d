package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestFunctions(t *testing.T) {
	tests := []struct {
		name  string
		setup string
		want  []*model.Function // all functions, in signature order
		since int               // the oldest major whose syntax setup uses, 0 for all
	}{{
		name: "function, overloads, procedure, quoted names",
		setup: `CREATE SCHEMA "App";
			CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
			CREATE FUNCTION add(a text, b text DEFAULT 'x') RETURNS text LANGUAGE sql AS $$ SELECT a || b $$;
			CREATE PROCEDURE "App"."Do It"(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
			COMMENT ON FUNCTION add(int, int) IS 'sum'`,
		want: []*model.Function{{
			Name: qname("App", "Do It"), Privileges: publicExecute, Kind: "p", Arguments: "INOUT n integer",
			Definition: "CREATE OR REPLACE PROCEDURE \"App\".\"Do It\"(INOUT n integer)\n LANGUAGE plpgsql\nAS $procedure$ BEGIN n := n + 1; END $procedure$\n",
		}, {
			Name: qname("public", "add"), Privileges: publicExecute, Kind: "f", Arguments: "a integer, b integer", Result: "integer",
			Definition: "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$SELECT a + b$function$\n",
			Comment:    "sum",
		}, {
			Name: qname("public", "add"), Privileges: publicExecute, Kind: "f", Arguments: "a text, b text", Result: "text",
			Definition: "CREATE OR REPLACE FUNCTION public.add(a text, b text DEFAULT 'x'::text)\n RETURNS text\n LANGUAGE sql\nAS $function$ SELECT a || b $function$\n",
		}},
	}, {
		name:  "SQL-standard body, printed as PostgreSQL stores it",
		setup: `CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b`,
		want: []*model.Function{{
			Name: qname("public", "add"), Privileges: publicExecute, Kind: "f", Arguments: "a integer, b integer", Result: "integer",
			Definition: "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nRETURN (a + b)\n",
		}},
		since: 14,
	}, {
		name: "aggregates are whole objects, set-returning function",
		setup: `CREATE TABLE t (a int);
			CREATE AGGREGATE my_sum(int) (sfunc = int4pl, stype = int);
			CREATE FUNCTION rows_of() RETURNS SETOF t LANGUAGE sql STABLE AS 'SELECT * FROM t'`,
		want: []*model.Function{{
			Name: qname("public", "rows_of"), Privileges: publicExecute, Kind: "f", Result: "SETOF public.t",
			Definition: "CREATE OR REPLACE FUNCTION public.rows_of()\n RETURNS SETOF public.t\n LANGUAGE sql\n STABLE\nAS $function$SELECT * FROM t$function$\n",
		}},
	}, {
		name:  "an extension's functions are left out",
		setup: `CREATE EXTENSION citext`,
		want:  []*model.Function{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireMajor(t, tt.since)
			cat := inspect(t, tt.setup, Options{})
			got := []*model.Function{}
			for _, s := range cat.FunctionSignatures() {
				got = append(got, cat.Functions[s])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("functions:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
		})
	}
}

// publicExecute is what PostgreSQL grants on every new function: PUBLIC may run it.
var publicExecute = []model.Privilege{{Grantee: "PUBLIC", Privilege: "EXECUTE"}}
