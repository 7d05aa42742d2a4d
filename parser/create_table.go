package parser

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// analyseCreateTable checks the table is one pgshape models, records its references
// and splits its foreign keys off into ALTER TABLE statements, so that tables that
// reference each other (or themselves) load in any order.
func analyseCreateTable(r *rawStmt, n *pg_query.CreateStmt) ([]*stmt, error) {
	switch {
	case n.Relation.GetRelpersistence() == "t":
		return nil, unsupported(r, "CREATE TEMPORARY TABLE")
	case n.OfTypename != nil:
		return nil, unsupported(r, "CREATE TABLE ... OF type")
	}
	for _, e := range n.TableElts {
		if e.GetTableLikeClause() != nil {
			return nil, unsupported(r, "CREATE TABLE ... (LIKE ...)")
		}
	}

	annotateCreateTable(r, n)
	s := original(r, kindCreateTable)
	q := rangeVarName(n.Relation)
	s.provide(refTable, q, "")
	s.provide(refType, q, "") // the table's row type
	s.requireSchema(q.Schema)
	parent := partitionParent(n)
	if n.Partbound != nil {
		s.require(refTable, parent, "")
		s.requireExprRefs(n.Partbound)
	}
	s.requireExprRefs(n.Partspec)
	if n.Partbound == nil { // PARTITION OF keeps its parent in InhRelations
		for _, p := range n.InhRelations {
			s.require(refTable, rangeVarName(p.GetRangeVar()), "")
		}
	}
	for _, e := range n.TableElts {
		if cd := e.GetColumnDef(); cd != nil {
			s.provide(refColumn, q, cd.Colname)
			if cd.TypeName == nil && n.Partbound != nil {
				// Options on a column of the parent's.
				s.require(refColumn, parent, cd.Colname)
			}
			s.provideColumnSequence(q, cd)
			for _, c := range foldAttributes(cd.Constraints) {
				if c.Contype != pg_query.ConstrType_CONSTR_FOREIGN {
					s.provideConstraint(q, c, cd.Colname)
				}
			}
			s.requireExprRefs(withoutForeignKeys(cd))
		}
		if c := e.GetConstraint(); c != nil && c.Contype != pg_query.ConstrType_CONSTR_FOREIGN {
			s.provideConstraint(q, c, "")
			s.requireExprRefs(c)
		}
	}

	if !tableHasForeignKeys(n) {
		return []*stmt{s}, nil
	}
	create, fks := splitForeignKeys(n)
	createNode := &pg_query.Node{Node: &pg_query.Node_CreateStmt{CreateStmt: create}}
	sql, encoded, err := deparseEncoded(createNode)
	if err != nil {
		return nil, s.errorAt(-1, "cannot split the foreign keys off the table: %v", err)
	}
	s.sql, s.node, s.encoded = sql, createNode, encoded
	out := []*stmt{s}
	for i, fk := range fks {
		rel := clone(n.Relation)
		rel.Relpersistence = "p"
		rel.Inh = true
		alter := &pg_query.AlterTableStmt{
			Relation: rel,
			Objtype:  pg_query.ObjectType_OBJECT_TABLE,
			Cmds: []*pg_query.Node{{Node: &pg_query.Node_AlterTableCmd{AlterTableCmd: &pg_query.AlterTableCmd{
				Subtype:  pg_query.AlterTableType_AT_AddConstraint,
				Def:      &pg_query.Node{Node: &pg_query.Node_Constraint{Constraint: fk}},
				Behavior: pg_query.DropBehavior_DROP_RESTRICT,
			}}}},
		}
		alterNode := &pg_query.Node{Node: &pg_query.Node_AlterTableStmt{AlterTableStmt: alter}}
		part, err := alterTable(r, alter, alterNode)
		if err != nil {
			return nil, err
		}
		part.part = i + 1
		if part.sql, part.encoded, err = deparseEncoded(alterNode); err != nil {
			return nil, s.errorAt(fk.Location, "cannot split the foreign key off the table: %v", err)
		}
		out = append(out, part)
	}
	return out, nil
}

