package parser

import (
	"slices"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// ALTER DEFAULT PRIVILEGES loads after every GRANT, as pg_dump writes it: it applies
// to objects created later (by migrations, by hand), never to the objects the files
// declare, whose privileges are exactly what their GRANT and REVOKE statements say.
// The catalog keeps the entries as model.DefaultPrivilege does, as differences from
// the built-in defaults; FOR ROLE left out is Role "" (the role that loads the files).

// defaultACLTargets names the kinds of object ALTER DEFAULT PRIVILEGES takes, and
// what ALL stands for on each.
var defaultACLTargets = map[pg_query.ObjectType]struct {
	on  string
	all []string
}{
	pg_query.ObjectType_OBJECT_TABLE:    {"TABLES", allPrivileges[pg_query.ObjectType_OBJECT_TABLE]},
	pg_query.ObjectType_OBJECT_SEQUENCE: {"SEQUENCES", allPrivileges[pg_query.ObjectType_OBJECT_SEQUENCE]},
	pg_query.ObjectType_OBJECT_FUNCTION: {"FUNCTIONS", []string{"EXECUTE"}},
	pg_query.ObjectType_OBJECT_TYPE:     {"TYPES", []string{"USAGE"}},
	pg_query.ObjectType_OBJECT_SCHEMA:   {"SCHEMAS", allPrivileges[pg_query.ObjectType_OBJECT_SCHEMA]},
}

// builtinDefaultACL are the privileges roles other than the owner get on a new object
// of the kind when no database-wide default privileges say otherwise.
var builtinDefaultACL = map[string][]model.Privilege{
	"FUNCTIONS": {{Grantee: "PUBLIC", Privilege: "EXECUTE"}},
	"TYPES":     {{Grantee: "PUBLIC", Privilege: "USAGE"}},
}

func analyseDefaultPrivileges(r *rawStmt, n *pg_query.AlterDefaultPrivilegesStmt) ([]*stmt, error) {
	if _, ok := defaultACLTargets[n.Action.GetObjtype()]; !ok {
		return nil, unsupported(r, "ALTER DEFAULT PRIVILEGES ... ON "+objectTypeName(n.Action.GetObjtype())+"S")
	}
	s := original(r, kindDefaultPrivileges)
	if d := defElem(n.Options, "schemas"); d != nil {
		for _, schema := range strs(d.Arg.GetList().GetItems()) {
			s.requireSchema(schema)
		}
	}
	return []*stmt{s}, nil
}

func (b *builder) applyDefaultPrivileges(s *stmt, n *pg_query.AlterDefaultPrivilegesStmt) error {
	a := n.Action
	target := defaultACLTargets[a.Objtype]
	roles := []string{""}
	if d := defElem(n.Options, "roles"); d != nil {
		roles = nil
		for _, r := range d.Arg.GetList().GetItems() {
			roles = append(roles, roleName(r.GetRoleSpec(), "PUBLIC"))
		}
	}
	schemas := []string{""}
	if d := defElem(n.Options, "schemas"); d != nil {
		schemas = strs(d.Arg.GetList().GetItems())
	}
	privs := target.all
	if len(a.Privileges) > 0 {
		privs = nil
		for _, p := range a.Privileges {
			privs = append(privs, strings.ToUpper(p.GetAccessPriv().GetPrivName()))
		}
	}
	list := b.cat.DefaultPrivileges
	for _, role := range roles {
		for _, schema := range schemas {
			for _, g := range a.Grantees {
				grantee := roleName(g.GetRoleSpec(), "PUBLIC")
				for _, priv := range privs {
					p := model.DefaultPrivilege{Role: role, Schema: schema, On: target.on, Grantee: grantee, Privilege: priv}
					list = applyDefaultACL(list, p, a.IsGrant, a.GrantOption)
				}
			}
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Less(list[j]) })
	b.cat.DefaultPrivileges = list
	return nil
}

// applyDefaultACL grants or revokes one default privilege p (Grantable and Revoked
// unset) in list.
func applyDefaultACL(list []model.DefaultPrivilege, p model.DefaultPrivilege, grant, option bool) []model.DefaultPrivilege {
	same := func(q model.DefaultPrivilege) bool {
		return q.Role == p.Role && q.Schema == p.Schema && q.On == p.On && q.Grantee == p.Grantee && q.Privilege == p.Privilege
	}
	builtin := p.Schema == "" && slices.Contains(builtinDefaultACL[p.On], model.Privilege{Grantee: p.Grantee, Privilege: p.Privilege})
	i := slices.IndexFunc(list, same)
	switch {
	case grant && i >= 0 && list[i].Revoked:
		list[i].Revoked = false
		list[i].Grantable = option
		if !option {
			list = slices.Delete(list, i, i+1) // the built-in default again
		}
	case grant && i >= 0:
		list[i].Grantable = list[i].Grantable || option
	case grant && (!builtin || option):
		p.Grantable = option
		list = append(list, p)
	case grant:
	case i >= 0 && option:
		list[i].Grantable = false
		if builtin && !list[i].Revoked {
			list = slices.Delete(list, i, i+1)
		}
	case i >= 0 && builtin:
		list[i] = p
		list[i].Revoked = true
	case i >= 0:
		list = slices.Delete(list, i, i+1)
	case builtin && !option:
		p.Revoked = true
		list = append(list, p)
	}
	return list
}
