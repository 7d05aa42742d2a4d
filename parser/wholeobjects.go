package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// The kinds compared as a whole (model.Object: aggregates, operators, operator
// classes and families, casts, text search objects, rules, event triggers,
// statistics, foreign data wrappers, servers, user mappings, foreign tables,
// publications) are read from the shadow database, not from the text: the parser
// only orders their statements. Each provides a refObject named by its kind (sub)
// and requires what its options name: functions (SFUNC = f, HANDLER f, EXECUTE
// FUNCTION f), types, operators, the table a rule or statistics object is on, ...
const (
	kindCreateAggregate    = "CREATE AGGREGATE"
	kindCreateOperator     = "CREATE OPERATOR"
	kindCreateOpFamily     = "CREATE OPERATOR FAMILY"
	kindCreateOpClass      = "CREATE OPERATOR CLASS"
	kindAlterOpFamily      = "ALTER OPERATOR FAMILY"
	kindCreateCast         = "CREATE CAST"
	kindCreateTextSearch   = "CREATE TEXT SEARCH"
	kindAlterTextSearch    = "ALTER TEXT SEARCH CONFIGURATION"
	kindCreateRule         = "CREATE RULE"
	kindCreateEventTrigger = "CREATE EVENT TRIGGER"
	kindAlterEventTrigger  = "ALTER EVENT TRIGGER"
	kindCreateStatistics   = "CREATE STATISTICS"
	kindAlterStatistics    = "ALTER STATISTICS"
	kindCreateForeign      = "CREATE FOREIGN DATA WRAPPER" // and SERVER
	kindCreateUserMapping  = "CREATE USER MAPPING"
	kindCreateForeignTable = "CREATE FOREIGN TABLE"
	kindCreatePublication  = "CREATE PUBLICATION"
	kindAlterPublication   = "ALTER PUBLICATION"
)

func init() {
	for kind, p := range map[string]int{
		kindCreateForeign: 1, kindCreateUserMapping: 2, kindCreateTextSearch: 3, kindAlterTextSearch: 3,
		kindCreateAggregate: 4, kindCreateOperator: 4, kindCreateOpFamily: 5, kindCreateOpClass: 5,
		kindAlterOpFamily: 5, kindCreateCast: 5, kindCreateForeignTable: 6, kindCreateStatistics: 9,
		kindAlterStatistics: 9, kindCreateRule: 13, kindCreateEventTrigger: 13, kindAlterEventTrigger: 13,
		kindCreatePublication: 14, kindAlterPublication: 14,
	} {
		priority[kind] = p
	}
}

// Kinds of refObject, for its sub.
const (
	objOperator       = "operator"
	objOpClass        = "operator class"
	objOpFamily       = "operator family"
	objTSParser       = "text search parser"
	objTSTemplate     = "text search template"
	objTSDictionary   = "text search dictionary"
	objTSConfig       = "text search configuration"
	objRule           = "rule"
	objEventTrigger   = "event trigger"
	objStatistics     = "statistics"
	objFDW            = "foreign data wrapper"
	objServer         = "server"
	objPublication    = "publication"
	objCast           = "cast"
	objUserMapping    = "user mapping"
	objForeignTableIs = "foreign table"
)

// functionOptions are the options of CREATE AGGREGATE, OPERATOR and TEXT SEARCH
// PARSER/TEMPLATE that name functions.
var functionOptions = map[string]bool{
	"sfunc": true, "finalfunc": true, "combinefunc": true, "serialfunc": true, "deserialfunc": true,
	"msfunc": true, "minvfunc": true, "mfinalfunc": true, "function": true, "procedure": true,
	"restrict": true, "join": true, "start": true, "gettoken": true, "end": true, "lextypes": true,
	"headline": true, "init": true, "lexize": true,
}

