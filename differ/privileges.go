package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// Grant grants privileges on an object; Revoke takes them back. Privileges of one
// grantee with the same grant option are grouped in one statement.
type Grant struct {
	changeMeta
	Target     Object
	Privileges []model.Privilege
}

// Revoke takes privileges back. GrantOptionOnly revokes only the right to grant them.
type Revoke struct {
	changeMeta
	Target          Object
	Privileges      []model.Privilege
	GrantOptionOnly bool
}

func (c *Grant) Object() Object  { return c.Target }
func (c *Grant) Op() Op          { return Alter }
func (c *Revoke) Object() Object { return c.Target }
func (c *Revoke) Op() Op         { return Alter }

// privileges compares the privileges on an object: what old lacks is granted, what new
// lacks is revoked, and a changed grant option is granted or revoked alone. Privileges
// the current state grants to the desired owner are not revoked: once that role owns
// the object (see owners), they are part of its owner's, which are not compared.
func (d *differ) privileges(target Object, old, new []model.Privilege) {
	if owner := ownerIn(d.desired, target); owner != "" {
		old = slices.DeleteFunc(slices.Clone(old), func(p model.Privilege) bool { return p.Grantee == owner })
	}
	key := func(p model.Privilege) model.Privilege { p.Grantable = false; return p }
	find := func(ps []model.Privilege, p model.Privilege) (model.Privilege, bool) {
		i := slices.IndexFunc(ps, func(q model.Privilege) bool { return key(q) == key(p) })
		if i < 0 {
			return model.Privilege{}, false
		}
		return ps[i], true
	}
	var grant, revoke, revokeOption []model.Privilege
	for _, p := range new {
		if op, ok := find(old, p); !ok || (p.Grantable && !op.Grantable) {
			grant = append(grant, p)
		} else if !p.Grantable && op.Grantable {
			revokeOption = append(revokeOption, p)
		}
	}
	for _, op := range old {
		if _, ok := find(new, op); !ok {
			revoke = append(revoke, op)
		}
	}
	if len(revoke) > 0 {
		d.add(&Revoke{changeMeta: changeMeta{phase: phasePrivileges}, Target: target, Privileges: revoke})
	}
	if len(revokeOption) > 0 {
		d.add(&Revoke{changeMeta: changeMeta{phase: phasePrivileges}, Target: target, Privileges: revokeOption, GrantOptionOnly: true})
	}
	if len(grant) > 0 {
		d.add(&Grant{changeMeta: changeMeta{phase: phasePrivileges}, Target: target, Privileges: grant})
	}
}
