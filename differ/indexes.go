package differ

import "github.com/pgshape/pgshape/model"

// CreateIndex creates an index. On an existing table it is built CONCURRENTLY, which
// does not block writes but cannot run inside a transaction.
type CreateIndex struct {
	changeMeta
	Table        model.QName
	Index        *model.Index
	Concurrently bool
}

// DropIndex drops an index; CONCURRENTLY when its table stays.
type DropIndex struct {
	changeMeta
	Table        model.QName
	Index        *model.Index
	Concurrently bool
}

func (c *CreateIndex) Object() Object { return indexObject(c.Table, c.Index.Name) }
func (c *CreateIndex) Op() Op         { return Create }
func (c *DropIndex) Object() Object   { return indexObject(c.Table, c.Index.Name) }
func (c *DropIndex) Op() Op           { return Drop }

// indexObject names an index: indexes live in their table's schema.
func indexObject(table model.QName, name string) Object {
	return Object{Kind: model.KindIndex, Name: model.QName{Schema: table.Schema, Name: name}}
}

func (d *differ) indexes(old, t *model.Table) {
	for _, i := range t.Indexes {
		oi := old.Index(i.Name)
		replaced := d.replaced[indexObject(t.Name, i.Name)]
		switch {
		case oi == nil:
			d.createIndex(t.Name, i)
		case replaced || oi.Invalid || oi.Definition != i.Definition && !completesIndex(oi, i):
			if !replaced && d.swapIndexOnline(t.Name, oi, i) {
				break
			}
			d.dropIndex(t.Name, oi)
			d.createIndex(t.Name, i)
		}
		if oi != nil && !oi.Invalid && !replaced && (oi.Definition == i.Definition || completesIndex(oi, i)) {
			d.comment(indexObject(t.Name, i.Name), oi.Comment, i.Comment)
		} else {
			d.comment(indexObject(t.Name, i.Name), "", i.Comment)
		}
	}
	for _, oi := range old.Indexes {
		// An index the partition is to have attached to its parent's stays.
		if t.Index(oi.Name) == nil && findIndex(t.PartitionIndexes, oi.Name) == nil {
			d.dropIndex(t.Name, oi)
		}
	}
}

func (d *differ) createIndex(table model.QName, i *model.Index) {
	c := &CreateIndex{changeMeta: changeMeta{phase: phaseCreateIndexConcurrently, nonTransaction: true}, Table: table, Index: i, Concurrently: true}
	if i.Unique && foreignKeysOnIndex(d.to, table) {
		// A foreign key added by this plan may rely on this index: build it inside the
		// transaction, before the foreign keys.
		c.phase, c.nonTransaction, c.Concurrently = phaseCreateIndex, false, false
		c.hazard(IndexBuild, "builds unique index %s on existing table %s while blocking writes, because foreign keys rely on it", model.QuoteIdent(i.Name), table)
		d.add(c)
		return
	}
	if d.to.Tables[table].PartitionKey != "" {
		// PostgreSQL cannot build an index on a partitioned table concurrently.
		c.phase, c.nonTransaction, c.Concurrently = phaseCreateIndex, false, false
		c.hazard(IndexBuild, "builds index %s on partitioned table %s and its partitions while blocking writes", model.QuoteIdent(i.Name), table)
		d.add(c)
		return
	}
	c.hazard(IndexBuild, "builds index %s on existing table %s (concurrently: writes continue)", model.QuoteIdent(i.Name), table)
	d.add(c)
	d.concurrentIndexes[indexObject(table, i.Name)] = true
}

// foreignKeysOnIndex reports whether a foreign key of catalog c references table
// through a unique index rather than a key constraint: PostgreSQL then ties the key
// to that index.
func foreignKeysOnIndex(c *model.Catalog, table model.QName) bool {
	t := c.Tables[table]
	for _, name := range c.TableNames() {
		for _, fk := range c.Tables[name].Constraints {
			if fk.Kind == model.ForeignKey && fk.References == table && !hasKey(t, fk.ReferencedColumns) {
				return true
			}
		}
	}
	return false
}

func (d *differ) dropIndex(table model.QName, i *model.Index) {
	c := &DropIndex{changeMeta: changeMeta{phase: phaseDropIndexConcurrently, nonTransaction: true}, Table: table, Index: i, Concurrently: true}
	c.hazard(IndexDropped, "drops index %s: queries that use it may slow down", model.QuoteIdent(i.Name))
	if d.from.Tables[table].PartitionKey != "" || i.AttachedTo != (model.QName{}) {
		// PostgreSQL cannot drop an index of a partitioned table concurrently; an
		// index attached to a parent's goes once its partition is detached.
		c.phase, c.nonTransaction, c.Concurrently = phaseDropConstraint, false, false
	} else if i.Unique && d.rebuildForeignKeysOnIndexes(table) {
		// Foreign keys that rely on the index are dropped first, inside the
		// transaction, so the index goes there too, after them.
		c.phase, c.nonTransaction, c.Concurrently = phaseDropConstraint, false, false
	}
	d.add(c)
}

// rebuildForeignKeysOnIndexes drops (and adds back where kept) the foreign keys that
// reference table through a unique index rather than a key constraint: their
// referenced columns match none of the table's primary key or unique constraints.
// It reports whether there were any.
func (d *differ) rebuildForeignKeysOnIndexes(table model.QName) bool {
	t := d.from.Tables[table]
	return d.rebuildForeignKeys(table, func(fk *model.Constraint) bool { return !hasKey(t, fk.ReferencedColumns) })
}

// hasKey reports whether the table has a primary key or unique constraint on columns.
func hasKey(t *model.Table, columns []string) bool {
	for _, c := range t.Constraints {
		if (c.Kind == model.PrimaryKey || c.Kind == model.Unique) && sameSet(c.Columns, columns) {
			return true
		}
	}
	return false
}
