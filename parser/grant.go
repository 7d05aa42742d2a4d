package parser

import (
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// GRANT and REVOKE load after their object and keep their order as written among
// themselves; the builder applies them in that order, so the catalog holds what is
// left granted. Privileges nobody granted in the files (the owner's, EXECUTE to
// PUBLIC on functions) are not modelled: REVOKE EXECUTE ... FROM PUBLIC records
// nothing, but is kept as a statement for the shadow database.

// allPrivileges are what ALL [PRIVILEGES] stands for, per object kind (PostgreSQL 15).
var allPrivileges = map[pg_query.ObjectType][]string{
	pg_query.ObjectType_OBJECT_TABLE:     {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"},
	pg_query.ObjectType_OBJECT_SEQUENCE:  {"SELECT", "UPDATE", "USAGE"},
	pg_query.ObjectType_OBJECT_FUNCTION:  {"EXECUTE"},
	pg_query.ObjectType_OBJECT_PROCEDURE: {"EXECUTE"},
	pg_query.ObjectType_OBJECT_ROUTINE:   {"EXECUTE"},
	pg_query.ObjectType_OBJECT_SCHEMA:    {"CREATE", "USAGE"},
	pg_query.ObjectType_OBJECT_TYPE:      {"USAGE"},
	pg_query.ObjectType_OBJECT_DOMAIN:    {"USAGE"},
}

// columnPrivileges are what ALL (columns) stands for.
var columnPrivileges = []string{"SELECT", "INSERT", "UPDATE", "REFERENCES"}

func objectTypeName(t pg_query.ObjectType) string {
	return strings.ReplaceAll(strings.TrimPrefix(t.String(), "OBJECT_"), "_", " ")
}

func analyseGrant(r *rawStmt, n *pg_query.GrantStmt) ([]*stmt, error) {
	kind := kindGrant
	if !n.IsGrant {
		kind = kindRevoke
	}
	what := objectTypeName(n.Objtype)
	if n.Targtype == pg_query.GrantTargetType_ACL_TARGET_ALL_IN_SCHEMA {
		return nil, r.file.errorAt(r.start, "%s ... ON ALL %sS IN SCHEMA is not supported: what it grants depends on the objects that exist when it runs, not on the schema files; name the objects instead", kind, what)
	}
	if _, ok := allPrivileges[n.Objtype]; !ok {
		return nil, unsupported(r, kind+" ... ON "+what)
	}
	s := original(r, kind)
	for _, o := range n.Objects {
		switch n.Objtype {
		case pg_query.ObjectType_OBJECT_TABLE:
			s.require(refTable, rangeVarName(o.GetRangeVar()), "")
		case pg_query.ObjectType_OBJECT_SEQUENCE:
			s.require(refSequence, rangeVarName(o.GetRangeVar()), "")
		case pg_query.ObjectType_OBJECT_SCHEMA:
			s.requireSchema(o.GetString_().GetSval())
		case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
			s.require(refType, listName(strs(o.GetList().GetItems())), "")
		default:
			s.require(refFunction, listName(strs(o.GetObjectWithArgs().GetObjname())), "")
		}
	}
	return []*stmt{s}, nil
}

// privilegesOf returns the privilege list of the object a GRANT or REVOKE names.
func (b *builder) privilegesOf(s *stmt, t pg_query.ObjectType, o *pg_query.Node) (*[]model.Privilege, error) {
	missing := func(what string) (*[]model.Privilege, error) {
		return nil, s.errorAt(-1, "%s is not declared in the schema files", what)
	}
	switch t {
	case pg_query.ObjectType_OBJECT_TABLE:
		q := rangeVarName(o.GetRangeVar())
		switch {
		case b.foreignTables[q]:
			return new([]model.Privilege), nil
		case b.cat.Tables[q] != nil:
			return &b.cat.Tables[q].Privileges, nil
		case b.cat.Views[q] != nil:
			return &b.cat.Views[q].Privileges, nil
		case b.cat.Sequences[q] != nil:
			return &b.cat.Sequences[q].Privileges, nil
		}
		if list := b.identityPrivileges(q); list != nil {
			return list, nil
		}
		return missing("table " + q.String())
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		q := rangeVarName(o.GetRangeVar())
		if seq := b.cat.Sequences[q]; seq != nil {
			return &seq.Privileges, nil
		}
		if list := b.identityPrivileges(q); list != nil {
			return list, nil
		}
		return missing("sequence " + q.String())
	case pg_query.ObjectType_OBJECT_SCHEMA:
		name := o.GetString_().GetSval()
		if sc := b.cat.Schemas[name]; sc != nil {
			return &sc.Privileges, nil
		}
		return missing("schema " + model.QuoteIdent(name))
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		q := listName(strs(o.GetList().GetItems()))
		switch {
		case b.cat.Enums[q] != nil:
			return &b.cat.Enums[q].Privileges, nil
		case b.cat.Domains[q] != nil:
			return &b.cat.Domains[q].Privileges, nil
		case b.cat.Composites[q] != nil:
			return &b.cat.Composites[q].Privileges, nil
		case b.cat.Ranges[q] != nil:
			return &b.cat.Ranges[q].Privileges, nil
		}
		return missing("type " + q.String())
	}
	f, err := b.function(s, o.GetObjectWithArgs())
	if err != nil {
		return nil, err
	}
	return &f.Privileges, nil
}

// identityPrivileges returns a list for the privileges granted on the sequence of an
// identity column, nil when q names none. The model has no identity sequences
// (their parameters are the column's IdentityOptions) and no place for their
// privileges, which the catalog reader does not read either: the list is thrown
// away, and the statement kept for the shadow database only. (The sequence of a
// serial column is a model.Sequence and keeps its privileges.)
func (b *builder) identityPrivileges(q model.QName) *[]model.Privilege {
	if _, ok := b.identitySeqs[q]; !ok {
		return nil
	}
	return new([]model.Privilege)
}

func (b *builder) applyGrant(s *stmt, n *pg_query.GrantStmt) error {
	var grants []model.Privilege // Grantee left empty
	if len(n.Privileges) == 0 {
		for _, p := range allPrivileges[n.Objtype] {
			grants = append(grants, model.Privilege{Privilege: p})
		}
	}
	for _, pn := range n.Privileges {
		ap := pn.GetAccessPriv()
		names := []string{strings.ToUpper(ap.PrivName)}
		cols := strs(ap.Cols)
		if ap.PrivName == "" { // ALL (columns)
			names = columnPrivileges
		}
		for _, name := range names {
			if len(cols) == 0 {
				grants = append(grants, model.Privilege{Privilege: name})
			}
			for _, c := range cols {
				grants = append(grants, model.Privilege{Privilege: name, Column: c})
			}
		}
	}
	for _, o := range n.Objects {
		list, err := b.privilegesOf(s, n.Objtype, o)
		if err != nil {
			return err
		}
		for _, g := range n.Grantees {
			grantee := roleName(g.GetRoleSpec(), "PUBLIC")
			for _, p := range grants {
				p.Grantee = grantee
				if n.IsGrant {
					p.Grantable = n.GrantOption
					*list = grant(*list, p)
				} else {
					*list = revoke(*list, p, n.GrantOption)
				}
			}
		}
		sortPrivileges(*list)
	}
	return nil
}

func grant(list []model.Privilege, p model.Privilege) []model.Privilege {
	for i, old := range list {
		if old.Grantee == p.Grantee && old.Privilege == p.Privilege && old.Column == p.Column {
			list[i].Grantable = old.Grantable || p.Grantable
			return list
		}
	}
	return append(list, p)
}

// revoke removes p (only its grant option with optionOnly). Revoking a privilege on
// a table revokes it on its columns too.
func revoke(list []model.Privilege, p model.Privilege, optionOnly bool) []model.Privilege {
	var out []model.Privilege
	for _, old := range list {
		if old.Grantee == p.Grantee && old.Privilege == p.Privilege && (old.Column == p.Column || p.Column == "") {
			if !optionOnly {
				continue
			}
			old.Grantable = false
		}
		out = append(out, old)
	}
	return out
}

func sortPrivileges(list []model.Privilege) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Grantee != b.Grantee {
			return a.Grantee < b.Grantee
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Privilege < b.Privilege
	})
}

// analyseAlterOwner accepts ALTER ... OWNER TO for the kinds pgshape models; the
// owner is not part of the model.
func analyseAlterOwner(r *rawStmt, n *pg_query.AlterOwnerStmt) ([]*stmt, error) {
	s := original(r, kindOwner)
	switch n.ObjectType {
	case pg_query.ObjectType_OBJECT_SCHEMA:
		s.requireSchema(n.Object.GetString_().GetSval())
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		s.require(refType, listName(strs(n.Object.GetList().GetItems())), "")
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		s.require(refFunction, listName(strs(n.Object.GetObjectWithArgs().GetObjname())), "")
	case pg_query.ObjectType_OBJECT_COLLATION:
		s.require(refCollation, listName(strs(n.Object.GetList().GetItems())), "")
	default:
		return nil, unsupported(r, "ALTER "+objectTypeName(n.ObjectType)+" ... OWNER TO")
	}
	return []*stmt{s}, nil
}
