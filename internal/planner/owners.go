package planner

import (
	"sort"

	"github.com/pgshape/pgshape/model"
)

// runnerAsShadowRole makes the shadow's role stand for the target's in the current
// state c: the objects the target's role owns, and its default privileges, become the
// shadow role's, and so does c.Role. pgshape connects to the target as the role that
// will run the migration, and to the scratch databases as another: the desired state,
// loaded there, gives the shadow's role what the files give no owner (and the default
// privileges written without FOR ROLE). With both sides in the shadow role's terms,
// they compare without false differences, and the rehearsal, run as the shadow's
// role, does what the migration will do as the target's; the plan names that role
// CURRENT_USER, or not at all (FOR ROLE left out), so it runs as whoever runs it.
//
// An object of the target that the shadow's role itself owns (OWNER TO postgres,
// when the shadow runs as postgres and the target as app) reads the same way: the
// two cannot be told apart.
func runnerAsShadowRole(c *model.Catalog, shadowRole string) {
	renameRole(c, c.Role, shadowRole)
	c.Role = shadowRole
	sort.Slice(c.DefaultPrivileges, func(i, j int) bool { return c.DefaultPrivileges[i].Less(c.DefaultPrivileges[j]) })
}

// renameRole replaces role from by role to as owner and as the role of default
// privileges.
func renameRole(c *model.Catalog, from, to string) {
	for _, o := range c.OwnedObjects() {
		if o.OwnerName() == from {
			o.SetOwnerName(to)
		}
	}
	for i := range c.DefaultPrivileges {
		if c.DefaultPrivileges[i].Role == from {
			c.DefaultPrivileges[i].Role = to
		}
	}
}
