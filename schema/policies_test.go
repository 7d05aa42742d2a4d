package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestPolicies(t *testing.T) {
	const setup = `CREATE TABLE "T" (owner name, n int);
		ALTER TABLE "T" ENABLE ROW LEVEL SECURITY;
		CREATE POLICY "Own rows" ON "T" USING (owner = current_user);
		CREATE POLICY ins ON "T" AS RESTRICTIVE FOR INSERT TO {writer}, {Admin} WITH CHECK (n > 0);
		CREATE POLICY upd ON "T" FOR UPDATE USING (n > 0) WITH CHECK (n < 10);
		CREATE POLICY sel ON "T" FOR SELECT TO public USING (true);
		CREATE POLICY del ON "T" FOR DELETE USING (false);
		COMMENT ON POLICY sel ON "T" IS 'all rows'`
	cat, roles := inspectWithRoles(t, setup, "writer", "Admin")
	want := []*model.Policy{
		{Name: "Own rows", Permissive: true, Command: "ALL", Roles: []string{"public"}, Using: "(owner = CURRENT_USER)"},
		{Name: "del", Permissive: true, Command: "DELETE", Roles: []string{"public"}, Using: "false"},
		{Name: "ins", Command: "INSERT", Roles: []string{roles["Admin"], roles["writer"]}, WithCheck: "(n > 0)"},
		{Name: "sel", Permissive: true, Command: "SELECT", Roles: []string{"public"}, Using: "true", Comment: "all rows"},
		{Name: "upd", Permissive: true, Command: "UPDATE", Roles: []string{"public"}, Using: "(n > 0)", WithCheck: "(n < 10)"},
	}
	if got := publicTable(t, cat, "T").Policies; !reflect.DeepEqual(got, want) {
		t.Errorf("policies:\ngot  %s\nwant %s", show(got), show(want))
	}
}
