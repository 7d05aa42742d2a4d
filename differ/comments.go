package differ

import "github.com/pgshape/pgshape/model"

// SetComment sets or removes (Comment == "") the comment on an object.
type SetComment struct {
	changeMeta
	Target  Object
	Comment string
	// Materialized is set for a comment on a materialized view, which COMMENT ON
	// names differently from a view.
	Materialized bool
}

func (c *SetComment) Object() Object { return c.Target }
func (c *SetComment) Op() Op         { return Alter }

// comment records a comment change when the text differs. New objects pass "" as old.
func (d *differ) comment(obj Object, old, new string) {
	if old == new {
		return
	}
	c := &SetComment{changeMeta: changeMeta{phase: phaseComment}, Target: obj, Comment: new}
	if v := d.to.Views[obj.Name]; obj.Kind == model.KindView && v != nil {
		c.Materialized = v.Materialized
	}
	if d.concurrentIndexes[obj] {
		// The index is built after the transaction, so its comment must wait for it.
		c.phase, c.nonTransaction = phaseCommentConcurrentIndex, true
	}
	d.add(c)
}