// analyseWholeObject analyses the statements of the kinds compared as a whole; ok is
// false for any other statement.
func analyseWholeObject(r *rawStmt) (out []*stmt, ok bool, err error) {
	switch n := r.node.Node.(type) {
	case *pg_query.Node_DefineStmt:
		return analyseDefine(r, n.DefineStmt)
	case *pg_query.Node_CreateOpClassStmt:
		s := original(r, kindCreateOpClass)
		q := listName(strs(n.CreateOpClassStmt.Opclassname))
		s.provideObject(objOpClass, q)
		family := q
		if len(n.CreateOpClassStmt.Opfamilyname) > 0 {
			family = listName(strs(n.CreateOpClassStmt.Opfamilyname))
			s.requireObject(objOpFamily, family)
		} else {
			s.provideObject(objOpFamily, family) // made under the class's name
		}
		s.requireOpItems(n.CreateOpClassStmt.Items)
		s.requireExprRefs(n.CreateOpClassStmt.Datatype)
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateOpFamilyStmt:
		s := original(r, kindCreateOpFamily)
		s.provideObject(objOpFamily, listName(strs(n.CreateOpFamilyStmt.Opfamilyname)))
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterOpFamilyStmt:
		s := original(r, kindAlterOpFamily)
		s.requireObject(objOpFamily, listName(strs(n.AlterOpFamilyStmt.Opfamilyname)))
		s.requireOpItems(n.AlterOpFamilyStmt.Items)
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateCastStmt:
		s := original(r, kindCreateCast)
		s.requireExprRefs(n.CreateCastStmt.Sourcetype)
		s.requireExprRefs(n.CreateCastStmt.Targettype)
		if f := n.CreateCastStmt.Func; f != nil {
			s.require(refFunction, listName(strs(f.Objname)), "")
			s.requireExprRefs(f)
		}
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterTsconfigurationStmt:
		s := original(r, kindAlterTextSearch)
		s.requireObject(objTSConfig, listName(strs(n.AlterTsconfigurationStmt.Cfgname)))
		for _, d := range n.AlterTsconfigurationStmt.Dicts {
			s.requireObject(objTSDictionary, listName(strs(d.GetList().GetItems())))
		}
		return []*stmt{s}, true, nil
	case *pg_query.Node_RuleStmt:
		s := original(r, kindCreateRule)
		table := rangeVarName(n.RuleStmt.Relation)
		s.provideObject(objRule, model.QName{Schema: table.Schema, Name: table.Name + "." + n.RuleStmt.Rulename})
		s.require(refTable, table, "")
		s.requireQueryRefs(n.RuleStmt.WhereClause)
		for _, a := range n.RuleStmt.Actions {
			s.requireQueryRefs(a)
		}
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterTableStmt:
		// ALTER TABLE ... ENABLE/DISABLE RULE, as pg_dump writes a rule's state.
		table := rangeVarName(n.AlterTableStmt.Relation)
		s := original(r, kindCreateRule)
		for _, c := range n.AlterTableStmt.Cmds {
			cmd := c.GetAlterTableCmd()
			switch cmd.GetSubtype() {
			case pg_query.AlterTableType_AT_EnableRule, pg_query.AlterTableType_AT_EnableAlwaysRule,
				pg_query.AlterTableType_AT_EnableReplicaRule, pg_query.AlterTableType_AT_DisableRule:
				s.requireObject(objRule, model.QName{Schema: table.Schema, Name: table.Name + "." + cmd.Name})
			default:
				return nil, false, nil
			}
		}
		if len(n.AlterTableStmt.Cmds) == 0 {
			return nil, false, nil
		}
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateEventTrigStmt:
		s := original(r, kindCreateEventTrigger)
		s.provideObject(objEventTrigger, model.QName{Name: n.CreateEventTrigStmt.Trigname})
		s.require(refFunction, listName(strs(n.CreateEventTrigStmt.Funcname)), "")
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterEventTrigStmt:
		s := original(r, kindAlterEventTrigger)
		s.requireObject(objEventTrigger, model.QName{Name: n.AlterEventTrigStmt.Trigname})
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateStatsStmt:
		s := original(r, kindCreateStatistics)
		s.provideObject(objStatistics, listName(strs(n.CreateStatsStmt.Defnames)))
		s.requireQueryRefs(n.CreateStatsStmt)
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterStatsStmt:
		s := original(r, kindAlterStatistics)
		s.requireObject(objStatistics, listName(strs(n.AlterStatsStmt.Defnames)))
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateFdwStmt:
		s := original(r, kindCreateForeign)
		s.provideObject(objFDW, model.QName{Name: n.CreateFdwStmt.Fdwname})
		for _, o := range n.CreateFdwStmt.FuncOptions {
			if names := defNames(o.GetDefElem()); len(names) > 0 {
				s.require(refFunction, listName(names), "")
			}
		}
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateForeignServerStmt:
		s := original(r, kindCreateForeign)
		s.provideObject(objServer, model.QName{Name: n.CreateForeignServerStmt.Servername})
		s.requireObject(objFDW, model.QName{Name: n.CreateForeignServerStmt.Fdwname})
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateUserMappingStmt:
		s := original(r, kindCreateUserMapping)
		s.requireObject(objServer, model.QName{Name: n.CreateUserMappingStmt.Servername})
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreateForeignTableStmt:
		s := original(r, kindCreateForeignTable)
		base := n.CreateForeignTableStmt.BaseStmt
		q := rangeVarName(base.GetRelation())
		s.provide(refTable, q, "")
		s.provide(refType, q, "")
		s.requireSchema(q.Schema)
		s.requireObject(objServer, model.QName{Name: n.CreateForeignTableStmt.Servername})
		for _, p := range base.GetInhRelations() {
			s.require(refTable, rangeVarName(p.GetRangeVar()), "")
		}
		s.requireExprRefs(base)
		return []*stmt{s}, true, nil
	case *pg_query.Node_CreatePublicationStmt:
		s := original(r, kindCreatePublication)
		s.provideObject(objPublication, model.QName{Name: n.CreatePublicationStmt.Pubname})
		s.requireQueryRefs(n.CreatePublicationStmt)
		return []*stmt{s}, true, nil
	case *pg_query.Node_AlterPublicationStmt:
		s := original(r, kindAlterPublication)
		s.requireObject(objPublication, model.QName{Name: n.AlterPublicationStmt.Pubname})
		s.requireQueryRefs(n.AlterPublicationStmt)
		return []*stmt{s}, true, nil
	}
	return nil, false, nil
}

