package differ

import "github.com/pgshape/pgshape/model"

// partitionIndexes compares the indexes that a partition has attached to its
// parent's partitioned indexes; old is nil for a partition this plan creates.
//
// PostgreSQL makes those indexes itself when the parent's index is created or the
// partition attached, and names them after the partition's columns, unless the
// partition has a matching index already, which it attaches instead. So a desired
// name is kept by renaming the index the parent's attached, or, when the parent's
// index is created by this plan, by creating the partition's index first, under its
// name, for the parent's to attach.
func (d *differ) partitionIndexes(old, t *model.Table) {
	for _, x := range t.PartitionIndexes {
		parentIndex := indexObject(x.AttachedTo, x.AttachedTo.Name)
		parentKept := d.parentIndexKept(x.AttachedTo, t.PartitionOf)
		var y *model.Index
		if old != nil && parentKept {
			y = attachedTo(old.PartitionIndexes, x.AttachedTo)
		}
		switch {
		case y != nil:
			if y.Name != x.Name {
				d.add(&Rename{changeMeta: changeMeta{phase: phaseAlterTable}, Target: indexObject(t.Name, x.Name), From: y.Name})
			}
			d.comment(indexObject(t.Name, x.Name), y.Comment, x.Comment)
			continue
		case old != nil && findIndex(old.Indexes, x.Name) != nil:
			// An index of the table already, which attaching it attaches.
			d.comment(indexObject(t.Name, x.Name), findIndex(old.Indexes, x.Name).Comment, x.Comment)
			continue
		case x.Name == generatedIndexName(t.Name.Name, x.Definition):
			// PostgreSQL names it so when it creates it.
		case !parentKept:
			c := &CreateIndex{changeMeta: changeMeta{phase: phaseCreatePartitionIndex}, Table: t.Name, Index: x}
			if old != nil {
				c.hazard(IndexBuild, "builds index %s on partition %s while blocking writes, for index %s of its parent to attach", model.QuoteIdent(x.Name), t.Name, parentIndex.Name)
			}
			d.add(c)
		default:
			// Creating or attaching the partition creates the index under the
			// generated name; the rehearsal of the plan checks the guess.
			if from := generatedIndexName(t.Name.Name, x.Definition); from != "" {
				d.add(&Rename{changeMeta: changeMeta{phase: phaseAlterTable}, Target: indexObject(t.Name, x.Name), From: from})
			}
		}
		d.comment(indexObject(t.Name, x.Name), "", x.Comment)
	}
}

// parentIndexKept reports whether a partitioned index exists before the plan and is
// kept by it, on the same table.
func (d *differ) parentIndexKept(index model.QName, parent *model.QName) bool {
	if parent == nil || d.recreated[*parent] {
		return false
	}
	from, to := d.from.Tables[*parent], d.to.Tables[*parent]
	if from == nil || to == nil {
		return false
	}
	oi, ni := findIndex(from.Indexes, index.Name), findIndex(to.Indexes, index.Name)
	return oi != nil && ni != nil && oi.Definition == ni.Definition && !d.replaced[indexObject(*parent, index.Name)]
}

// attachedTo returns the index of indexes attached to parent, or nil.
func attachedTo(indexes []*model.Index, parent model.QName) *model.Index {
	for _, i := range indexes {
		if i.AttachedTo == parent {
			return i
		}
	}
	return nil
}
