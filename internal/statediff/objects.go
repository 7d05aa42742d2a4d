package statediff

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// otherStatements groups the statements offline comparison cannot tie to an
// object: they are compared together.
var otherStatements = model.ObjectID{Kind: "statements", Name: model.QName{Name: "other"}}

// defaultSchema is where an unqualified name is taken to live offline: with no
// server, there is no search_path to ask.
const defaultSchema = "public"

// qname turns a RangeVar into a qualified name.
func qname(rv *pg_query.RangeVar) model.QName {
	if rv == nil {
		return model.QName{}
	}
	schema := rv.GetSchemaname()
	if schema == "" {
		schema = defaultSchema
	}
	return model.QName{Schema: schema, Name: rv.GetRelname()}
}

// listName turns a list of String nodes (["s", "t"] or ["t"]) into a name.
func listName(nodes []*pg_query.Node) model.QName {
	var parts []string
	for _, n := range nodes {
		parts = append(parts, n.GetString_().GetSval())
	}
	switch len(parts) {
	case 0:
		return model.QName{}
	case 1:
		return model.QName{Schema: defaultSchema, Name: parts[0]}
	}
	return model.QName{Schema: parts[len(parts)-2], Name: parts[len(parts)-1]}
}

// typeName is a type's last name part: "int4" for int, integer and int4 alike.
func typeName(t *pg_query.TypeName) string {
	names := t.GetNames()
	if len(names) == 0 {
		return ""
	}
	s := names[len(names)-1].GetString_().GetSval()
	if len(t.GetArrayBounds()) > 0 {
		s += "[]"
	}
	return s
}

// functionID names a function by its input argument types, as Define does
// (approximately: no server resolves the types).
func functionID(name model.QName, params []*pg_query.Node) model.ObjectID {
	var args []string
	for _, p := range params {
		fp := p.GetFunctionParameter()
		switch fp.GetMode() {
		case pg_query.FunctionParameterMode_FUNC_PARAM_OUT, pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
			continue
		}
		args = append(args, typeName(fp.GetArgType()))
	}
	return model.FunctionID(name, strings.Join(args, ", "))
}

// relationKind is table, or view when views holds the name.
func relationKind(name model.QName, views map[model.QName]bool) model.ObjectID {
	if views[name] {
		return model.ObjectID{Kind: model.KindView, Name: name}
	}
	return model.ObjectID{Kind: model.KindTable, Name: name}
}

// objectOf says which object a statement defines or belongs to: an index,
// constraint, trigger, policy, grant or comment belongs to its table or view,
// as in emitter.Define. views are the views declared in the same directory.
func objectOf(n *pg_query.Node, views map[model.QName]bool) model.ObjectID {
	switch {
	case n.GetCreateStmt() != nil:
		return model.ObjectID{Kind: model.KindTable, Name: qname(n.GetCreateStmt().GetRelation())}
	case n.GetAlterTableStmt() != nil:
		return relationKind(qname(n.GetAlterTableStmt().GetRelation()), views)
	case n.GetIndexStmt() != nil:
		return relationKind(qname(n.GetIndexStmt().GetRelation()), views)
	case n.GetViewStmt() != nil:
		return model.ObjectID{Kind: model.KindView, Name: qname(n.GetViewStmt().GetView())}
	case n.GetCreateTableAsStmt() != nil:
		return model.ObjectID{Kind: model.KindView, Name: qname(n.GetCreateTableAsStmt().GetInto().GetRel())}
	case n.GetCreateFunctionStmt() != nil:
		f := n.GetCreateFunctionStmt()
		return functionID(listName(f.GetFuncname()), f.GetParameters())
	case n.GetCreateSeqStmt() != nil:
		return model.ObjectID{Kind: model.KindSequence, Name: qname(n.GetCreateSeqStmt().GetSequence())}
	case n.GetAlterSeqStmt() != nil:
		return model.ObjectID{Kind: model.KindSequence, Name: qname(n.GetAlterSeqStmt().GetSequence())}
	case n.GetCreateEnumStmt() != nil:
		return model.ObjectID{Kind: model.KindType, Name: listName(n.GetCreateEnumStmt().GetTypeName())}
	case n.GetAlterEnumStmt() != nil:
		return model.ObjectID{Kind: model.KindType, Name: listName(n.GetAlterEnumStmt().GetTypeName())}
	case n.GetCreateDomainStmt() != nil:
		return model.ObjectID{Kind: model.KindType, Name: listName(n.GetCreateDomainStmt().GetDomainname())}
	case n.GetCompositeTypeStmt() != nil:
		return model.ObjectID{Kind: model.KindType, Name: qname(n.GetCompositeTypeStmt().GetTypevar())}
	case n.GetCreateSchemaStmt() != nil:
		return model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: n.GetCreateSchemaStmt().GetSchemaname()}}
	case n.GetCreateExtensionStmt() != nil:
		return model.ObjectID{Kind: model.KindExtension, Name: model.QName{Name: n.GetCreateExtensionStmt().GetExtname()}}
	case n.GetCreateTrigStmt() != nil:
		return relationKind(qname(n.GetCreateTrigStmt().GetRelation()), views)
	case n.GetCreatePolicyStmt() != nil:
		return relationKind(qname(n.GetCreatePolicyStmt().GetTable()), views)
	case n.GetGrantStmt() != nil:
		return grantObject(n.GetGrantStmt(), views)
	case n.GetCommentStmt() != nil:
		return commentObject(n.GetCommentStmt(), views)
	}
	return otherStatements
}

func grantObject(g *pg_query.GrantStmt, views map[model.QName]bool) model.ObjectID {
	objs := g.GetObjects()
	if len(objs) != 1 || g.GetTargtype() != pg_query.GrantTargetType_ACL_TARGET_OBJECT {
		return otherStatements
	}
	switch g.GetObjtype() {
	case pg_query.ObjectType_OBJECT_TABLE:
		return relationKind(qname(objs[0].GetRangeVar()), views)
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		return model.ObjectID{Kind: model.KindSequence, Name: qname(objs[0].GetRangeVar())}
	case pg_query.ObjectType_OBJECT_SCHEMA:
		return model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: objs[0].GetString_().GetSval()}}
	}
	return otherStatements
}

func commentObject(c *pg_query.CommentStmt, views map[model.QName]bool) model.ObjectID {
	obj := c.GetObject()
	switch c.GetObjtype() {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		return relationKind(listName(obj.GetList().GetItems()), views)
	case pg_query.ObjectType_OBJECT_COLUMN:
		items := obj.GetList().GetItems()
		if len(items) < 2 {
			return otherStatements
		}
		return relationKind(listName(items[:len(items)-1]), views)
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		return model.ObjectID{Kind: model.KindType, Name: listName(obj.GetTypeName().GetNames())}
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		return model.ObjectID{Kind: model.KindSequence, Name: listName(obj.GetList().GetItems())}
	case pg_query.ObjectType_OBJECT_SCHEMA:
		return model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: obj.GetString_().GetSval()}}
	}
	return otherStatements
}