// withoutForeignKeys returns the column definition without its REFERENCES clauses, so
// that its references do not count as the table's.
func withoutForeignKeys(cd *pg_query.ColumnDef) *pg_query.ColumnDef {
	if !hasForeignKey(cd.Constraints) {
		return cd // most columns: no copy to make (a copy is most of a large schema's parse time)
	}
	c := clone(cd)
	c.Constraints = nil
	for _, n := range cd.Constraints {
		if n.GetConstraint().GetContype() != pg_query.ConstrType_CONSTR_FOREIGN {
			c.Constraints = append(c.Constraints, n)
		}
	}
	return c
}

// splitForeignKeys returns a copy of the CREATE TABLE without foreign keys, and the
// foreign keys as table constraints. A column's REFERENCES gets the column as its key
// list, and the DEFERRABLE clauses that follow it. Names are kept as written: an
// unnamed foreign key stays unnamed, so PostgreSQL gives it the same name it would
// have had inside CREATE TABLE.
func splitForeignKeys(n *pg_query.CreateStmt) (*pg_query.CreateStmt, []*pg_query.Constraint) {
	create := clone(n)
	var fks []*pg_query.Constraint
	var elts []*pg_query.Node
	for _, e := range create.TableElts {
		if c := e.GetConstraint(); c != nil && c.Contype == pg_query.ConstrType_CONSTR_FOREIGN {
			fks = append(fks, c)
			continue
		}
		if cd := e.GetColumnDef(); cd != nil {
			var kept []*pg_query.Node
			var fk *pg_query.Constraint // the REFERENCES the following attributes belong to
			for _, cn := range cd.Constraints {
				c := cn.GetConstraint()
				switch c.GetContype() {
				case pg_query.ConstrType_CONSTR_FOREIGN:
					fk = c
					if len(fk.FkAttrs) == 0 {
						fk.FkAttrs = []*pg_query.Node{pg_query.MakeStrNode(cd.Colname)}
					}
					fks = append(fks, fk)
					continue
				case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE, pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE,
					pg_query.ConstrType_CONSTR_ATTR_DEFERRED, pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
					if fk != nil {
						applyAttribute(fk, c.Contype)
						continue
					}
				default:
					fk = nil
				}
				kept = append(kept, cn)
			}
			cd.Constraints = kept
		}
		elts = append(elts, e)
	}
	create.TableElts = elts
	return create, fks
}

// tableHasForeignKeys reports whether a CREATE TABLE has a foreign key, as a
// table constraint or a column's REFERENCES.
func tableHasForeignKeys(n *pg_query.CreateStmt) bool {
	for _, e := range n.TableElts {
		if c := e.GetConstraint(); c != nil && c.Contype == pg_query.ConstrType_CONSTR_FOREIGN {
			return true
		}
		if cd := e.GetColumnDef(); cd != nil && hasForeignKey(cd.Constraints) {
			return true
		}
	}
	return false
}

// hasForeignKey reports whether a column's constraints include a REFERENCES.
func hasForeignKey(constraints []*pg_query.Node) bool {
	for _, n := range constraints {
		if n.GetConstraint().GetContype() == pg_query.ConstrType_CONSTR_FOREIGN {
			return true
		}
	}
	return false
}

func applyAttribute(c *pg_query.Constraint, attr pg_query.ConstrType) {
	switch attr {
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE:
		c.Deferrable = true
	case pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE:
		c.Deferrable = false
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRED:
		c.Deferrable, c.Initdeferred = true, true
	case pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
		c.Initdeferred = false
	}
}

