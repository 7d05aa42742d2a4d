package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// builder fills the catalog by applying statements in load order, the order the
// shadow database will run them in, so generated names come out as PostgreSQL's.
type builder struct {
	cat *model.Catalog
	// relNames and conNames are, per schema, the names PostgreSQL's name choice avoids:
	// relations (tables, sequences, indexes) and constraints.
	relNames map[string]map[string]bool
	conNames map[string]map[string]bool
	// indexTable finds the table of an index by the index's qualified name.
	indexTable map[model.QName]*model.Table
	// foreignTables are the foreign tables declared: compared as a whole, read from
	// the shadow database; grants and comments on them are taken as they are.
	foreignTables map[model.QName]bool
	// indexStmts holds the CREATE INDEX of every index in Table.Indexes, by the
	// index's qualified name, for ADD CONSTRAINT ... USING INDEX.
	indexStmts map[model.QName]*pg_query.IndexStmt
	// viewIndex finds the materialized view of an index.
	viewIndex map[model.QName]*model.View
	// funcs finds functions by name and argument types only ("public.f(integer)"),
	// the way GRANT, COMMENT and ALTER name them; funcNames lists every overload of
	// a name.
	funcs     map[string]*model.Function
	funcNames map[model.QName][]*model.Function
	// identitySeqs are the sequences PostgreSQL makes for identity columns, which the
	// model does not hold as sequences, with their columns.
	identitySeqs map[model.QName]model.ColumnRef
}

func newBuilder() *builder {
	b := &builder{
		cat:           model.NewCatalog(),
		relNames:      map[string]map[string]bool{},
		conNames:      map[string]map[string]bool{},
		indexTable:    map[model.QName]*model.Table{},
		foreignTables: map[model.QName]bool{},
		indexStmts:    map[model.QName]*pg_query.IndexStmt{},
		viewIndex:     map[model.QName]*model.View{},
		funcs:         map[string]*model.Function{},
		funcNames:     map[model.QName][]*model.Function{},
		identitySeqs:  map[model.QName]model.ColumnRef{},
	}
	b.cat.Schemas[defaultSchema] = &model.Schema{Name: defaultSchema}
	return b
}

func (b *builder) apply(s *stmt) error {
	if s.opaque {
		return nil // what it creates is read from the scratch database only
	}
	if s.replaces {
		return b.replacePlaceholder(s, s.node.GetViewStmt())
	}
	if n := s.node.GetCreateForeignTableStmt(); n != nil {
		b.foreignTables[rangeVarName(n.BaseStmt.GetRelation())] = true
	}
	if s.whole {
		return nil // read from the shadow database (see wholeobjects.go)
	}
	switch n := s.node.Node.(type) {
	case *pg_query.Node_CreateSchemaStmt:
		return b.applyCreateSchema(s, n.CreateSchemaStmt)
	case *pg_query.Node_CreateExtensionStmt:
		return b.applyCreateExtension(s, n.CreateExtensionStmt)
	case *pg_query.Node_CreateEnumStmt:
		return b.applyCreateEnum(s, n.CreateEnumStmt)
	case *pg_query.Node_CreateSeqStmt:
		return b.applyCreateSequence(s, n.CreateSeqStmt)
	case *pg_query.Node_AlterSeqStmt:
		return b.applyAlterSequence(s, n.AlterSeqStmt)
	case *pg_query.Node_CreateStmt:
		return b.applyCreateTable(s, n.CreateStmt)
	case *pg_query.Node_AlterTableStmt:
		switch n.AlterTableStmt.Objtype {
		case pg_query.ObjectType_OBJECT_INDEX:
			return b.applyAlterIndex(s, n.AlterTableStmt)
		case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
			return b.applyAlterView(s, n.AlterTableStmt)
		case pg_query.ObjectType_OBJECT_SEQUENCE:
			return nil // OWNER TO
		}
		return b.applyAlterTable(s, n.AlterTableStmt)
	case *pg_query.Node_ViewStmt:
		return b.applyCreateView(s, n.ViewStmt)
	case *pg_query.Node_CreateFunctionStmt:
		return b.applyCreateFunction(s, n.CreateFunctionStmt)
	case *pg_query.Node_CreateDomainStmt:
		return b.applyCreateDomain(s, n.CreateDomainStmt)
	case *pg_query.Node_AlterDomainStmt:
		return b.applyAlterDomain(s, n.AlterDomainStmt)
	case *pg_query.Node_CompositeTypeStmt:
		return b.applyCreateComposite(s, n.CompositeTypeStmt)
	case *pg_query.Node_CreateRangeStmt:
		return b.applyCreateRange(s, n.CreateRangeStmt)
	case *pg_query.Node_GrantStmt:
		return b.applyGrant(s, n.GrantStmt)
	case *pg_query.Node_AlterDefaultPrivilegesStmt:
		return b.applyDefaultPrivileges(s, n.AlterDefaultPrivilegesStmt)
	case *pg_query.Node_AlterOwnerStmt:
		return nil // owners come from the shadow database
	case *pg_query.Node_CreateTrigStmt:
		return b.applyCreateTrigger(s, n.CreateTrigStmt)
	case *pg_query.Node_CreatePolicyStmt:
		return b.applyCreatePolicy(s, n.CreatePolicyStmt)
	case *pg_query.Node_DefineStmt:
		return b.applyCreateCollation(s, n.DefineStmt)
	case *pg_query.Node_CreateTableAsStmt:
		return b.applyCreateMatView(s, n.CreateTableAsStmt)
	case *pg_query.Node_IndexStmt:
		return b.applyCreateIndex(s, n.IndexStmt)
	case *pg_query.Node_CommentStmt:
		return b.applyComment(s, n.CommentStmt)
	}
	return s.errorAt(-1, "internal error: no catalog rule for %s", s.kind)
}

