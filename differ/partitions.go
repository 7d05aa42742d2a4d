package differ

import (
	"sort"

	"github.com/pgshape/pgshape/model"
)

// AttachPartition makes an existing table a partition of Parent, with Bound.
type AttachPartition struct {
	changeMeta
	Table  model.QName
	Parent model.QName
	Bound  string
}

// DetachPartition makes a partition a table of its own again, its rows kept.
type DetachPartition struct {
	changeMeta
	Table  model.QName
	Parent model.QName
	// Concurrently: DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), which does
	// not block writes, outside the transaction.
	Concurrently bool
}

func (c *AttachPartition) Object() Object { return tableObject(c.Table) }
func (c *AttachPartition) Op() Op         { return Alter }
func (c *DetachPartition) Object() Object { return tableObject(c.Table) }
func (c *DetachPartition) Op() Op         { return Alter }

// byPartitionDepth orders table names so that every partitioned table comes before its
// partitions (and those before theirs), names in order otherwise: tables are created
// in this order.
func byPartitionDepth(c *model.Catalog) []model.QName {
	names := c.TableNames()
	depth := func(n model.QName) int {
		d := 0
		for t := c.Tables[n]; t != nil && t.PartitionOf != nil && d < len(names); t = c.Tables[*t.PartitionOf] {
			d++
		}
		return d
	}
	sort.SliceStable(names, func(i, j int) bool { return depth(names[i]) < depth(names[j]) })
	return names
}

// partitioning compares how a table kept on both sides is partitioned. It reports
// false when the table must be recreated instead (its partition key changed, or it
// became or stopped being partitioned), which the caller does.
func (d *differ) partitioning(old, t *model.Table) bool {
	if old.PartitionKey != t.PartitionKey {
		return false
	}
	samePlace := old.PartitionOf != nil && t.PartitionOf != nil && *old.PartitionOf == *t.PartitionOf && old.PartitionBound == t.PartitionBound
	if samePlace || (old.PartitionOf == nil && t.PartitionOf == nil) {
		return true
	}
	if old.PartitionOf != nil {
		if _, parentKept := d.to.Tables[*old.PartitionOf]; parentKept && !d.recreated[*old.PartitionOf] {
			c := &DetachPartition{changeMeta: changeMeta{phase: phaseDetachPartition}, Table: t.Name, Parent: *old.PartitionOf}
			check, ok := d.detachConcurrently(old)
			if ok {
				c.phase, c.nonTransaction, c.Concurrently = phaseDetachConcurrently, true, true
			}
			d.add(c)
			if ok && t.Constraint(check) == nil {
				// DETACH ... CONCURRENTLY leaves the partition's bound behind as a
				// CHECK constraint, which the desired state does not have.
				drop := &DropConstraint{changeMeta: changeMeta{phase: phaseDropConstraint}, Table: t.Name,
					Constraint: &model.Constraint{Name: check, Kind: model.Check}}
				drop.after = []Change{c}
				d.add(drop)
			}
		}
	}
	if t.PartitionOf != nil {
		c := &AttachPartition{changeMeta: changeMeta{phase: phaseAttachPartition}, Table: t.Name, Parent: *t.PartitionOf, Bound: t.PartitionBound}
		// PostgreSQL checks every row against the bound, holding an ACCESS EXCLUSIVE
		// lock on the table being attached (and SHARE UPDATE EXCLUSIVE on the parent),
		// unless a valid CHECK constraint of the table already implies the bound.
		c.hazard(BlockingScan, "ATTACH PARTITION scans table %s to check that its rows fit the bound, while blocking its reads and writes (a matching CHECK constraint added beforehand avoids the scan)", t.Name)
		d.add(c)
	}
	return true
}

// recreateTable drops a table and creates it again: its partitioning cannot change in
// place. Its partitions go with it and come back; foreign keys that reference it are
// dropped first and added back.
func (d *differ) recreateTable(old, t *model.Table) {
	d.recreated[t.Name] = true
	d.rebuildForeignKeys(t.Name, func(*model.Constraint) bool { return true })
	// Its partitions go with it: so do the foreign keys that reference them.
	for _, name := range d.from.TableNames() {
		if p := d.from.Tables[name]; p.PartitionOf != nil && *p.PartitionOf == t.Name {
			d.rebuildForeignKeys(name, func(*model.Constraint) bool { return true })
		}
	}
	c := d.dropTable(old)
	c.hazard(DataLoss, "table %s is dropped and created again because its partitioning changes: its rows are lost", t.Name)
	d.createTable(t)
}

// partitionColumns compares what a partition sets on the columns it inherits: a
// default and NOT NULL of its own. A column the partition does not list has its
// parent's settings.
func (d *differ) partitionColumns(old, t *model.Table) {
	effective := func(cat *model.Catalog, part *model.Table, name string) *model.Column {
		if c := part.Column(name); c != nil {
			return c
		}
		if parent := cat.Tables[*part.PartitionOf]; parent != nil {
			return parent.Column(name)
		}
		return nil
	}
	seen := map[string]bool{}
	for _, c := range append(append([]*model.Column{}, old.Columns...), t.Columns...) {
		if seen[c.Name] {
			continue
		}
		seen[c.Name] = true
		oc, nc := effective(d.from, old, c.Name), effective(d.to, t, c.Name)
		if oc == nil || nc == nil || (oc.Default == nc.Default && oc.NotNull == nc.NotNull) {
			continue
		}
		// Only the partition's own settings change here; the type is the parent's.
		from, to := *nc, *nc
		from.Default, from.NotNull = oc.Default, oc.NotNull
		ch := &AlterColumn{changeMeta: changeMeta{phase: phaseAlterColumn}, Table: t.Name, From: &from, To: &to}
		d.add(ch)
	}
}
