package parser

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// foldAttributes returns a column's constraints with the DEFERRABLE / INITIALLY
// clauses, which the grammar keeps as separate list items after a column constraint,
// applied to the constraint they follow. The tree is not changed.
func foldAttributes(list []*pg_query.Node) []*pg_query.Constraint {
	var out []*pg_query.Constraint
	copied := -1 // the index in out of the last constraint copied, to change it
	for _, n := range list {
		c := n.GetConstraint()
		if c == nil {
			continue
		}
		if !isAttribute(c.Contype) {
			out = append(out, c)
			continue
		}
		if len(out) == 0 {
			continue
		}
		// Only a constraint an attribute changes is copied: most have none.
		if copied != len(out)-1 {
			out[len(out)-1], copied = clone(out[len(out)-1]), len(out)-1
		}
		last := out[len(out)-1]
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE:
			last.Deferrable = true
		case pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE:
			last.Deferrable = false
		case pg_query.ConstrType_CONSTR_ATTR_DEFERRED:
			last.Initdeferred = true
			last.Deferrable = true
		case pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
			last.Initdeferred = false
		}
	}
	return out
}

// isAttribute reports whether a constraint item is a DEFERRABLE / INITIALLY
// clause of the constraint before it.
func isAttribute(t pg_query.ConstrType) bool {
	switch t {
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE, pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE,
		pg_query.ConstrType_CONSTR_ATTR_DEFERRED, pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
		return true
	}
	return false
}

// isTableConstraint reports whether a constraint becomes a pg_constraint row (NOT
// NULL, DEFAULT, identity and generated are column properties in PostgreSQL 15).
func isTableConstraint(c *pg_query.Constraint) bool {
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_CHECK, pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE,
		pg_query.ConstrType_CONSTR_EXCLUSION, pg_query.ConstrType_CONSTR_FOREIGN:
		return true
	}
	return false
}

// constraintColumns returns the constrained columns: the key list, or the column a
// column constraint is written on.
func constraintColumns(c *pg_query.Constraint, col string) []string {
	var cols []string
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_FOREIGN:
		cols = strs(c.FkAttrs)
	case pg_query.ConstrType_CONSTR_EXCLUSION:
		for _, e := range exclusionElems(c) {
			if e.Name != "" {
				cols = append(cols, e.Name)
			}
		}
		return cols
	case pg_query.ConstrType_CONSTR_CHECK:
		return nil
	default:
		cols = strs(c.Keys)
	}
	if len(cols) == 0 && col != "" {
		cols = []string{col}
	}
	return cols
}

// exclusionElems returns the index elements of an EXCLUDE constraint; each exclusion
// is a list of the element and its operator name.
func exclusionElems(c *pg_query.Constraint) []*pg_query.IndexElem {
	var out []*pg_query.IndexElem
	for _, x := range c.Exclusions {
		items := x.GetList().GetItems()
		if len(items) > 0 && items[0].GetIndexElem() != nil {
			out = append(out, items[0].GetIndexElem())
		}
	}
	return out
}

// defaultConstraintName is the name PostgreSQL gives an unnamed constraint, before
// collisions: t_pkey, t_a_b_key, t_a_fkey, t_a_check or t_check, t_a_excl.
func defaultConstraintName(table string, c *pg_query.Constraint, col string) (name2, label string) {
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_PRIMARY:
		return "", "pkey"
	case pg_query.ConstrType_CONSTR_UNIQUE:
		return joinNameParts(append(constraintColumns(c, col), strs(c.Including)...)), "key"
	case pg_query.ConstrType_CONSTR_EXCLUSION:
		elems := exclusionElems(c)
		for _, inc := range strs(c.Including) {
			elems = append(elems, &pg_query.IndexElem{Name: inc})
		}
		return joinNameParts(indexColumnNames(elems)), "excl"
	case pg_query.ConstrType_CONSTR_FOREIGN:
		return joinNameParts(constraintColumns(c, col)), "fkey"
	case pg_query.ConstrType_CONSTR_CHECK:
		// PostgreSQL no longer knows where the check was written: it names it after
		// the column when the expression uses exactly one.
		if cols := columnRefs(c.RawExpr); len(cols) == 1 {
			return cols[0], "check"
		}
		return "", "check"
	}
	return "", ""
}

// constraintKind maps the grammar's constraint type to the model's.
func constraintKind(c *pg_query.Constraint) model.ConstraintKind {
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_PRIMARY:
		return model.PrimaryKey
	case pg_query.ConstrType_CONSTR_UNIQUE:
		return model.Unique
	case pg_query.ConstrType_CONSTR_FOREIGN:
		return model.ForeignKey
	case pg_query.ConstrType_CONSTR_CHECK:
		return model.Check
	}
	return model.Exclusion
}

// ownsIndex reports whether the constraint is implemented by an index, whose name it
// shares.
func ownsIndex(c *pg_query.Constraint) bool {
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE, pg_query.ConstrType_CONSTR_EXCLUSION:
		return true
	}
	return false
}

