package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestPrivileges(t *testing.T) {
	const setup = `CREATE SCHEMA "App";
		CREATE TABLE "App"."T" (id int, "Secret" text);
		CREATE TABLE fresh (a int);
		CREATE VIEW v AS SELECT 1 AS a;
		CREATE SEQUENCE s;
		CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
		CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1';
		CREATE FUNCTION fresh_f() RETURNS int LANGUAGE sql AS 'SELECT 1';
		CREATE TYPE mood AS ENUM ('ok');
		CREATE DOMAIN pos AS int;
		CREATE TYPE fresh_t AS (a int);
		GRANT SELECT ON "App"."T" TO {reader};
		GRANT INSERT, UPDATE ON "App"."T" TO {Writer} WITH GRANT OPTION;
		GRANT UPDATE ("Secret"), SELECT (id, "Secret") ON "App"."T" TO {reader};
		GRANT USAGE ON SCHEMA "App" TO {reader};
		GRANT SELECT ON v TO PUBLIC;
		GRANT USAGE ON SEQUENCE s TO {Writer};
		REVOKE ALL ON FUNCTION f(int) FROM PUBLIC;
		GRANT EXECUTE ON FUNCTION f(int) TO {Writer};
		REVOKE ALL ON FUNCTION g() FROM PUBLIC;
		GRANT USAGE ON TYPE mood TO {reader} WITH GRANT OPTION;
		REVOKE USAGE ON DOMAIN pos FROM PUBLIC;
		REVOKE SELECT ON fresh FROM CURRENT_USER`
	cat, roles := inspectWithRoles(t, setup, "reader", "Writer")
	r, w := roles["reader"], roles["Writer"]
	tests := []struct {
		object string
		got    []model.Privilege
		want   []model.Privilege
	}{
		{"table App.T", cat.Tables[qname("App", "T")].Privileges, []model.Privilege{
			{Grantee: w, Privilege: "INSERT", Grantable: true},
			{Grantee: w, Privilege: "UPDATE", Grantable: true},
			{Grantee: r, Privilege: "SELECT"},
			{Grantee: r, Privilege: "SELECT", Column: "Secret"},
			{Grantee: r, Privilege: "SELECT", Column: "id"},
			{Grantee: r, Privilege: "UPDATE", Column: "Secret"},
		}},
		// The owner's own privileges are never reported, also when some were revoked.
		{"table fresh", cat.Tables[qname("public", "fresh")].Privileges, nil},
		{"schema App", cat.Schemas["App"].Privileges, []model.Privilege{{Grantee: r, Privilege: "USAGE"}}},
		{"view v", cat.Views[qname("public", "v")].Privileges, []model.Privilege{{Grantee: "PUBLIC", Privilege: "SELECT"}}},
		{"sequence s", cat.Sequences[qname("public", "s")].Privileges, []model.Privilege{{Grantee: w, Privilege: "USAGE"}}},
		// PUBLIC's EXECUTE is gone, and with it every item but the owner's.
		{"function f", cat.Functions["public.f(a integer)"].Privileges, []model.Privilege{{Grantee: w, Privilege: "EXECUTE"}}},
		{"function g", cat.Functions["public.g()"].Privileges, nil},
		// A NULL ACL is the defaults: PUBLIC may execute a function and use a type.
		{"function fresh_f", cat.Functions["public.fresh_f()"].Privileges, publicExecute},
		{"enum mood", cat.Enums[qname("public", "mood")].Privileges, []model.Privilege{
			{Grantee: "PUBLIC", Privilege: "USAGE"}, {Grantee: r, Privilege: "USAGE", Grantable: true}}},
		{"domain pos", cat.Domains[qname("public", "pos")].Privileges, nil},
		{"composite fresh_t", cat.Composites[qname("public", "fresh_t")].Privileges, publicUsage},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s privileges:\ngot  %+v\nwant %+v", tt.object, tt.got, tt.want)
		}
	}
}