// analyseDefine reads the CREATE AGGREGATE, CREATE OPERATOR and CREATE TEXT SEARCH
// statements (DefineStmt); CREATE COLLATION and base types are not whole objects.
func analyseDefine(r *rawStmt, n *pg_query.DefineStmt) ([]*stmt, bool, error) {
	q := listName(strs(n.Defnames))
	var s *stmt
	switch n.Kind {
	case pg_query.ObjectType_OBJECT_AGGREGATE:
		s = original(r, kindCreateAggregate)
		s.provide(refFunction, q, "") // what calls it waits for it, as for functions
	case pg_query.ObjectType_OBJECT_OPERATOR:
		s = original(r, kindCreateOperator)
		s.provideObject(objOperator, q)
	case pg_query.ObjectType_OBJECT_TSPARSER:
		s = original(r, kindCreateTextSearch)
		s.provideObject(objTSParser, q)
	case pg_query.ObjectType_OBJECT_TSTEMPLATE:
		s = original(r, kindCreateTextSearch)
		s.provideObject(objTSTemplate, q)
	case pg_query.ObjectType_OBJECT_TSDICTIONARY:
		s = original(r, kindCreateTextSearch)
		s.provideObject(objTSDictionary, q)
	case pg_query.ObjectType_OBJECT_TSCONFIGURATION:
		s = original(r, kindCreateTextSearch)
		s.provideObject(objTSConfig, q)
	default:
		return nil, false, nil
	}
	s.requireSchema(q.Schema)
	s.requireExprRefs(&pg_query.List{Items: n.Args})
	for _, o := range n.Definition {
		d := o.GetDefElem()
		name := strings.ToLower(d.GetDefname())
		names := defNames(d)
		switch {
		case len(names) == 0:
		case functionOptions[name]:
			s.require(refFunction, listName(names), "")
		case name == "commutator" || name == "negator" || name == "sortop":
			s.requireObject(objOperator, listName(names))
		case name == "template":
			s.requireObject(objTSTemplate, listName(names))
		case name == "parser":
			s.requireObject(objTSParser, listName(names))
		case name == "copy":
			s.requireObject(objTSConfig, listName(names))
		default:
			s.requireExprRefs(d) // STYPE, LEFTARG, ...: types
		}
	}
	return []*stmt{s}, true, nil
}

func (s *stmt) provideObject(kind string, name model.QName) { s.provide(refObject, name, kind) }
func (s *stmt) requireObject(kind string, name model.QName) { s.require(refObject, name, kind) }

// requireOpItems records what the members of an operator class or family name:
// operators, support functions and types.
func (s *stmt) requireOpItems(items []*pg_query.Node) {
	for _, it := range items {
		item := it.GetCreateOpClassItem()
		if item == nil || item.Name == nil {
			continue
		}
		switch item.Itemtype {
		case 1: // OPCLASS_ITEM_OPERATOR
			s.requireObject(objOperator, listName(strs(item.Name.Objname)))
		case 2: // OPCLASS_ITEM_FUNCTION
			s.require(refFunction, listName(strs(item.Name.Objname)), "")
		}
		s.requireExprRefs(item)
	}
}

