package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// analyse classifies one parsed statement, rejects what pgshape does not model, and
// returns the statement (or the parts it is split into) with its references.
func analyse(r *rawStmt) ([]*stmt, error) {
	if out, ok, err := analyseWholeObject(r); ok || err != nil {
		for _, s := range out {
			s.whole = true
		}
		return out, err
	}
	switch n := r.node.Node.(type) {
	case *pg_query.Node_CommentStmt:
		if isWholeObjectType(n.CommentStmt.Objtype) {
			return analyseWholeObjectSetting(r, kindComment, n.CommentStmt.Objtype, n.CommentStmt.Object), nil
		}
	case *pg_query.Node_AlterOwnerStmt:
		if isWholeObjectType(n.AlterOwnerStmt.ObjectType) {
			return analyseWholeObjectSetting(r, kindOwner, n.AlterOwnerStmt.ObjectType, n.AlterOwnerStmt.Object), nil
		}
	case *pg_query.Node_GrantStmt:
		if isWholeObjectType(n.GrantStmt.Objtype) && n.GrantStmt.Targtype == pg_query.GrantTargetType_ACL_TARGET_OBJECT {
			kind := kindGrant
			if !n.GrantStmt.IsGrant {
				kind = kindRevoke
			}
			return analyseWholeObjectSetting(r, kind, n.GrantStmt.Objtype, n.GrantStmt.Objects...), nil
		}
	}
	switch n := r.node.Node.(type) {
	case *pg_query.Node_CreateSchemaStmt:
		return analyseCreateSchema(r, n.CreateSchemaStmt)
	case *pg_query.Node_CreateExtensionStmt:
		return analyseCreateExtension(r, n.CreateExtensionStmt)
	case *pg_query.Node_CreateEnumStmt:
		return analyseCreateEnum(r, n.CreateEnumStmt)
	case *pg_query.Node_CreateSeqStmt:
		return analyseCreateSequence(r, n.CreateSeqStmt)
	case *pg_query.Node_AlterSeqStmt:
		return analyseAlterSequence(r, n.AlterSeqStmt)
	case *pg_query.Node_CreateStmt:
		return analyseCreateTable(r, n.CreateStmt)
	case *pg_query.Node_AlterTableStmt:
		if n.AlterTableStmt.Objtype == pg_query.ObjectType_OBJECT_TABLE {
			s, err := analyseAlterTable(r, n.AlterTableStmt)
			if err != nil {
				return nil, err
			}
			return []*stmt{s}, nil
		}
		switch n.AlterTableStmt.Objtype {
		case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
			s := original(r, kindCreateForeignTable)
			s.whole = true
			s.require(refTable, rangeVarName(n.AlterTableStmt.Relation), "")
			return []*stmt{s}, nil
		case pg_query.ObjectType_OBJECT_INDEX:
			return analyseAlterIndex(r, n.AlterTableStmt)
		case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
			return analyseAlterView(r, n.AlterTableStmt)
		case pg_query.ObjectType_OBJECT_SEQUENCE:
			return analyseAlterSequenceOwner(r, n.AlterTableStmt)
		}
		if cmds := n.AlterTableStmt.Cmds; len(cmds) > 0 {
			sub := subcommandName(cmds[0].GetAlterTableCmd().GetSubtype())
			return nil, unsupported(r, statementName(r)+" ... "+sub)
		}
	case *pg_query.Node_RenameStmt:
		return nil, unsupported(r, statementName(r)+" ... RENAME")
	case *pg_query.Node_AlterOwnerStmt:
		return analyseAlterOwner(r, n.AlterOwnerStmt)
	case *pg_query.Node_GrantStmt:
		return analyseGrant(r, n.GrantStmt)
	case *pg_query.Node_AlterDefaultPrivilegesStmt:
		return analyseDefaultPrivileges(r, n.AlterDefaultPrivilegesStmt)
	case *pg_query.Node_AlterObjectSchemaStmt:
		return nil, unsupported(r, statementName(r)+" ... SET SCHEMA")
	case *pg_query.Node_IndexStmt:
		return analyseCreateIndex(r, n.IndexStmt)
	case *pg_query.Node_ViewStmt:
		return analyseCreateView(r, n.ViewStmt)
	case *pg_query.Node_CreateFunctionStmt:
		return analyseCreateFunction(r, n.CreateFunctionStmt)
	case *pg_query.Node_CreateDomainStmt:
		return analyseCreateDomain(r, n.CreateDomainStmt)
	case *pg_query.Node_AlterDomainStmt:
		return analyseAlterDomain(r, n.AlterDomainStmt)
	case *pg_query.Node_CompositeTypeStmt:
		return analyseCreateComposite(r, n.CompositeTypeStmt)
	case *pg_query.Node_CreateRangeStmt:
		return analyseCreateRange(r, n.CreateRangeStmt)
	case *pg_query.Node_CreateTrigStmt:
		return analyseCreateTrigger(r, n.CreateTrigStmt)
	case *pg_query.Node_CreatePolicyStmt:
		return analyseCreatePolicy(r, n.CreatePolicyStmt)
	case *pg_query.Node_DefineStmt:
		if n.DefineStmt.Kind == pg_query.ObjectType_OBJECT_COLLATION {
			return analyseCreateCollation(r, n.DefineStmt)
		}
	case *pg_query.Node_CreateTableAsStmt:
		return analyseCreateMatView(r, n.CreateTableAsStmt)
	case *pg_query.Node_CommentStmt:
		return analyseComment(r, n.CommentStmt)
	}
	return nil, unsupported(r, statementName(r))
}

