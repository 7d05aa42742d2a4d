package planner

import "github.com/pgshape/pgshape/model"

// ownersFromShadow gives the objects of the desired state that the shadow's role owns
// to the target's role instead, and moves the default privileges written without FOR
// ROLE to it too. The shadow's role owns what the files give no owner (and is the
// role of ALTER DEFAULT PRIVILEGES without FOR ROLE); on the target, the same
// statements run by a migration belong to the role that runs it, taken to be the role
// pgshape connects as. Without this, a shadow server where pgshape connects as
// another role would make every such object differ.
//
// A file that names the shadow's role itself (OWNER TO postgres, when the shadow
// runs as postgres and the target as app) is read the same way: the two cannot be
// told apart after loading.
func ownersFromShadow(c *model.Catalog, shadowRole, targetRole string) {
	swap := func(owner *string) {
		if *owner == shadowRole {
			*owner = targetRole
		}
	}
	for _, s := range c.Schemas {
		swap(&s.Owner)
	}
	for _, t := range c.Tables {
		swap(&t.Owner)
	}
	for _, v := range c.Views {
		swap(&v.Owner)
	}
	for _, s := range c.Sequences {
		swap(&s.Owner)
	}
	for _, f := range c.Functions {
		swap(&f.Owner)
	}
	for _, t := range c.Enums {
		swap(&t.Owner)
	}
	for _, t := range c.Domains {
		swap(&t.Owner)
	}
	for _, t := range c.Composites {
		swap(&t.Owner)
	}
	for _, t := range c.Ranges {
		swap(&t.Owner)
	}
	for _, t := range c.Collations {
		swap(&t.Owner)
	}
	for i := range c.DefaultPrivileges {
		swap(&c.DefaultPrivileges[i].Role)
	}
}