// wholeObjectTarget is the ref of the object of a kind compared as a whole that a
// COMMENT ON, ALTER ... OWNER TO or GRANT names; ok is false for other kinds.
func wholeObjectTarget(objtype pg_query.ObjectType, obj *pg_query.Node) (kind refKind, name model.QName, sub string, ok bool) {
	list := func() model.QName { return listName(strs(obj.GetList().GetItems())) }
	str := func() model.QName { return model.QName{Name: obj.GetString_().GetSval()} }
	switch objtype {
	case pg_query.ObjectType_OBJECT_AGGREGATE:
		return refFunction, listName(strs(obj.GetObjectWithArgs().GetObjname())), "", true
	case pg_query.ObjectType_OBJECT_OPERATOR:
		return refObject, listName(strs(obj.GetObjectWithArgs().GetObjname())), objOperator, true
	case pg_query.ObjectType_OBJECT_OPCLASS, pg_query.ObjectType_OBJECT_OPFAMILY:
		// The list starts with the access method.
		items := strs(obj.GetList().GetItems())
		if len(items) < 2 {
			return 0, model.QName{}, "", false
		}
		return refObject, listName(items[1:]), map[bool]string{true: objOpClass, false: objOpFamily}[objtype == pg_query.ObjectType_OBJECT_OPCLASS], true
	case pg_query.ObjectType_OBJECT_TSPARSER:
		return refObject, list(), objTSParser, true
	case pg_query.ObjectType_OBJECT_TSTEMPLATE:
		return refObject, list(), objTSTemplate, true
	case pg_query.ObjectType_OBJECT_TSDICTIONARY:
		return refObject, list(), objTSDictionary, true
	case pg_query.ObjectType_OBJECT_TSCONFIGURATION:
		return refObject, list(), objTSConfig, true
	case pg_query.ObjectType_OBJECT_STATISTIC_EXT:
		return refObject, list(), objStatistics, true
	case pg_query.ObjectType_OBJECT_RULE:
		items := strs(obj.GetList().GetItems())
		if len(items) < 2 {
			return 0, model.QName{}, "", false
		}
		table := listName(items[:len(items)-1])
		return refObject, model.QName{Schema: table.Schema, Name: table.Name + "." + items[len(items)-1]}, objRule, true
	case pg_query.ObjectType_OBJECT_EVENT_TRIGGER:
		return refObject, str(), objEventTrigger, true
	case pg_query.ObjectType_OBJECT_FDW:
		return refObject, str(), objFDW, true
	case pg_query.ObjectType_OBJECT_FOREIGN_SERVER:
		return refObject, str(), objServer, true
	case pg_query.ObjectType_OBJECT_PUBLICATION:
		return refObject, str(), objPublication, true
	case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		if rv := obj.GetRangeVar(); rv != nil {
			return refTable, rangeVarName(rv), "", true
		}
		return refTable, list(), "", true
	case pg_query.ObjectType_OBJECT_CAST:
		return refObject, model.QName{}, objCast, true
	}
	return 0, model.QName{}, "", false
}

// isWholeObjectType reports whether COMMENT, OWNER TO or GRANT on objtype is about
// an object of a kind compared as a whole: the parser's catalog does not hold them.
func isWholeObjectType(objtype pg_query.ObjectType) bool {
	switch objtype {
	case pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_OPERATOR, pg_query.ObjectType_OBJECT_OPCLASS,
		pg_query.ObjectType_OBJECT_OPFAMILY, pg_query.ObjectType_OBJECT_TSPARSER, pg_query.ObjectType_OBJECT_TSTEMPLATE,
		pg_query.ObjectType_OBJECT_TSDICTIONARY, pg_query.ObjectType_OBJECT_TSCONFIGURATION,
		pg_query.ObjectType_OBJECT_STATISTIC_EXT, pg_query.ObjectType_OBJECT_RULE, pg_query.ObjectType_OBJECT_EVENT_TRIGGER,
		pg_query.ObjectType_OBJECT_FDW, pg_query.ObjectType_OBJECT_FOREIGN_SERVER, pg_query.ObjectType_OBJECT_PUBLICATION,
		pg_query.ObjectType_OBJECT_FOREIGN_TABLE, pg_query.ObjectType_OBJECT_CAST:
		return true
	}
	return false
}

// analyseWholeObjectSetting analyses a COMMENT ON, ALTER ... OWNER TO, GRANT or REVOKE
// on objects of the kinds compared as a whole: it loads after them.
func analyseWholeObjectSetting(r *rawStmt, kind string, objtype pg_query.ObjectType, objects ...*pg_query.Node) []*stmt {
	s := original(r, kind)
	s.whole = true
	for _, o := range objects {
		if k, name, sub, ok := wholeObjectTarget(objtype, o); ok && (name != model.QName{}) {
			s.require(k, name, sub)
		}
	}
	return []*stmt{s}
}