// duplicate is the error for an object declared twice, at loc in the statement.
func (b *builder) duplicate(s *stmt, loc int32, what string, first model.Source) error {
	return s.errorAt(loc, "%s is already declared at %s", what, first)
}

func (b *builder) relTaken(schema string) func(string) bool {
	return func(name string) bool { return b.relNames[schema][name] }
}

// constraintTaken is for the names of constraints that own an index: PostgreSQL
// avoids both relation and constraint names for them.
func (b *builder) constraintTaken(schema string) func(string) bool {
	return func(name string) bool { return b.relNames[schema][name] || b.conNames[schema][name] }
}

func (b *builder) checkTaken(schema string) func(string) bool {
	return func(name string) bool { return b.conNames[schema][name] }
}

func (b *builder) useRel(schema, name string)        { mark(b.relNames, schema, name) }
func (b *builder) useConstraint(schema, name string) { mark(b.conNames, schema, name) }

func mark(m map[string]map[string]bool, schema, name string) {
	if m[schema] == nil {
		m[schema] = map[string]bool{}
	}
	m[schema][name] = true
}

// table returns the declared table q, or an error at the statement: a statement about
// a table the files do not declare could not load in the shadow database.
func (b *builder) table(s *stmt, q model.QName, loc int32) (*model.Table, error) {
	t := b.cat.Tables[q]
	if t == nil {
		return nil, s.errorAt(loc, "table %s is not declared in the schema files", q)
	}
	return t, nil
}

// column returns the column of t, or of the table t is a partition of: a partition
// has its parent's columns but lists only those it declares itself. The column may
// belong to the parent: use ownColumn to change it.
func (b *builder) column(s *stmt, t *model.Table, name string, loc int32) (*model.Column, error) {
	for p := t; p != nil; p = b.parent(p) {
		if c := p.Column(name); c != nil {
			return c, nil
		}
		if c := b.inheritedColumn(p, name, 0); c != nil {
			return c, nil
		}
	}
	return nil, s.errorAt(loc, "column %s of table %s is not declared", model.QuoteIdent(name), t.Name)
}

// ownColumn returns the column of t to change. A partition's column that only its
// parent declares is added to the partition, with the parent's type, since the
// partition now declares something of its own about it.
func (b *builder) ownColumn(s *stmt, t *model.Table, name string, loc int32) (*model.Column, error) {
	c, err := b.column(s, t, name, loc)
	if err != nil || t.Column(name) != nil {
		return c, err
	}
	own := &model.Column{Name: name, Type: c.Type, Collation: c.Collation, Source: s.raw.file.source(s.raw.offset(loc))}
	t.Columns = append(t.Columns, own)
	return own, nil
}

// inheritedColumn finds a column a table inherits from its INHERITS parents.
func (b *builder) inheritedColumn(t *model.Table, name string, depth int) *model.Column {
	if depth > 100 { // a cycle PostgreSQL would refuse anyway
		return nil
	}
	for _, pq := range t.Inherits {
		if p := b.cat.Tables[pq]; p != nil {
			if c := p.Column(name); c != nil {
				return c
			}
			if c := b.inheritedColumn(p, name, depth+1); c != nil {
				return c
			}
		}
	}
	return nil
}
