package differ

import (
	"slices"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// AlterDefaultPrivileges grants or revokes default privileges: what objects of a kind
// get when Role creates them later (in Schema, or anywhere when Schema is empty).
// Privileges to one grantee with the same grant option go in one statement.
type AlterDefaultPrivileges struct {
	changeMeta
	// Role is FOR ROLE; empty for the role that runs the plan.
	Role   string
	Schema string
	On     string // TABLES, SEQUENCES, FUNCTIONS, TYPES or SCHEMAS
	Grant  bool
	// GrantOptionOnly revokes only the right to grant (Grant false), or grants WITH
	// GRANT OPTION (Grant true).
	GrantOptionOnly bool
	Grantee         string
	Privileges      []string
	// ForRole is the role the entries belong to, for messages: Role, or the role
	// that runs the plan.
	ForRole string
}

func (c *AlterDefaultPrivileges) Object() Object {
	return Object{Kind: model.KindDefaultPrivileges, Name: model.QName{Schema: c.Schema, Name: c.ForRole}, Member: c.On}
}
func (c *AlterDefaultPrivileges) Op() Op { return Alter }

// defaultACLKind is the kind of object ALTER DEFAULT PRIVILEGES calls an object kind.
func defaultACLKind(kind model.ObjectKind) string {
	switch kind {
	case model.KindTable, model.KindView:
		return "TABLES"
	case model.KindSequence:
		return "SEQUENCES"
	case model.KindFunction:
		return "FUNCTIONS"
	case model.KindType:
		return "TYPES"
	case model.KindSchema:
		return "SCHEMAS"
	}
	return ""
}

// builtinDefaultPrivileges are the privileges PostgreSQL gives roles other than the
// owner on a new object when no default privileges say otherwise: PUBLIC may execute
// functions and use types.
func builtinDefaultPrivileges(on string) []model.Privilege {
	switch on {
	case "FUNCTIONS":
		return []model.Privilege{{Grantee: "PUBLIC", Privilege: "EXECUTE"}}
	case "TYPES":
		return []model.Privilege{{Grantee: "PUBLIC", Privilege: "USAGE"}}
	}
	return nil
}

// newObjectPrivileges are the privileges an object of the kind gets when this plan
// creates it in schema: the built-in defaults, as changed by the current state's
// default privileges for the role that runs the plan (Catalog.Role). The plan changes
// default privileges last, after every object it creates, so the current state's are
// the ones in effect. The creating role's own privileges are left out, as everywhere.
func (d *differ) newObjectPrivileges(kind model.ObjectKind, schema string) []model.Privilege {
	on := defaultACLKind(kind)
	out := builtinDefaultPrivileges(on)
	if kind == model.KindSchema {
		schema = "" // schemas are in no schema: only database-wide entries apply
	}
	for _, p := range d.from.DefaultPrivileges {
		if p.Role != d.from.Role || p.On != on || (p.Schema != "" && p.Schema != schema) || p.Grantee == d.from.Role {
			continue
		}
		priv := model.Privilege{Grantee: p.Grantee, Privilege: p.Privilege, Grantable: p.Grantable}
		i := slices.IndexFunc(out, func(q model.Privilege) bool { return q.Grantee == p.Grantee && q.Privilege == p.Privilege })
		switch {
		case p.Revoked && i >= 0:
			out = slices.Delete(out, i, i+1)
		case p.Revoked:
		case i >= 0:
			out[i].Grantable = out[i].Grantable || p.Grantable
		default:
			out = append(out, priv)
		}
	}
	return out
}

// defaultACLKey identifies a default privilege, grant option aside.
type defaultACLKey struct {
	role, schema, on, grantee, privilege string
	revoked                              bool
}

func keyOf(p model.DefaultPrivilege) defaultACLKey {
	return defaultACLKey{p.Role, p.Schema, p.On, p.Grantee, p.Privilege, p.Revoked}
}

// defaultPrivileges compares the default privileges. A new entry is granted (or, for
// a built-in default taken away, revoked); an entry gone is revoked (or the built-in
// default granted back); a changed grant option is granted or revoked alone.
func (d *differ) defaultPrivileges() {
	old := map[defaultACLKey]model.DefaultPrivilege{}
	for _, p := range d.from.DefaultPrivileges {
		old[keyOf(p)] = p
	}
	now := map[defaultACLKey]bool{}
	type group struct {
		role, schema, on, grantee string
		grant, optionOnly         bool
	}
	groups := map[group][]string{}
	add := func(p model.DefaultPrivilege, grant, optionOnly bool) {
		g := group{p.Role, p.Schema, p.On, p.Grantee, grant, optionOnly}
		groups[g] = append(groups[g], p.Privilege)
	}
	for _, p := range d.to.DefaultPrivileges {
		k := keyOf(p)
		now[k] = true
		o, ok := old[k]
		switch {
		case !ok && p.Revoked:
			add(p, false, false)
		case !ok:
			add(p, true, p.Grantable)
		case p.Grantable && !o.Grantable:
			add(p, true, true)
		case !p.Grantable && o.Grantable:
			add(p, false, true)
		}
	}
	for _, p := range d.from.DefaultPrivileges {
		if !now[keyOf(p)] {
			add(p, p.Revoked, false)
		}
	}
	keys := make([]group, 0, len(groups))
	for g := range groups {
		keys = append(keys, g)
	}
	// Revokes first, then grants, each in role, schema, kind, grantee order.
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.grant != b.grant {
			return !a.grant
		}
		x := strings.Join([]string{a.role, a.schema, a.on, a.grantee}, "\x00")
		y := strings.Join([]string{b.role, b.schema, b.on, b.grantee}, "\x00")
		if x != y {
			return x < y
		}
		return !a.optionOnly && b.optionOnly
	})
	for _, g := range keys {
		privs := groups[g]
		sort.Strings(privs)
		c := &AlterDefaultPrivileges{changeMeta: changeMeta{phase: phaseDefaultPrivileges},
			Role: g.role, Schema: g.schema, On: g.on, Grant: g.grant, GrantOptionOnly: g.optionOnly,
			Grantee: g.grantee, Privileges: privs, ForRole: g.role}
		if g.role == d.from.Role {
			c.Role = "" // the role that runs the plan: FOR ROLE would name it for nothing
		}
		d.add(c)
	}
}
