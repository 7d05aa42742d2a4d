package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
)

// alterDefaultPrivileges writes one ALTER DEFAULT PRIVILEGES statement. FOR ROLE is
// left out for the role that runs the plan, as a developer would write it.
func alterDefaultPrivileges(c *differ.AlterDefaultPrivileges) string {
	s := "ALTER DEFAULT PRIVILEGES"
	if c.Role != "" {
		s += " FOR ROLE " + ident(c.Role)
	}
	if c.Schema != "" {
		s += " IN SCHEMA " + ident(c.Schema)
	}
	privs := strings.Join(c.Privileges, ", ")
	if c.Grant {
		s += " GRANT " + privs + " ON " + c.On + " TO " + grantee(c.Grantee)
		if c.GrantOptionOnly {
			s += " WITH GRANT OPTION"
		}
		return s
	}
	s += " REVOKE "
	if c.GrantOptionOnly {
		s += "GRANT OPTION FOR "
	}
	return s + privs + " ON " + c.On + " FROM " + grantee(c.Grantee)
}
