package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

func analyseCreateIndex(r *rawStmt, n *pg_query.IndexStmt) ([]*stmt, error) {
	s := original(r, kindCreateIndex)
	q := rangeVarName(n.Relation)
	s.require(refTable, q, "")
	for _, col := range indexColumns(n) {
		s.require(refColumn, q, col)
	}
	s.requireExprRefs(n)
	name := model.QName{Schema: q.Schema, Name: orDefault(n.Idxname, defaultIndexName(q.Name, n))}
	s.provide(refIndex, name, "")
	r.file.renameAt(r.start, model.ObjectID{Kind: model.KindIndex, Name: name})
	if n.Unique {
		s.provide(refUniqueKey, q, "")
	}
	return []*stmt{s}, nil
}

// indexColumns returns every column an index uses: key and INCLUDE columns and the
// columns its expressions and predicate mention.
func indexColumns(n *pg_query.IndexStmt) []string {
	var cols []string
	add := func(names ...string) {
		for _, c := range names {
			if !contains(cols, c) {
				cols = append(cols, c)
			}
		}
	}
	for _, e := range indexElems(n) {
		if e.Name != "" {
			add(e.Name)
		}
		add(columnRefs(e.Expr)...)
	}
	add(columnRefs(n.WhereClause)...)
	return cols
}

// indexElems returns the key elements followed by the INCLUDE elements, the list
// PostgreSQL derives an index's name from.
func indexElems(n *pg_query.IndexStmt) []*pg_query.IndexElem {
	var out []*pg_query.IndexElem
	for _, p := range append(append([]*pg_query.Node{}, n.IndexParams...), n.IndexIncludingParams...) {
		if e := p.GetIndexElem(); e != nil {
			out = append(out, e)
		}
	}
	return out
}

func defaultIndexName(table string, n *pg_query.IndexStmt) string {
	return makeObjectName(table, joinNameParts(indexColumnNames(indexElems(n))), "idx")
}

func (b *builder) applyCreateIndex(s *stmt, n *pg_query.IndexStmt) error {
	q := rangeVarName(n.Relation)
	if v := b.cat.Views[q]; v != nil {
		return b.applyViewIndex(s, v, n)
	}
	t, err := b.table(s, q, n.Relation.Location)
	if err != nil {
		return err
	}
	for _, col := range indexColumns(n) {
		if _, err := b.column(s, t, col, n.Relation.Location); err != nil {
			return err
		}
	}
	name := n.Idxname
	if name == "" {
		name = chooseName(q.Name, joinNameParts(indexColumnNames(indexElems(n))), "idx", b.relTaken(q.Schema))
	}
	if b.relNames[q.Schema][name] {
		if n.IfNotExists {
			return nil
		}
		if old := b.indexTable[model.QName{Schema: q.Schema, Name: name}]; old != nil {
			if i := old.Index(name); i != nil {
				return b.duplicate(s, -1, "index "+model.QuoteIdent(name), i.Source)
			}
		}
		return s.errorAt(-1, "relation %s is already declared", model.QName{Schema: q.Schema, Name: name})
	}
	sql, err := indexDefinition(n, name, q.Schema)
	if err != nil {
		return s.errorAt(-1, "cannot read index definition: %v", err)
	}
	t.Indexes = append(t.Indexes, &model.Index{Name: name, Definition: sql, Unique: n.Unique, Source: s.source()})
	b.useRel(q.Schema, name)
	b.indexTable[model.QName{Schema: q.Schema, Name: name}] = t
	b.indexStmts[model.QName{Schema: q.Schema, Name: name}] = n
	return nil
}

// indexDefinition spells an index as the model wants it: named, qualified, with its
// access method, without CONCURRENTLY and IF NOT EXISTS.
func indexDefinition(n *pg_query.IndexStmt, name, schema string) (string, error) {
	def := clone(n)
	def.Idxname = name
	def.Relation.Schemaname = schema
	def.AccessMethod = orDefault(def.AccessMethod, "btree")
	def.Concurrent, def.IfNotExists = false, false
	return deparse(&pg_query.Node{Node: &pg_query.Node_IndexStmt{IndexStmt: def}})
}

// indexElemSQL spells one index element (of an exclusion constraint) as
// pg_get_indexdef does: a column, a function call, or a parenthesised expression,
// then collation, operator class and ordering.
func indexElemSQL(e *pg_query.IndexElem) (string, error) {
	var b strings.Builder
	switch {
	case e.Name != "":
		b.WriteString(model.QuoteIdent(e.Name))
	case e.Expr.GetFuncCall() != nil:
		s, err := deparseExpr(e.Expr)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	default:
		s, err := deparseExpr(e.Expr)
		if err != nil {
			return "", err
		}
		b.WriteString("(" + s + ")")
	}
	if c := strs(e.Collation); len(c) > 0 {
		b.WriteString(" COLLATE " + collationName(c))
	}
	if oc := strs(e.Opclass); len(oc) > 0 {
		q := make([]string, len(oc))
		for i, p := range oc {
			q[i] = model.QuoteIdent(p)
		}
		b.WriteString(" " + strings.Join(q, "."))
	}
	switch e.Ordering {
	case pg_query.SortByDir_SORTBY_DESC:
		b.WriteString(" DESC")
	}
	switch e.NullsOrdering {
	case pg_query.SortByNulls_SORTBY_NULLS_FIRST:
		b.WriteString(" NULLS FIRST")
	case pg_query.SortByNulls_SORTBY_NULLS_LAST:
		b.WriteString(" NULLS LAST")
	}
	return b.String(), nil
}
