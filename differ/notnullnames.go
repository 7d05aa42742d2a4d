package differ

import (
	"github.com/pgshape/pgshape/model"
)

// PostgreSQL 18 names the NOT NULL constraints of columns (pg_constraint contype
// 'n'). A name differs from the desired one when a table was renamed, when it was
// attached as a partition (ATTACH PARTITION keeps the table's names, PARTITION OF
// copies the parent's) or detached (it keeps its parent's), or when the files name
// it. The differ renames it where PostgreSQL allows: not while it is inherited (a
// partition's, a child's of plain inheritance), so a table being attached is renamed
// before ATTACH and one being detached after DETACH; and on a partitioned table only
// when its partitions share the name, since the rename goes down to them by name.

// namesNotNull reports whether both catalogs know the names of NOT NULL constraints:
// both were read from PostgreSQL 18 or later. Parsed files and earlier majors do not.
func (d *differ) namesNotNull() bool {
	return d.from.ServerVersion >= 180000 && d.to.ServerVersion >= 180000
}

// notNullName returns the name of the NOT NULL constraint of column of table t in
// cat, and whether the column is NOT NULL at all. A partition's column is its
// parent's unless the partition lists it.
func notNullName(cat *model.Catalog, t *model.Table, column string) (string, bool) {
	if t == nil {
		return "", false
	}
	c := t.Column(column)
	if c != nil && c.NotNullName != "" {
		return c.NotNullName, c.NotNull
	}
	if t.PartitionOf != nil {
		if name, ok := notNullName(cat, cat.Tables[*t.PartitionOf], column); ok {
			return name, true
		}
	}
	if c == nil {
		return "", false
	}
	return model.DefaultNotNullName(t.Name.Name, column), c.NotNull
}

// notNullNames renames the NOT NULL constraints of a table kept on both sides whose
// names differ, where PostgreSQL can. A column that becomes NOT NULL is named by
// alterColumn (renameNewNotNull).
func (d *differ) notNullNames(old, t *model.Table) {
	if !d.namesNotNull() {
		return
	}
	if d.leavesInheritance(old, t) {
		d.notNullNamesAfterNoInherit(old, t)
		return
	}
	if !d.renamesNotNull(old, t) {
		return
	}
	for _, column := range columnNames(d.from, old) {
		from, wasNotNull := notNullName(d.from, old, column)
		to, isNotNull := notNullName(d.to, t, column)
		if !wasNotNull || !isNotNull || from == to || !d.partitionsShareNotNull(old, column, from) {
			continue
		}
		d.add(&Rename{changeMeta: changeMeta{phase: phaseAlterColumn}, Target: constraintObject(t.Name, to), From: from})
	}
}

// renamesNotNull reports whether the NOT NULL constraints of a kept table can be
// renamed by this plan: not while they are inherited, which they are on a partition
// that stays where it is and on either side of plain inheritance. (A partition
// attached or detached by the plan is renamed while it stands alone, between DETACH
// and ATTACH by their phases.)
func (d *differ) renamesNotNull(old, t *model.Table) bool {
	if len(old.Inherits) > 0 || len(t.Inherits) > 0 || d.hasChildren(old.Name) {
		return false
	}
	stays := old.PartitionOf != nil && t.PartitionOf != nil && *old.PartitionOf == *t.PartitionOf && old.PartitionBound == t.PartitionBound
	return !stays
}

// leavesInheritance reports whether a child of plain inheritance stops inheriting
// from all its parents, and has no children of its own: its NOT NULL constraints
// are its own after NO INHERIT, under the names they had, and can be renamed then.
func (d *differ) leavesInheritance(old, t *model.Table) bool {
	return len(old.Inherits) > 0 && len(t.Inherits) == 0 && !t.IsPartition() && !d.hasChildren(old.Name)
}

// notNullNamesAfterNoInherit renames the NOT NULL constraints of a table that
// leaves its parents: from the names it had as a child (model.Table.ChildNotNullNames)
// to the desired ones, after NO INHERIT (phaseDetachPartition) by its phase.
func (d *differ) notNullNamesAfterNoInherit(old, t *model.Table) {
	for _, c := range t.Columns {
		from := old.ChildNotNullNames[c.Name]
		to, isNotNull := notNullName(d.to, t, c.Name)
		if from == "" || !isNotNull || from == to {
			continue
		}
		d.add(&Rename{changeMeta: changeMeta{phase: phaseAlterColumn}, Target: constraintObject(t.Name, to), From: from})
	}
}

// hasChildren reports whether a table of the current state has children of plain
// inheritance.
func (d *differ) hasChildren(name model.QName) bool {
	for _, t := range d.from.Tables {
		for _, p := range t.Inherits {
			if p == name {
				return true
			}
		}
	}
	return false
}

// partitionsShareNotNull reports whether every partition of a partitioned table that
// stays attached names the column's NOT NULL constraint name too: renaming the
// parent's renames theirs by that name, and fails on one named otherwise.
func (d *differ) partitionsShareNotNull(parent *model.Table, column, name string) bool {
	if parent.PartitionKey == "" {
		return true
	}
	for qn, p := range d.from.Tables {
		if p.PartitionOf == nil || *p.PartitionOf != parent.Name {
			continue
		}
		if n := d.to.Tables[qn]; n == nil || d.recreated[qn] || n.PartitionOf == nil || *n.PartitionOf != parent.Name || n.PartitionBound != p.PartitionBound {
			continue // dropped or detached before the rename
		}
		if own, ok := notNullName(d.from, p, column); ok && own != name {
			return false
		}
		if !d.partitionsShareNotNull(p, column, name) {
			return false
		}
	}
	return true
}

// renameNewNotNull names the NOT NULL constraint that SET NOT NULL (change set) gives
// column of table as the desired state does, when that is not the name PostgreSQL
// gives it.
func (d *differ) renameNewNotNull(table model.QName, c *model.Column, set Change) {
	if !d.namesNotNull() || c.NotNullName == "" || c.NotNullName == model.DefaultNotNullName(table.Name, c.Name) {
		return
	}
	meta := set.meta()
	d.add(&Rename{changeMeta: changeMeta{phase: meta.phase, nonTransaction: meta.nonTransaction, after: []Change{set}},
		Target: constraintObject(table, c.NotNullName), From: model.DefaultNotNullName(table.Name, c.Name)})
}

// columnNames lists the names of a table's columns, a partition's being its
// parent's.
func columnNames(cat *model.Catalog, t *model.Table) []string {
	for t.PartitionOf != nil && cat.Tables[*t.PartitionOf] != nil {
		t = cat.Tables[*t.PartitionOf]
	}
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return names
}
