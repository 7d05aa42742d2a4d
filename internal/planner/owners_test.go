package planner

import (
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestOwnersFromShadow: what the shadow's role owns, and its default privileges,
// go to the target's role; other roles stay.
func TestOwnersFromShadow(t *testing.T) {
	c := model.NewCatalog()
	mine, theirs := model.QName{Schema: "public", Name: "mine"}, model.QName{Schema: "public", Name: "theirs"}
	c.Tables[mine] = &model.Table{Name: mine, Owner: "shadow"}
	c.Tables[theirs] = &model.Table{Name: theirs, Owner: "app_owner"}
	c.Collations[mine] = &model.Collation{Name: mine, Owner: "shadow"}
	c.DefaultPrivileges = []model.DefaultPrivilege{
		{Role: "shadow", On: "TABLES", Grantee: "shadow", Privilege: "SELECT"},
		{Role: "app_owner", On: "TABLES", Grantee: "reader", Privilege: "SELECT"},
	}
	ownersFromShadow(c, "shadow", "deploy")
	got := []string{c.Tables[mine].Owner, c.Tables[theirs].Owner, c.Collations[mine].Owner,
		c.DefaultPrivileges[0].Role, c.DefaultPrivileges[0].Grantee, c.DefaultPrivileges[1].Role}
	want := []string{"deploy", "app_owner", "deploy", "deploy", "shadow", "app_owner"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
