package differ

// SetComment sets or removes (Comment == "") the comment on an object.
type SetComment struct {
	changeMeta
	Target  Object
	Comment string
}

func (c *SetComment) Object() Object { return c.Target }
func (c *SetComment) Op() Op         { return Alter }

// comment records a comment change when the text differs. New objects pass "" as old.
func (d *differ) comment(obj Object, old, new string) {
	if old == new {
		return
	}
	c := &SetComment{changeMeta: changeMeta{phase: phaseComment}, Target: obj, Comment: new}
	if d.concurrentIndexes[obj] {
		// The index is built after the transaction, so its comment must wait for it.
		c.phase, c.nonTransaction = phaseCommentConcurrentIndex, true
	}
	d.add(c)
}
