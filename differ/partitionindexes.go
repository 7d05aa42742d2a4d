package differ

import (
	"fmt"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// AttachIndex attaches a partition's index to its parent's partitioned index, which
// PostgreSQL does not do by itself for an index declared ON ONLY the parent: that is
// how a partitioned index is built without blocking writes (ON ONLY, then each
// partition's index concurrently, then attached), and until every partition's index is
// attached the parent's index stays invalid.
type AttachIndex struct {
	changeMeta
	Table  model.QName // the partition
	Index  string      // the partition's index, in the partition's schema
	Parent model.QName // the parent's partitioned index
}

func (c *AttachIndex) Object() Object { return indexObject(c.Table, c.Index) }
func (c *AttachIndex) Op() Op         { return Alter }

// onlyIndexForm is the definition of a partitioned index declared ON ONLY its table
// that is still invalid, given the definition of the same index complete.
func onlyIndexForm(def string) string {
	return strings.Replace(def, " ON ", " ON ONLY ", 1)
}

// completesIndex reports whether a partitioned index that is still invalid (ON ONLY,
// some partition's index not attached) becomes the complete index to: attaching the
// partitions' indexes does it, nothing is rebuilt.
func completesIndex(from, to *model.Index) bool {
	return from.Definition != to.Definition && from.Definition == onlyIndexForm(to.Definition)
}

// isOnlyIndex reports whether a partitioned index is declared ON ONLY its table and
// still invalid, in the catalog's printed form.
func isOnlyIndex(i *model.Index) bool {
	return strings.Contains(i.Definition, " ON ONLY ")
}

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
		if y == nil && d.attachExplicitly(old, t, x, parentKept) {
			if old == nil || findIndex(old.Indexes, x.Name) == nil {
				c := &CreateIndex{changeMeta: changeMeta{phase: phaseCreatePartitionIndex}, Table: t.Name, Index: x}
				if old != nil {
					c.hazard(IndexBuild, "builds index %s on partition %s while blocking writes, for index %s of its parent to attach", model.QuoteIdent(x.Name), t.Name, parentIndex.Name)
				}
				d.add(c)
			}
			d.add(&AttachIndex{changeMeta: changeMeta{phase: phaseAttachIndex}, Table: t.Name, Index: x.Name, Parent: x.AttachedTo})
			d.comment(indexObject(t.Name, x.Name), commentOf(old, x.Name), x.Comment)
			continue
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

// An index of the partition attached to its parent's index, which the desired state
// does not attach (it attaches the index of one of the partition's constraints to it
// instead): PostgreSQL cannot detach an index from its parent's, so no change gets
// there; it is reported rather than left unseen.
func (d *differ) partitionIndexesNotKept(old, t *model.Table) {
	if old == nil || old.PartitionOf == nil || *old.PartitionOf != *t.PartitionOf || d.recreated[t.Name] {
		return
	}
	for _, y := range old.PartitionIndexes {
		if attachedTo(t.PartitionIndexes, y.AttachedTo) == nil && d.parentIndexKept(y.AttachedTo, t.PartitionOf) {
			d.unsupported(indexObject(t.Name, y.Name), fmt.Sprintf(
				"it is attached to index %s of the parent, where the desired state attaches another index of %s (a constraint's); PostgreSQL cannot detach an index from its parent's: drop and recreate the partition or the parent's index",
				y.AttachedTo, t.Name))
		}
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
	return oi != nil && ni != nil && (oi.Definition == ni.Definition || completesIndex(oi, ni)) &&
		!d.replaced[indexObject(*parent, index.Name)]
}

// attachExplicitly reports whether a partition's index x, not yet attached to its
// parent's index, must be attached by an ALTER INDEX, PostgreSQL not doing it: the
// parent's index is declared ON ONLY in the desired state, or it is one that the plan
// completes, or (when kept) the partition exists already. A partition created by the
// plan under a parent's complete index gets its index from PostgreSQL.
func (d *differ) attachExplicitly(old, t *model.Table, x *model.Index, parentKept bool) bool {
	parent := d.to.Tables[*t.PartitionOf]
	ni := findIndex(parent.Indexes, x.AttachedTo.Name)
	if ni == nil {
		return false
	}
	if isOnlyIndex(ni) {
		return true
	}
	if !parentKept || old == nil {
		return false
	}
	oi := findIndex(d.from.Tables[*t.PartitionOf].Indexes, x.AttachedTo.Name)
	return oi != nil && completesIndex(oi, ni)
}

// commentOf is the comment of a table's index, "" when the table or index is new.
func commentOf(t *model.Table, index string) string {
	if t == nil {
		return ""
	}
	if i := findIndex(t.Indexes, index); i != nil {
		return i.Comment
	}
	if i := findIndex(t.PartitionIndexes, index); i != nil {
		return i.Comment
	}
	return ""
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