// addConstraint adds a table constraint to t; col is the column a column constraint
// is written on, empty for table constraints.
func (b *builder) addConstraint(s *stmt, t *model.Table, c *pg_query.Constraint, col string) error {
	if c.Indexname != "" {
		var err error
		if c, err = b.constraintFromIndex(s, t, c); err != nil {
			return err
		}
	}
	cols := constraintColumns(c, col)
	for _, name := range cols {
		if _, err := b.column(s, t, name, c.Location); err != nil {
			return err
		}
	}
	schema := t.Name.Schema
	name := c.Conname
	if name == "" {
		name2, label := defaultConstraintName(t.Name.Name, c, col)
		taken := b.checkTaken(schema)
		if ownsIndex(c) {
			taken = b.constraintTaken(schema)
		}
		name = chooseName(t.Name.Name, name2, label, taken)
	}
	if old := t.Constraint(name); old != nil {
		return b.duplicate(s, c.Location, "constraint "+model.QuoteIdent(name)+" on table "+t.Name.String(), old.Source)
	}
	if ownsIndex(c) && b.relNames[schema][name] {
		return s.errorAt(c.Location, "relation %s is already declared", model.QName{Schema: schema, Name: name})
	}
	con := &model.Constraint{
		Name:    name,
		Kind:    constraintKind(c),
		Columns: cols,
		Source:  s.raw.file.source(s.raw.offset(c.Location)),
	}
	def, err := b.constraintDefinition(s, c, cols, con)
	if err != nil {
		return err
	}
	con.Definition = def
	if c.Contype == pg_query.ConstrType_CONSTR_PRIMARY {
		if t.Constraints != nil {
			for _, other := range t.Constraints {
				if other.Kind == model.PrimaryKey {
					return s.errorAt(c.Location, "table %s already has a primary key, declared at %s", t.Name, other.Source)
				}
			}
		}
		// A primary key makes its columns NOT NULL, and the catalog says so.
		for _, name := range cols {
			col, err := b.ownColumn(s, t, name, c.Location)
			if err != nil {
				return err
			}
			col.NotNull = true
		}
	}
	t.Constraints = append(t.Constraints, con)
	b.useConstraint(schema, name)
	if ownsIndex(c) {
		b.useRel(schema, name)
		b.indexTable[model.QName{Schema: schema, Name: name}] = t
	}
	return nil
}

// constraintDefinition spells the constraint approximately as pg_get_constraintdef.
func (b *builder) constraintDefinition(s *stmt, c *pg_query.Constraint, cols []string, con *model.Constraint) (string, error) {
	var d strings.Builder
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_PRIMARY:
		d.WriteString("PRIMARY KEY (" + identList(cols) + ")")
	case pg_query.ConstrType_CONSTR_UNIQUE:
		d.WriteString("UNIQUE ")
		if c.NullsNotDistinct {
			d.WriteString("NULLS NOT DISTINCT ")
		}
		d.WriteString("(" + identList(cols) + ")")
	case pg_query.ConstrType_CONSTR_CHECK:
		expr, err := deparseExpr(c.RawExpr)
		if err != nil {
			return "", s.errorAt(c.Location, "cannot read check expression: %v", err)
		}
		d.WriteString("CHECK (" + expr + ")")
		if c.IsNoInherit {
			d.WriteString(" NO INHERIT")
		}
	case pg_query.ConstrType_CONSTR_FOREIGN:
		ref := rangeVarName(c.Pktable)
		con.References = ref
		refCols := strs(c.PkAttrs)
		if len(refCols) == 0 {
			// REFERENCES t without columns means t's primary key.
			if rt := b.cat.Tables[ref]; rt != nil {
				for _, k := range rt.Constraints {
					if k.Kind == model.PrimaryKey {
						refCols = k.Columns
					}
				}
			}
		}
		con.ReferencedColumns = append([]string(nil), refCols...)
		d.WriteString("FOREIGN KEY (" + identList(cols) + ") REFERENCES " + ref.String())
		if len(refCols) > 0 {
			d.WriteString("(" + identList(refCols) + ")")
		}
		switch c.FkMatchtype {
		case "f":
			d.WriteString(" MATCH FULL")
		case "p":
			d.WriteString(" MATCH PARTIAL")
		}
		d.WriteString(fkAction(" ON UPDATE", c.FkUpdAction, nil))
		d.WriteString(fkAction(" ON DELETE", c.FkDelAction, strs(c.FkDelSetCols)))
	case pg_query.ConstrType_CONSTR_EXCLUSION:
		d.WriteString("EXCLUDE USING " + orDefault(c.AccessMethod, "btree") + " (")
		for i, x := range c.Exclusions {
			items := x.GetList().GetItems()
			if len(items) != 2 {
				continue
			}
			if i > 0 {
				d.WriteString(", ")
			}
			elem, err := indexElemSQL(items[0].GetIndexElem())
			if err != nil {
				return "", s.errorAt(c.Location, "cannot read exclusion element: %v", err)
			}
			d.WriteString(elem + " WITH " + strings.Join(strs(items[1].GetList().GetItems()), "."))
		}
		d.WriteString(")")
	}
	if inc := strs(c.Including); len(inc) > 0 {
		d.WriteString(" INCLUDE (" + identList(inc) + ")")
	}
	if c.Contype == pg_query.ConstrType_CONSTR_EXCLUSION && c.WhereClause != nil {
		where, err := deparseExpr(c.WhereClause)
		if err != nil {
			return "", s.errorAt(c.Location, "cannot read exclusion predicate: %v", err)
		}
		d.WriteString(" WHERE (" + where + ")")
	}
	if c.Deferrable {
		d.WriteString(" DEFERRABLE")
		if c.Initdeferred {
			d.WriteString(" INITIALLY DEFERRED")
		}
	}
	if c.SkipValidation {
		d.WriteString(" NOT VALID")
	}
	return d.String(), nil
}

// fkAction spells a referential action; NO ACTION, the default, is not printed.
func fkAction(prefix, action string, cols []string) string {
	var s string
	switch action {
	case "r":
		s = "RESTRICT"
	case "c":
		s = "CASCADE"
	case "n":
		s = "SET NULL"
	case "d":
		s = "SET DEFAULT"
	default:
		return ""
	}
	if len(cols) > 0 {
		s += " (" + identList(cols) + ")"
	}
	return prefix + " " + s
}

// identList quotes and joins column names.
func identList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = model.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}
