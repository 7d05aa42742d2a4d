package parser

import (
	"sort"
	"strconv"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// Views and materialized views share the relation namespace with tables: they
// provide refTable (for the views, functions and indexes that name them) and refType
// (their row type), and require every relation, function and user type their query
// names.

func analyseCreateView(r *rawStmt, n *pg_query.ViewStmt) ([]*stmt, error) {
	if n.View.GetRelpersistence() == "t" {
		return nil, unsupported(r, "CREATE TEMPORARY VIEW")
	}
	return analyseView(r, kindCreateView, n.View, n.Query)
}

func analyseCreateMatView(r *rawStmt, n *pg_query.CreateTableAsStmt) ([]*stmt, error) {
	if n.Objtype != pg_query.ObjectType_OBJECT_MATVIEW {
		return nil, unsupported(r, statementName(r))
	}
	return analyseView(r, kindCreateMatView, n.Into.Rel, n.Query)
}

func analyseView(r *rawStmt, kind string, rel *pg_query.RangeVar, query *pg_query.Node) ([]*stmt, error) {
	s := original(r, kind)
	q := rangeVarName(rel)
	s.provide(refTable, q, "")
	s.provide(refType, q, "")
	s.requireSchema(q.Schema)
	s.requireQueryRefs(query)
	r.file.renameAt(r.start, model.ObjectID{Kind: model.KindView, Name: q})
	return []*stmt{s}, nil
}

// analyseAlterView accepts ALTER [MATERIALIZED] VIEW ... SET | RESET (options) and
// OWNER TO.
func analyseAlterView(r *rawStmt, n *pg_query.AlterTableStmt) ([]*stmt, error) {
	kind := kindAlterView
	if n.Objtype == pg_query.ObjectType_OBJECT_MATVIEW {
		kind = kindAlterMatView
	}
	s := original(r, kind)
	s.require(refTable, rangeVarName(n.Relation), "")
	for _, cn := range n.Cmds {
		cmd := cn.GetAlterTableCmd()
		switch cmd.GetSubtype() {
		case pg_query.AlterTableType_AT_SetRelOptions, pg_query.AlterTableType_AT_ResetRelOptions,
			pg_query.AlterTableType_AT_ChangeOwner:
		default:
			return nil, unsupported(r, kind+" ... "+subcommandName(cmd.GetSubtype()))
		}
	}
	return []*stmt{s}, nil
}

func (b *builder) applyCreateView(s *stmt, n *pg_query.ViewStmt) error {
	v, err := b.newView(s, n.View, n.Query, n.Aliases)
	if err != nil || v == nil {
		return err
	}
	v.Options = setOptions(nil, n.Options)
	switch n.WithCheckOption {
	case pg_query.ViewCheckOption_LOCAL_CHECK_OPTION:
		v.Options = append(resetOption(v.Options, "check_option"), "check_option=local")
	case pg_query.ViewCheckOption_CASCADED_CHECK_OPTION:
		v.Options = append(resetOption(v.Options, "check_option"), "check_option=cascaded")
	}
	sort.Strings(v.Options)
	return nil
}

func (b *builder) applyCreateMatView(s *stmt, n *pg_query.CreateTableAsStmt) error {
	v, err := b.newView(s, n.Into.Rel, n.Query, n.Into.ColNames)
	if err != nil || v == nil {
		return err
	}
	v.Materialized = true
	v.NoData = n.Into.SkipData
	v.Options = setOptions(nil, n.Into.Options)
	return nil
}

// newView adds the view named by rel to the catalog, or returns an error for a
// duplicate relation name.
func (b *builder) newView(s *stmt, rel *pg_query.RangeVar, query *pg_query.Node, aliases []*pg_query.Node) (*model.View, error) {
	q := rangeVarName(rel)
	if old, ok := b.cat.Views[q]; ok {
		return nil, b.duplicate(s, rel.Location, "view "+q.String(), old.Source)
	}
	if err := b.schemaExists(s, q.Schema, rel.Location); err != nil {
		return nil, err
	}
	if b.relNames[q.Schema][q.Name] {
		return nil, s.errorAt(rel.Location, "relation %s is already declared", q)
	}
	sql, err := deparse(query)
	if err != nil {
		return nil, s.errorAt(-1, "cannot read the view's query: %v", err)
	}
	v := &model.View{Name: q, Query: sql, Columns: viewColumns(aliases, query), Source: s.source()}
	b.cat.Views[q] = v
	b.useRel(q.Schema, q.Name)
	return v, nil
}

// viewColumns returns a view's output column names: the column list when given,
// else the names the query's select list gives its columns. It is nil when the
// query selects * (its columns are the tables' and only a server knows them).
func viewColumns(aliases []*pg_query.Node, query *pg_query.Node) []string {
	sel := query.GetSelectStmt()
	for sel != nil && sel.Op != pg_query.SetOperation_SETOP_NONE && sel.Larg != nil {
		sel = sel.Larg
	}
	var cols []string
	if sel != nil && len(sel.ValuesLists) > 0 {
		for i := range sel.ValuesLists[0].GetList().GetItems() {
			cols = append(cols, "column"+itoa(i+1))
		}
	}
	if sel != nil {
		for _, t := range sel.TargetList {
			rt := t.GetResTarget()
			if cr := rt.GetVal().GetColumnRef(); cr != nil && len(cr.Fields) > 0 && cr.Fields[len(cr.Fields)-1].GetAStar() != nil {
				cols = nil
				if len(aliases) == 0 {
					return nil
				}
				break
			}
			name := rt.GetName()
			if name == "" {
				name = figureColname(rt.GetVal())
			}
			cols = append(cols, orDefault(name, "?column?"))
		}
	}
	for i, a := range strs(aliases) {
		if i < len(cols) {
			cols[i] = a
		} else {
			cols = append(cols, a)
		}
	}
	return cols
}

func (b *builder) applyAlterView(s *stmt, n *pg_query.AlterTableStmt) error {
	q := rangeVarName(n.Relation)
	v := b.cat.Views[q]
	if v == nil || v.Materialized != (n.Objtype == pg_query.ObjectType_OBJECT_MATVIEW) {
		if n.MissingOk {
			return nil
		}
		what := "view "
		if n.Objtype == pg_query.ObjectType_OBJECT_MATVIEW {
			what = "materialized view "
		}
		return s.errorAt(n.Relation.Location, "%s%s is not declared in the schema files", what, q)
	}
	for _, cn := range n.Cmds {
		cmd := cn.GetAlterTableCmd()
		opts := cmd.GetDef().GetList().GetItems()
		switch cmd.GetSubtype() {
		case pg_query.AlterTableType_AT_SetRelOptions:
			v.Options = setOptions(v.Options, opts)
		case pg_query.AlterTableType_AT_ResetRelOptions:
			v.Options = resetOptions(v.Options, opts)
		}
	}
	return nil
}

// applyViewIndex adds an index to a materialized view.
func (b *builder) applyViewIndex(s *stmt, v *model.View, n *pg_query.IndexStmt) error {
	q := v.Name
	if !v.Materialized {
		return s.errorAt(n.Relation.Location, "view %s is not materialized: only materialized views have indexes", q)
	}
	name := n.Idxname
	if name == "" {
		name = chooseName(q.Name, joinNameParts(indexColumnNames(indexElems(n))), "idx", b.relTaken(q.Schema))
	}
	if b.relNames[q.Schema][name] {
		if n.IfNotExists {
			return nil
		}
		return s.errorAt(-1, "relation %s is already declared", model.QName{Schema: q.Schema, Name: name})
	}
	sql, err := indexDefinition(n, name, q.Schema)
	if err != nil {
		return s.errorAt(-1, "cannot read index definition: %v", err)
	}
	v.Indexes = append(v.Indexes, &model.Index{Name: name, Definition: sql, Unique: n.Unique, Source: s.source()})
	b.useRel(q.Schema, name)
	b.viewIndex[model.QName{Schema: q.Schema, Name: name}] = v
	return nil
}

// analyseAlterSequenceOwner accepts ALTER SEQUENCE ... OWNER TO, which the grammar
// reads as an ALTER TABLE on a sequence.
func analyseAlterSequenceOwner(r *rawStmt, n *pg_query.AlterTableStmt) ([]*stmt, error) {
	for _, cn := range n.Cmds {
		if t := cn.GetAlterTableCmd().GetSubtype(); t != pg_query.AlterTableType_AT_ChangeOwner {
			return nil, unsupported(r, "ALTER SEQUENCE ... "+subcommandName(t))
		}
	}
	s := original(r, kindOwner)
	s.require(refSequence, rangeVarName(n.Relation), "")
	return []*stmt{s}, nil
}

func itoa(i int) string { return strconv.Itoa(i) }
