package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// tableConstraint is a constraint waiting to be added to its table, with the column it
// was written on (empty for a table constraint).
type tableConstraint struct {
	c   *pg_query.Constraint
	col string
}

// newColumn builds a column of t from its definition and returns the table
// constraints written on it, which are added once every column exists.
func (b *builder) newColumn(s *stmt, t *model.Table, cd *pg_query.ColumnDef) (*model.Column, []tableConstraint, error) {
	col := &model.Column{
		Name:   cd.Colname,
		Type:   formatType(cd.TypeName),
		Source: s.raw.file.source(s.raw.offset(cd.Location)),
	}
	if cd.TypeName == nil {
		// A partition's options on a column of its parent's: the type is the parent's.
		parent := b.parent(t)
		if parent == nil {
			return nil, nil, s.errorAt(cd.Location, "column %s has no type", model.QuoteIdent(cd.Colname))
		}
		pc, err := b.column(s, parent, cd.Colname, cd.Location)
		if err != nil {
			return nil, nil, err
		}
		col.Type, col.Collation = pc.Type, pc.Collation
	}
	if cd.CollClause != nil {
		col.Collation = b.collation(strs(cd.CollClause.Collname))
	}
	col.Compression = cd.Compression
	if cd.StorageName != "" {
		st, ok := storageLetters[strings.ToLower(cd.StorageName)]
		if !ok {
			return nil, nil, s.errorAt(cd.Location, "invalid storage type %q", cd.StorageName)
		}
		col.Storage = st
	}
	if typ, ok := serialType(cd.TypeName); ok {
		if err := b.serial(s, t, col, typ); err != nil {
			return nil, nil, err
		}
	}
	var cons []tableConstraint
	for _, c := range foldAttributes(cd.Constraints) {
		var err error
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_NOTNULL:
			col.NotNull = true
		case pg_query.ConstrType_CONSTR_NULL:
			col.NotNull = false
		case pg_query.ConstrType_CONSTR_DEFAULT:
			if col.Default, err = deparseExpr(c.RawExpr); err != nil {
				return nil, nil, s.errorAt(c.Location, "cannot read default: %v", err)
			}
		case pg_query.ConstrType_CONSTR_GENERATED:
			if col.Generated, err = deparseExpr(c.RawExpr); err != nil {
				return nil, nil, s.errorAt(c.Location, "cannot read generated expression: %v", err)
			}
		case pg_query.ConstrType_CONSTR_IDENTITY:
			if err := setIdentity(s, col, c.GeneratedWhen, c.Options); err != nil {
				return nil, nil, err
			}
			b.identitySequence(t, col, c.Options)
		default:
			if isTableConstraint(c) {
				cons = append(cons, tableConstraint{c, cd.Colname})
			}
		}
	}
	if col.Identity != "" && col.Default != "" {
		return nil, nil, s.errorAt(cd.Location, "both default and identity specified for column %s", model.QuoteIdent(col.Name))
	}
	return col, cons, nil
}

// storageLetters are pg_attribute.attstorage's letters for SET STORAGE's words.
var storageLetters = map[string]string{"plain": "p", "external": "e", "main": "m", "extended": "x"}

// setIdentity makes col an identity column; identity columns are NOT NULL.
func setIdentity(s *stmt, col *model.Column, when string, opts []*pg_query.Node) error {
	o, err := s.seqOptions(opts, col.Type)
	if err != nil {
		return err
	}
	col.Identity = when
	col.IdentityOptions = &o
	col.NotNull = true
	return nil
}

// provideColumnSequence provides the sequence PostgreSQL makes for a serial or
// identity column, for the GRANT, COMMENT and ALTER SEQUENCE statements that name it
// (GRANT ... ON TABLE may name a sequence too).
func (s *stmt) provideColumnSequence(table model.QName, cd *pg_query.ColumnDef) {
	if _, ok := serialType(cd.TypeName); ok {
		q := model.QName{Schema: table.Schema, Name: makeObjectName(table.Name, cd.Colname, "seq")}
		s.provide(refSequence, q, "")
		s.provide(refTable, q, "")
		return
	}
	for _, c := range foldAttributes(cd.Constraints) {
		if c.Contype == pg_query.ConstrType_CONSTR_IDENTITY {
			q := identitySequenceName(table, cd.Colname, c.Options, nil)
			s.provide(refSequence, q, "")
			s.provide(refTable, q, "")
		}
	}
}

