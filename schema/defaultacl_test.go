package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestDefaultPrivileges(t *testing.T) {
	const setup = `CREATE SCHEMA app;
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT SELECT ON TABLES TO {reader};
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA app GRANT INSERT ON TABLES TO {reader} WITH GRANT OPTION;
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT EXECUTE ON ROUTINES TO {reader};
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} GRANT USAGE ON TYPES TO PUBLIC;
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE USAGE ON TYPES FROM PUBLIC;
		ALTER DEFAULT PRIVILEGES FOR ROLE {owner} REVOKE ALL ON SEQUENCES FROM {owner};`
	cat, roles := inspectWithRoles(t, setup, "owner", "reader")
	o, r := roles["owner"], roles["reader"]
	want := []model.DefaultPrivilege{
		{Role: o, On: "FUNCTIONS", Grantee: "PUBLIC", Privilege: "EXECUTE", Revoked: true},
		{Role: o, On: "FUNCTIONS", Grantee: r, Privilege: "EXECUTE"},
		{Role: o, On: "TABLES", Grantee: r, Privilege: "SELECT"},
		{Role: o, On: "TYPES", Grantee: "PUBLIC", Privilege: "USAGE", Revoked: true},
		{Role: o, Schema: "app", On: "TABLES", Grantee: r, Privilege: "INSERT", Grantable: true},
	}
	if !reflect.DeepEqual(cat.DefaultPrivileges, want) {
		t.Errorf("default privileges:\ngot  %+v\nwant %+v", cat.DefaultPrivileges, want)
	}
}