// unsupported is the error for a statement pgshape does not model yet. It is an error
// and not a warning: dropping the statement would make the differ plan to drop the
// object from the database.
func unsupported(r *rawStmt, what string) error {
	return r.file.errorAt(r.start, "%s is not supported yet", what)
}

// statementName names a statement by its leading keywords ("CREATE VIEW",
// "CREATE MATERIALIZED VIEW", "GRANT"), read from its tokens rather than its tree so
// that every statement PostgreSQL knows gets a name a person recognises.
func statementName(r *rawStmt) string {
	switch n := r.node.Node.(type) {
	case *pg_query.Node_CreateTableAsStmt:
		if n.CreateTableAsStmt.Objtype == pg_query.ObjectType_OBJECT_MATVIEW {
			return "CREATE MATERIALIZED VIEW"
		}
		return "CREATE TABLE AS"
	case *pg_query.Node_SelectStmt:
		if n.SelectStmt.IntoClause != nil {
			return "SELECT INTO"
		}
	case *pg_query.Node_CompositeTypeStmt:
		return "CREATE TYPE ... AS (composite type)"
	case *pg_query.Node_CreateRangeStmt:
		return "CREATE TYPE ... AS RANGE"
	case *pg_query.Node_DefineStmt:
		if n.DefineStmt.Kind == pg_query.ObjectType_OBJECT_TYPE {
			return "CREATE TYPE (base type)"
		}
	}
	words := strings.Fields(strings.ToUpper(r.text()))
	if len(words) == 0 {
		return "statement"
	}
	name := []string{words[0]}
	switch words[0] {
	case "CREATE", "ALTER", "DROP":
	default:
		return trimPunct(words[0])
	}
	for _, w := range words[1:] {
		w = trimPunct(w)
		switch w {
		case "OR", "REPLACE", "TEMP", "TEMPORARY", "RECURSIVE", "TRUSTED", "PROCEDURAL", "UNIQUE", "GLOBAL", "LOCAL":
			// modifiers that do not change what kind of object it is
			continue
		case "MATERIALIZED", "EVENT", "FOREIGN", "TEXT", "SEARCH", "DEFAULT", "CONSTRAINT", "DATA":
			name = append(name, w)
			continue
		}
		name = append(name, w)
		break
	}
	return strings.Join(name, " ")
}

func trimPunct(w string) string {
	return strings.TrimRight(w, ";(")
}
