package differ

import "github.com/pgshape/pgshape/model"

// CreateSequence creates a sequence (ownership is set apart, once its table exists).
type CreateSequence struct {
	changeMeta
	Sequence *model.Sequence
}

// AlterSequence changes a sequence's parameters to To.
type AlterSequence struct {
	changeMeta
	Name     model.QName
	From, To model.SequenceOptions
}

// SetSequenceOwner sets the column a sequence belongs to (nil: OWNED BY NONE).
type SetSequenceOwner struct {
	changeMeta
	Name    model.QName
	OwnedBy *model.ColumnRef
}

// DropSequence drops a sequence.
type DropSequence struct {
	changeMeta
	Name model.QName
}

func (c *CreateSequence) Object() Object   { return sequenceObject(c.Sequence.Name) }
func (c *CreateSequence) Op() Op           { return Create }
func (c *AlterSequence) Object() Object    { return sequenceObject(c.Name) }
func (c *AlterSequence) Op() Op            { return Alter }
func (c *SetSequenceOwner) Object() Object { return sequenceObject(c.Name) }
func (c *SetSequenceOwner) Op() Op         { return Alter }
func (c *DropSequence) Object() Object     { return sequenceObject(c.Name) }
func (c *DropSequence) Op() Op             { return Drop }

func sequenceObject(name model.QName) Object { return Object{Kind: model.KindSequence, Name: name} }

func (d *differ) sequences() {
	for _, name := range d.to.SequenceNames() {
		s := d.to.Sequences[name]
		old, ok := d.from.Sequences[name]
		if !ok {
			d.add(&CreateSequence{changeMeta: changeMeta{phase: phaseCreateSequence}, Sequence: s})
			if s.OwnedBy != nil {
				d.add(&SetSequenceOwner{changeMeta: changeMeta{phase: phaseAlterTable}, Name: name, OwnedBy: s.OwnedBy})
			}
			d.comment(sequenceObject(name), "", s.Comment)
			d.privileges(sequenceObject(name), d.newObjectPrivileges(model.KindSequence, name.Schema), s.Privileges)
			continue
		}
		if old.Options != s.Options {
			c := &AlterSequence{changeMeta: changeMeta{phase: phaseCreateSequence}, Name: name, From: old.Options, To: s.Options}
			if s.Options.Max < old.Options.Min || s.Options.Min > old.Options.Max {
				c.hazard(DataLoss, "the new bounds of sequence %s exclude every value of the old ones: it restarts at %d", name, s.Options.Start)
			}
			d.add(c)
		}
		if sameColumnRef(old.OwnedBy, s.OwnedBy) && old.OwnedBy != nil && d.recreated[old.OwnedBy.Table] {
			// Its table is dropped and created again: keep the sequence apart meanwhile.
			d.add(&SetSequenceOwner{changeMeta: changeMeta{phase: phaseDetachSequence}, Name: name})
			d.add(&SetSequenceOwner{changeMeta: changeMeta{phase: phaseAlterTable}, Name: name, OwnedBy: s.OwnedBy})
		} else if !sameColumnRef(old.OwnedBy, s.OwnedBy) {
			if old.OwnedBy != nil && d.columnDropped(*old.OwnedBy) {
				// Dropping the owning column would drop the sequence with it: detach
				// the sequence first.
				d.add(&SetSequenceOwner{changeMeta: changeMeta{phase: phaseDetachSequence}, Name: name})
			}
			if s.OwnedBy != nil || !d.columnDropped(*old.OwnedBy) {
				d.add(&SetSequenceOwner{changeMeta: changeMeta{phase: phaseAlterTable}, Name: name, OwnedBy: s.OwnedBy})
			}
		}
		d.comment(sequenceObject(name), old.Comment, s.Comment)
		d.privileges(sequenceObject(name), old.Privileges, s.Privileges)
	}
	for _, name := range d.from.SequenceNames() {
		if _, ok := d.to.Sequences[name]; ok {
			continue
		}
		// A sequence owned by a column that this plan drops goes with its column.
		if own := d.from.Sequences[name].OwnedBy; own != nil && d.columnDropped(*own) {
			continue
		}
		c := &DropSequence{changeMeta: changeMeta{phase: phaseDropSequence}, Name: name}
		c.hazard(DataLoss, "drops sequence %s and its current value", name)
		d.add(c)
	}
}

func sameColumnRef(a, b *model.ColumnRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// columnDropped reports whether the plan drops the column, alone or with its table.
// A partition lists only the columns it sets something on: the others are its
// parent's, and kept with it.
func (d *differ) columnDropped(ref model.ColumnRef) bool {
	t, ok := d.to.Tables[ref.Table]
	for ok && t.Column(ref.Column) == nil && t.PartitionOf != nil {
		t, ok = d.to.Tables[*t.PartitionOf]
	}
	return !ok || t.Column(ref.Column) == nil
}
