package parser

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// partitionParent returns the parent of CREATE TABLE ... PARTITION OF parent, which
// the grammar keeps as the only entry of the inheritance list.
func partitionParent(n *pg_query.CreateStmt) model.QName {
	if n.Partbound == nil || len(n.InhRelations) == 0 {
		return model.QName{}
	}
	return rangeVarName(n.InhRelations[0].GetRangeVar())
}

// partitionKeySQL spells a PARTITION BY clause as pg_get_partkeydef does:
// "RANGE (created_at)", "LIST (lower(region))", "HASH (id)".
func partitionKeySQL(p *pg_query.PartitionSpec) (string, error) {
	var strategy string
	switch p.Strategy {
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_LIST:
		strategy = "LIST"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_RANGE:
		strategy = "RANGE"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_HASH:
		strategy = "HASH"
	default:
		return "", fmt.Errorf("unknown partitioning strategy %s", p.Strategy)
	}
	var parts []string
	for _, n := range p.PartParams {
		e := n.GetPartitionElem()
		if e == nil {
			continue
		}
		// A partition key element prints like an index element.
		s, err := indexElemSQL(&pg_query.IndexElem{Name: e.Name, Expr: e.Expr, Collation: e.Collation, Opclass: e.Opclass})
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return strategy + " (" + strings.Join(parts, ", ") + ")", nil
}

// partitionKeyColumns returns the columns a partition key uses, by name or inside
// its expressions.
func partitionKeyColumns(p *pg_query.PartitionSpec) []string {
	var cols []string
	for _, n := range p.PartParams {
		e := n.GetPartitionElem()
		if e == nil {
			continue
		}
		if e.Name != "" && !contains(cols, e.Name) {
			cols = append(cols, e.Name)
		}
		for _, c := range columnRefs(e.Expr) {
			if !contains(cols, c) {
				cols = append(cols, c)
			}
		}
	}
	return cols
}

// partitionBoundSQL spells a partition bound as pg_get_expr prints relpartbound:
// "FOR VALUES FROM ('2024-01-01') TO (MAXVALUE)", "FOR VALUES IN ('eu', 'us')",
// "FOR VALUES WITH (modulus 4, remainder 0)" or "DEFAULT". Values are as written
// (deparsed), where PostgreSQL prints them coerced to the key's type.
func partitionBoundSQL(b *pg_query.PartitionBoundSpec) (string, error) {
	if b.IsDefault {
		return "DEFAULT", nil
	}
	list := func(datums []*pg_query.Node) (string, error) {
		out := make([]string, len(datums))
		for i, d := range datums {
			// MINVALUE and MAXVALUE are column references in the raw tree.
			if f := d.GetColumnRef().GetFields(); len(f) == 1 {
				if s := f[0].GetString_().GetSval(); s == "minvalue" || s == "maxvalue" {
					out[i] = strings.ToUpper(s)
					continue
				}
			}
			s, err := deparseExpr(d)
			if err != nil {
				return "", err
			}
			out[i] = s
		}
		return "(" + strings.Join(out, ", ") + ")", nil
	}
	switch b.Strategy {
	case "h":
		return fmt.Sprintf("FOR VALUES WITH (modulus %d, remainder %d)", b.Modulus, b.Remainder), nil
	case "l":
		in, err := list(b.Listdatums)
		return "FOR VALUES IN " + in, err
	case "r":
		from, err := list(b.Lowerdatums)
		if err != nil {
			return "", err
		}
		to, err := list(b.Upperdatums)
		return "FOR VALUES FROM " + from + " TO " + to, err
	}
	return "", fmt.Errorf("unknown partition bound strategy %q", b.Strategy)
}

// checkBound reports a bound that does not fit the parent's partitioning, with
// PostgreSQL's words, so the mistake points at the file rather than at the load.
func checkBound(parent *model.Table, b *pg_query.PartitionBoundSpec) error {
	strategy, _, _ := strings.Cut(parent.PartitionKey, " ")
	want := map[string]string{"LIST": "l", "RANGE": "r", "HASH": "h"}[strategy]
	switch {
	case b.IsDefault && strategy == "HASH":
		return fmt.Errorf("a hash-partitioned table may not have a default partition")
	case !b.IsDefault && b.Strategy != want:
		return fmt.Errorf("invalid bound specification for a %s partition", strings.ToLower(strategy))
	}
	return nil
}

// parent returns the parent of a partition, nil for other tables.
func (b *builder) parent(t *model.Table) *model.Table {
	if t.PartitionOf == nil {
		return nil
	}
	return b.cat.Tables[*t.PartitionOf]
}

// setPartitionKey makes t partitioned by p; the key's columns must exist.
func (b *builder) setPartitionKey(s *stmt, t *model.Table, p *pg_query.PartitionSpec) error {
	for _, col := range partitionKeyColumns(p) {
		if _, err := b.column(s, t, col, p.Location); err != nil {
			return err
		}
	}
	key, err := partitionKeySQL(p)
	if err != nil {
		return s.errorAt(p.Location, "cannot read partition key: %v", err)
	}
	t.PartitionKey = key
	return nil
}

// attach makes t a partition of the table parentName with the given bound, for
// CREATE TABLE ... PARTITION OF and ALTER TABLE ... ATTACH PARTITION.
func (b *builder) attach(s *stmt, t *model.Table, parentName model.QName, bound *pg_query.PartitionBoundSpec, loc int32) error {
	parent, err := b.table(s, parentName, loc)
	if err != nil {
		return err
	}
	if parent.PartitionKey == "" {
		return s.errorAt(loc, "table %s is not partitioned", parent.Name)
	}
	for p := parent; p != nil; p = b.parent(p) {
		if p == t {
			return s.errorAt(loc, "circular inheritance: %s is already a partition of %s", parent.Name, t.Name)
		}
	}
	if t.PartitionOf != nil {
		return s.errorAt(loc, "table %s is already a partition of %s", t.Name, *t.PartitionOf)
	}
	if err := checkBound(parent, bound); err != nil {
		return s.errorAt(bound.Location, "%v", err)
	}
	sql, err := partitionBoundSQL(bound)
	if err != nil {
		return s.errorAt(bound.Location, "cannot read partition bound: %v", err)
	}
	name := parent.Name
	t.PartitionOf, t.PartitionBound = &name, sql
	return nil
}

// applyAttachPartition is ALTER TABLE parent ATTACH PARTITION child FOR VALUES ...
func (b *builder) applyAttachPartition(s *stmt, parent *model.Table, pc *pg_query.PartitionCmd) error {
	if b.foreignTables[rangeVarName(pc.GetName())] {
		return nil // a foreign partition is read whole from the shadow database
	}
	child, err := b.table(s, rangeVarName(pc.GetName()), pc.GetName().GetLocation())
	if err != nil {
		return err
	}
	if pc.GetBound() == nil {
		return s.errorAt(pc.GetName().GetLocation(), "ATTACH PARTITION needs a partition bound")
	}
	if err := b.attach(s, child, parent.Name, pc.Bound, pc.GetName().GetLocation()); err != nil {
		return err
	}
	// Now a partition, the table lists only the columns that say something of their
	// own (as package schema reads them): NOT NULL where the parent's is not, another
	// default, a comment.
	var own []*model.Column
	for _, c := range child.Columns {
		pc := parent.Column(c.Name)
		if pc == nil || c.NotNull && !pc.NotNull || c.Default != pc.Default || c.Comment != "" {
			own = append(own, c)
		}
	}
	child.Columns = own
	return nil
}

// analyseAlterIndex accepts ALTER INDEX parent_idx ATTACH PARTITION child_idx, the
// only ALTER INDEX pgshape reads; it needs both indexes.
func analyseAlterIndex(r *rawStmt, n *pg_query.AlterTableStmt) ([]*stmt, error) {
	cmds := n.Cmds
	for _, cn := range cmds {
		if t := cn.GetAlterTableCmd().GetSubtype(); t != pg_query.AlterTableType_AT_AttachPartition {
			return nil, unsupported(r, "ALTER INDEX ... "+subcommandName(t))
		}
	}
	s := original(r, kindAlterIndex)
	s.require(refIndex, rangeVarName(n.Relation), "")
	for _, cn := range cmds {
		s.require(refIndex, rangeVarName(cn.GetAlterTableCmd().GetDef().GetPartitionCmd().GetName()), "")
	}
	return []*stmt{s}, nil
}

// applyAlterIndex checks ALTER INDEX parent_idx ATTACH PARTITION child_idx: both
// indexes exist and the child's table is a partition of the parent's. The model
// does not record the attachment (a partition lists only what it declares itself).
func (b *builder) applyAlterIndex(s *stmt, n *pg_query.AlterTableStmt) error {
	pq := rangeVarName(n.Relation)
	pt := b.indexTable[pq]
	if pt == nil {
		return s.errorAt(n.Relation.Location, "index %s is not declared in the schema files", pq)
	}
	for _, cn := range n.Cmds {
		rv := cn.GetAlterTableCmd().GetDef().GetPartitionCmd().GetName()
		cq := rangeVarName(rv)
		ct := b.indexTable[cq]
		switch {
		case ct == nil:
			return s.errorAt(rv.GetLocation(), "index %s is not declared in the schema files", cq)
		case ct.PartitionOf == nil || *ct.PartitionOf != pt.Name:
			return s.errorAt(rv.GetLocation(), "cannot attach index %s as a partition of index %s: table %s is not a partition of %s", cq, pq, ct.Name, pt.Name)
		}
	}
	return nil
}
