package emitter

import (
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func grant(c *differ.Grant) []string {
	var out []string
	for _, p := range c.Privileges {
		s := "GRANT " + privilege(p) + " ON " + privilegeTarget(c.Target) + " TO " + grantee(p.Grantee)
		if p.Grantable {
			s += " WITH GRANT OPTION"
		}
		out = append(out, s)
	}
	return out
}

func revoke(c *differ.Revoke) []string {
	var out []string
	for _, p := range c.Privileges {
		head := "REVOKE "
		if c.GrantOptionOnly {
			head += "GRANT OPTION FOR "
		}
		out = append(out, head+privilege(p)+" ON "+privilegeTarget(c.Target)+" FROM "+grantee(p.Grantee))
	}
	return out
}

func privilege(p model.Privilege) string {
	if p.Column != "" {
		return p.Privilege + " (" + ident(p.Column) + ")"
	}
	return p.Privilege
}

// privilegeTarget names an object as GRANT and REVOKE expect it.
func privilegeTarget(o differ.Object) string {
	switch o.Kind {
	case model.KindSchema:
		return "SCHEMA " + ident(o.Name.Name)
	case model.KindSequence:
		return "SEQUENCE " + o.Name.String()
	case model.KindFunction:
		return "ROUTINE " + functionTarget(o)
	case model.KindType:
		return "TYPE " + o.Name.String()
	case model.KindTable, model.KindView:
		return "TABLE " + o.Name.String()
	}
	return objectPrivilegeTarget(o)
}