// provideConstraint records the constraint (and the index behind it) as provided by
// the statement, under its written name or the name PostgreSQL would choose.
func (s *stmt) provideConstraint(table model.QName, c *pg_query.Constraint, col string) {
	if !isTableConstraint(c) {
		return
	}
	name := c.Conname
	if name == "" {
		name2, label := defaultConstraintName(table.Name, c, col)
		name = makeObjectName(table.Name, name2, label)
	}
	s.provide(refConstraint, table, name)
	if ownsIndex(c) {
		s.provide(refIndex, model.QName{Schema: table.Schema, Name: name}, "")
	}
	if c.Contype == pg_query.ConstrType_CONSTR_PRIMARY || c.Contype == pg_query.ConstrType_CONSTR_UNIQUE {
		s.provide(refUniqueKey, table, "")
	}
}

// requireConstraint records what adding the constraint needs: its columns and, for a
// foreign key, the referenced table, columns and unique key.
func (s *stmt) requireConstraint(table model.QName, c *pg_query.Constraint, col string) {
	for _, name := range constraintColumns(c, col) {
		s.require(refColumn, table, name)
	}
	if c.Contype == pg_query.ConstrType_CONSTR_FOREIGN {
		ref := rangeVarName(c.Pktable)
		n := len(s.requires)
		s.require(refTable, ref, "")
		s.require(refUniqueKey, ref, "")
		for _, name := range strs(c.PkAttrs) {
			s.require(refColumn, ref, name)
		}
		s.referenced = append(s.referenced, s.requires[n:]...)
	}
	s.requireExprRefs(c)
}

func (b *builder) applyCreateTable(s *stmt, n *pg_query.CreateStmt) error {
	q := rangeVarName(n.Relation)
	if old, ok := b.cat.Tables[q]; ok {
		if n.IfNotExists {
			return nil
		}
		return b.duplicate(s, -1, "table "+q.String(), old.Source)
	}
	if err := b.schemaExists(s, q.Schema, n.Relation.Location); err != nil {
		return err
	}
	if b.relNames[q.Schema][q.Name] {
		return s.errorAt(n.Relation.Location, "relation %s is already declared", q)
	}
	t := &model.Table{
		Name:            q,
		Unlogged:        n.Relation.Relpersistence == "u",
		ReplicaIdentity: "d",
		Source:          s.source(),
	}
	b.cat.Tables[q] = t
	b.useRel(q.Schema, q.Name)
	t.Options = setOptions(nil, n.Options)
	if n.Partbound == nil {
		for _, p := range n.InhRelations {
			pq := rangeVarName(p.GetRangeVar())
			if _, err := b.table(s, pq, p.GetRangeVar().GetLocation()); err != nil {
				return err
			}
			t.Inherits = append(t.Inherits, pq)
		}
	}
	if n.Partbound != nil {
		if err := b.attach(s, t, partitionParent(n), n.Partbound, n.InhRelations[0].GetRangeVar().GetLocation()); err != nil {
			return err
		}
	}
	var cons []tableConstraint
	for _, e := range n.TableElts {
		if cd := e.GetColumnDef(); cd != nil {
			if old := t.Column(cd.Colname); old != nil {
				return b.duplicate(s, cd.Location, "column "+model.QuoteIdent(cd.Colname)+" of table "+q.String(), old.Source)
			}
			col, colCons, err := b.newColumn(s, t, cd)
			if err != nil {
				return err
			}
			t.Columns = append(t.Columns, col)
			cons = append(cons, colCons...)
		}
		if c := e.GetConstraint(); c != nil {
			cons = append(cons, tableConstraint{c: c})
		}
	}
	if n.Partspec != nil {
		if err := b.setPartitionKey(s, t, n.Partspec); err != nil {
			return err
		}
	}
	return b.addConstraints(s, t, cons)
}

// schemaExists checks that objects go into a schema the files declare (or public).
func (b *builder) schemaExists(s *stmt, schema string, loc int32) error {
	if b.cat.Schemas[schema] == nil {
		return s.errorAt(loc, "schema %s is not declared in the schema files", model.QuoteIdent(schema))
	}
	return nil
}
