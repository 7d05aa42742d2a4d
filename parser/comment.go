package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// commentTarget is what a COMMENT ON names, decoded from the tree.
type commentTarget struct {
	objtype pg_query.ObjectType
	name    model.QName // schema/extension: Name only; column/constraint: the table
	sub     string      // column or constraint name
}

func commentOn(n *pg_query.CommentStmt) (commentTarget, bool) {
	t := commentTarget{objtype: n.Objtype}
	switch n.Objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA, pg_query.ObjectType_OBJECT_EXTENSION:
		t.name = model.QName{Name: n.Object.GetString_().GetSval()}
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_INDEX, pg_query.ObjectType_OBJECT_SEQUENCE:
		t.name = listName(strs(n.Object.GetList().GetItems()))
	case pg_query.ObjectType_OBJECT_COLUMN, pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		parts := strs(n.Object.GetList().GetItems())
		if len(parts) < 2 {
			return t, false
		}
		t.name, t.sub = listName(parts[:len(parts)-1]), parts[len(parts)-1]
	case pg_query.ObjectType_OBJECT_TYPE:
		tn := n.Object.GetTypeName()
		if tn == nil {
			return t, false
		}
		t.name = listName(strs(tn.Names))
	default:
		return t, false
	}
	return t, true
}

func analyseComment(r *rawStmt, n *pg_query.CommentStmt) ([]*stmt, error) {
	t, ok := commentOn(n)
	if !ok {
		what := strings.TrimPrefix(n.Objtype.String(), "OBJECT_")
		return nil, unsupported(r, "COMMENT ON "+strings.ReplaceAll(what, "_", " "))
	}
	s := original(r, kindComment)
	switch t.objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA:
		s.require(refSchema, t.name, "")
	case pg_query.ObjectType_OBJECT_EXTENSION:
		s.require(refExtension, t.name, "")
	case pg_query.ObjectType_OBJECT_TABLE:
		s.require(refTable, t.name, "")
	case pg_query.ObjectType_OBJECT_INDEX:
		s.require(refIndex, t.name, "")
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		s.require(refSequence, t.name, "")
	case pg_query.ObjectType_OBJECT_COLUMN:
		s.require(refTable, t.name, "")
		s.require(refColumn, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		s.require(refTable, t.name, "")
		s.require(refConstraint, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_TYPE:
		s.require(refType, t.name, "")
	}
	return []*stmt{s}, nil
}

func (b *builder) applyComment(s *stmt, n *pg_query.CommentStmt) error {
	t, _ := commentOn(n)
	text := n.Comment // COMMENT ... IS NULL (or '') removes the comment
	missing := func(what string) error {
		return s.errorAt(-1, "%s is not declared in the schema files", what)
	}
	switch t.objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA:
		o := b.cat.Schemas[t.name.Name]
		if o == nil {
			return missing("schema " + model.QuoteIdent(t.name.Name))
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_EXTENSION:
		o := b.cat.Extensions[t.name.Name]
		if o == nil {
			return missing("extension " + model.QuoteIdent(t.name.Name))
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_TABLE:
		o := b.cat.Tables[t.name]
		if o == nil {
			return missing("table " + t.name.String())
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		o := b.cat.Sequences[t.name]
		if o == nil {
			return missing("sequence " + t.name.String())
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_TYPE:
		o := b.cat.Enums[t.name]
		if o == nil {
			return missing("type " + t.name.String())
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_COLUMN:
		o := b.cat.Tables[t.name]
		if o == nil {
			return missing("table " + t.name.String())
		}
		c, err := b.ownColumn(s, o, t.sub, -1)
		if err != nil {
			return err
		}
		c.Comment = text
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		o := b.cat.Tables[t.name]
		if o == nil {
			return missing("table " + t.name.String())
		}
		c := o.Constraint(t.sub)
		if c == nil {
			return missing("constraint " + model.QuoteIdent(t.sub) + " on table " + t.name.String())
		}
		c.Comment = text
	case pg_query.ObjectType_OBJECT_INDEX:
		o := b.indexTable[t.name]
		if o == nil {
			return missing("index " + t.name.String())
		}
		i := o.Index(t.name.Name)
		if i == nil {
			// The model keeps comments of constraints, not of the indexes behind them.
			return s.errorAt(-1, "index %s belongs to constraint %s: COMMENT ON an index of a constraint is not supported yet", t.name, model.QuoteIdent(t.name.Name))
		}
		i.Comment = text
	}
	return nil
}
