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
	sub     string      // column, constraint, trigger or policy name
	fn      *pg_query.ObjectWithArgs
}

func commentOn(n *pg_query.CommentStmt) (commentTarget, bool) {
	t := commentTarget{objtype: n.Objtype}
	switch n.Objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA, pg_query.ObjectType_OBJECT_EXTENSION:
		t.name = model.QName{Name: n.Object.GetString_().GetSval()}
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_INDEX, pg_query.ObjectType_OBJECT_SEQUENCE,
		pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW, pg_query.ObjectType_OBJECT_COLLATION:
		t.name = listName(strs(n.Object.GetList().GetItems()))
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		t.fn = n.Object.GetObjectWithArgs()
		if t.fn == nil {
			return t, false
		}
		t.name = listName(strs(t.fn.Objname))
	case pg_query.ObjectType_OBJECT_COLUMN, pg_query.ObjectType_OBJECT_TABCONSTRAINT,
		pg_query.ObjectType_OBJECT_TRIGGER, pg_query.ObjectType_OBJECT_POLICY:
		parts := strs(n.Object.GetList().GetItems())
		if len(parts) < 2 {
			return t, false
		}
		t.name, t.sub = listName(parts[:len(parts)-1]), parts[len(parts)-1]
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
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
	case pg_query.ObjectType_OBJECT_COLLATION:
		s.require(refCollation, t.name, "")
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		s.require(refTable, t.name, "")
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		s.require(refFunction, t.name, "")
	case pg_query.ObjectType_OBJECT_TRIGGER:
		s.require(refTable, t.name, "")
		s.require(refTrigger, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_POLICY:
		s.require(refTable, t.name, "")
		s.require(refPolicy, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_INDEX:
		s.require(refIndex, t.name, "")
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		s.require(refSequence, t.name, "")
	case pg_query.ObjectType_OBJECT_COLUMN:
		// The column of a table or view, or the attribute of a composite type: the
		// composite provides only refType (as tables and views do too).
		s.require(refTable, t.name, "")
		s.require(refType, t.name, "")
		s.require(refColumn, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		s.require(refTable, t.name, "")
		s.require(refConstraint, t.name, t.sub)
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
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
	if (t.objtype == pg_query.ObjectType_OBJECT_TABLE || t.objtype == pg_query.ObjectType_OBJECT_COLUMN) && b.foreignTables[t.name] {
		return nil
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
	case pg_query.ObjectType_OBJECT_COLLATION:
		o := b.cat.Collations[t.name]
		if o == nil {
			return missing("collation " + t.name.String())
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		switch {
		case b.cat.Enums[t.name] != nil:
			b.cat.Enums[t.name].Comment = text
		case b.cat.Domains[t.name] != nil:
			b.cat.Domains[t.name].Comment = text
		case b.cat.Composites[t.name] != nil:
			b.cat.Composites[t.name].Comment = text
		case b.cat.Ranges[t.name] != nil:
			b.cat.Ranges[t.name].Comment = text
		default:
			return missing("type " + t.name.String())
		}
	case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		o := b.cat.Views[t.name]
		if o == nil || o.Materialized != (t.objtype == pg_query.ObjectType_OBJECT_MATVIEW) {
			return missing(strings.ToLower(objectTypeName(t.objtype)) + " " + t.name.String())
		}
		o.Comment = text
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		f, err := b.function(s, t.fn)
		if err != nil {
			return err
		}
		f.Comment = text
	case pg_query.ObjectType_OBJECT_TRIGGER, pg_query.ObjectType_OBJECT_POLICY:
		o := b.cat.Tables[t.name]
		if o == nil {
			return missing("table " + t.name.String())
		}
		if t.objtype == pg_query.ObjectType_OBJECT_TRIGGER {
			for _, tr := range o.Triggers {
				if tr.Name == t.sub {
					tr.Comment = text
					return nil
				}
			}
			return missing("trigger " + model.QuoteIdent(t.sub) + " on table " + t.name.String())
		}
		for _, p := range o.Policies {
			if p.Name == t.sub {
				p.Comment = text
				return nil
			}
		}
		return missing("policy " + model.QuoteIdent(t.sub) + " on table " + t.name.String())
	case pg_query.ObjectType_OBJECT_COLUMN:
		if v := b.cat.Views[t.name]; v != nil {
			if v.Columns != nil && !contains(v.Columns, t.sub) {
				return missing("column " + model.QuoteIdent(t.sub) + " of view " + t.name.String())
			}
			if v.ColumnComments == nil {
				v.ColumnComments = map[string]string{}
			}
			if text == "" {
				delete(v.ColumnComments, t.sub)
			} else {
				v.ColumnComments[t.sub] = text
			}
			return nil
		}
		if ct := b.cat.Composites[t.name]; ct != nil {
			a := findAttribute(ct.Attributes, t.sub)
			if a == nil {
				return missing("attribute " + model.QuoteIdent(t.sub) + " of type " + t.name.String())
			}
			a.Comment = text
			return nil
		}
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

func findAttribute(attrs []*model.Column, name string) *model.Column {
	for _, a := range attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}