// identitySequence records the sequence PostgreSQL makes for an identity column: named
// by SEQUENCE NAME, or <table>_<column>_seq as for serial columns. It takes a relation
// name, so later generated names avoid it, but is no model.Sequence: its parameters are
// the column's IdentityOptions.
func (b *builder) identitySequence(t *model.Table, col *model.Column, opts []*pg_query.Node) {
	q := identitySequenceName(t.Name, col.Name, opts, b.relTaken(t.Name.Schema))
	b.useRel(q.Schema, q.Name)
	b.identitySeqs[q] = model.ColumnRef{Table: t.Name, Column: col.Name}
}

// identitySequenceName is the name of an identity column's sequence; taken is nil
// where the names in use are not known yet (load order), which then guesses the
// first choice.
func identitySequenceName(table model.QName, column string, opts []*pg_query.Node, taken func(string) bool) model.QName {
	if d := defElem(opts, "sequence_name"); d != nil {
		return listName(defNames(d))
	}
	return model.QName{Schema: table.Schema, Name: chooseName(table.Name, column, "seq", taken)}
}

// serial turns a serial column into what PostgreSQL makes of it: an integer column,
// NOT NULL, defaulting to nextval of a sequence named <table>_<column>_seq that the
// column owns.
func (b *builder) serial(s *stmt, t *model.Table, col *model.Column, typ string) error {
	opts, err := s.seqOptions(nil, typ)
	if err != nil {
		return err
	}
	q := model.QName{Schema: t.Name.Schema, Name: chooseName(t.Name.Name, col.Name, "seq", b.relTaken(t.Name.Schema))}
	b.cat.Sequences[q] = &model.Sequence{
		Name:    q,
		Options: opts,
		OwnedBy: &model.ColumnRef{Table: t.Name, Column: col.Name},
		Source:  col.Source,
	}
	b.useRel(q.Schema, q.Name)
	col.Type = typ
	col.NotNull = true
	col.Default = "nextval(" + model.QuoteLiteral(q.String()) + "::regclass)"
	return nil
}

// addConstraints adds the constraints of a CREATE TABLE or ALTER TABLE in the order
// PostgreSQL names them: checks first, then the primary key, then the other
// index-backed constraints, then foreign keys.
func (b *builder) addConstraints(s *stmt, t *model.Table, cons []tableConstraint) error {
	rank := func(c *pg_query.Constraint) int {
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_CHECK:
			return 0
		case pg_query.ConstrType_CONSTR_PRIMARY:
			return 1
		case pg_query.ConstrType_CONSTR_FOREIGN:
			return 3
		}
		return 2
	}
	cons = dedupKeys(cons, rank)
	for r := 0; r <= 3; r++ {
		for _, tc := range cons {
			if rank(tc.c) != r {
				continue
			}
			if err := b.addConstraint(s, t, tc.c, tc.col); err != nil {
				return err
			}
		}
	}
	return nil
}

// dedupKeys drops a primary key or unique constraint that repeats an earlier one of
// the same statement (the primary key counting as earliest), as PostgreSQL's
// transformIndexConstraints does: "id int PRIMARY KEY UNIQUE" makes one index. When
// the earlier one is unnamed, it takes the later one's name.
func dedupKeys(cons []tableConstraint, rank func(*pg_query.Constraint) int) []tableConstraint {
	type key struct {
		cols, include                 string
		nnd, deferrable, initdeferred bool
	}
	keyOf := func(tc tableConstraint) key {
		c := tc.c
		return key{
			strings.Join(constraintColumns(c, tc.col), "\x00"), strings.Join(strs(c.Including), "\x00"),
			c.NullsNotDistinct, c.Deferrable, c.Initdeferred,
		}
	}
	isKey := func(c *pg_query.Constraint) bool {
		// A key made from an existing index (USING INDEX) has its columns there.
		return c.Indexname == "" && (c.Contype == pg_query.ConstrType_CONSTR_PRIMARY || c.Contype == pg_query.ConstrType_CONSTR_UNIQUE)
	}
	// Index constraints in PostgreSQL's order: the primary key first.
	var order []int
	for r := 1; r <= 2; r++ {
		for i, tc := range cons {
			if isKey(tc.c) && rank(tc.c) == r {
				order = append(order, i)
			}
		}
	}
	drop := map[int]bool{}
	for n, i := range order {
		for _, j := range order[:n] {
			if drop[j] || keyOf(cons[i]) != keyOf(cons[j]) {
				continue
			}
			if cons[j].c.Conname == "" && cons[i].c.Conname != "" {
				renamed := clone(cons[j].c)
				renamed.Conname = cons[i].c.Conname
				cons[j].c = renamed
			}
			drop[i] = true
			break
		}
	}
	var out []tableConstraint
	for i, tc := range cons {
		if !drop[i] {
			out = append(out, tc)
		}
	}
	return out
}
