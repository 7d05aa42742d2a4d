package differ

import "github.com/pgshape/pgshape/model"

// CreateTrigger creates a trigger (enabled: its Enabled state is set apart).
type CreateTrigger struct {
	changeMeta
	Table   model.QName
	Trigger *model.Trigger
}

// DropTrigger drops a trigger.
type DropTrigger struct {
	changeMeta
	Table   model.QName
	Trigger *model.Trigger
}

// SetTriggerEnabled enables or disables a trigger ("O", "D", "R", "A").
type SetTriggerEnabled struct {
	changeMeta
	Table   model.QName
	Trigger *model.Trigger
}

func (c *CreateTrigger) Object() Object     { return triggerObject(c.Table, c.Trigger.Name) }
func (c *CreateTrigger) Op() Op             { return Create }
func (c *DropTrigger) Object() Object       { return triggerObject(c.Table, c.Trigger.Name) }
func (c *DropTrigger) Op() Op               { return Drop }
func (c *SetTriggerEnabled) Object() Object { return triggerObject(c.Table, c.Trigger.Name) }
func (c *SetTriggerEnabled) Op() Op         { return Alter }

func triggerObject(table model.QName, name string) Object {
	return Object{Kind: model.KindTrigger, Name: table, Member: name}
}

func findTrigger(ts []*model.Trigger, name string) *model.Trigger {
	for _, t := range ts {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// triggers compares the triggers of a table on both sides (old is empty for a new or
// recreated table).
func (d *differ) triggers(table model.QName, old, new []*model.Trigger) {
	for _, t := range new {
		ot := findTrigger(old, t.Name)
		switch {
		case ot == nil:
			d.createTrigger(table, t)
		case ot.Definition != t.Definition || d.replaced[triggerObject(table, t.Name)]:
			d.add(&DropTrigger{changeMeta: changeMeta{phase: phaseDropView}, Table: table, Trigger: ot})
			d.createTrigger(table, t)
		default:
			if enabled(ot) != enabled(t) {
				d.add(&SetTriggerEnabled{changeMeta: changeMeta{phase: phaseTrigger}, Table: table, Trigger: t})
			}
			d.comment(triggerObject(table, t.Name), ot.Comment, t.Comment)
		}
	}
	for _, ot := range old {
		if findTrigger(new, ot.Name) == nil {
			d.add(&DropTrigger{changeMeta: changeMeta{phase: phaseDropView}, Table: table, Trigger: ot})
		}
	}
}

func (d *differ) createTrigger(table model.QName, t *model.Trigger) {
	d.add(&CreateTrigger{changeMeta: changeMeta{phase: phaseTrigger}, Table: table, Trigger: t})
	if enabled(t) != "O" {
		d.add(&SetTriggerEnabled{changeMeta: changeMeta{phase: phaseTrigger}, Table: table, Trigger: t})
	}
	d.comment(triggerObject(table, t.Name), "", t.Comment)
}

func enabled(t *model.Trigger) string {
	if t.Enabled == "" {
		return "O"
	}
	return t.Enabled
}
