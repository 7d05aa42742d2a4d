package differ

import (
	"fmt"
	"slices"

	"github.com/pgshape/pgshape/model"
)

// CreateEnum creates an enum type.
type CreateEnum struct {
	changeMeta
	Enum *model.Enum
}

// AddEnumValue adds a label to an enum, before an existing one (Before empty: at the
// end). The new label cannot be used in the transaction that adds it, so the
// change runs on its own, outside the plan's transaction.
type AddEnumValue struct {
	changeMeta
	Enum   model.QName
	Value  string
	Before string
}

// DropEnum drops an enum type.
type DropEnum struct {
	changeMeta
	Name model.QName
}

func (c *CreateEnum) Object() Object   { return typeObject(c.Enum.Name) }
func (c *CreateEnum) Op() Op           { return Create }
func (c *AddEnumValue) Object() Object { return typeObject(c.Enum) }
func (c *AddEnumValue) Op() Op         { return Alter }
func (c *DropEnum) Object() Object     { return typeObject(c.Name) }
func (c *DropEnum) Op() Op             { return Drop }

func typeObject(name model.QName) Object { return Object{Kind: KindType, Name: name} }

func (d *differ) enums() {
	for _, name := range d.to.EnumNames() {
		e := d.to.Enums[name]
		old, ok := d.from.Enums[name]
		if !ok {
			d.add(&CreateEnum{changeMeta: changeMeta{phase: phaseCreateType}, Enum: e})
			d.comment(typeObject(name), "", e.Comment)
			continue
		}
		d.enumValues(old, e)
		d.comment(typeObject(name), old.Comment, e.Comment)
	}
	for _, name := range d.from.EnumNames() {
		if _, ok := d.to.Enums[name]; ok {
			continue
		}
		c := &DropEnum{changeMeta: changeMeta{phase: phaseDropType}, Name: name}
		c.hazard(DataLoss, "drops type %s", name)
		d.add(c)
	}
}

// enumValues adds the labels the desired enum has and the current one lacks, each at
// its position. Removing or reordering labels has no ALTER TYPE form: it is reported.
func (d *differ) enumValues(old, e *model.Enum) {
	kept := make([]string, 0, len(e.Values))
	for _, v := range e.Values {
		if slices.Contains(old.Values, v) {
			kept = append(kept, v)
		}
	}
	if len(kept) != len(old.Values) || !slices.Equal(kept, old.Values) {
		d.unsupported(typeObject(e.Name), fmt.Sprintf("labels removed or reordered (%q → %q); an enum can only gain labels in place", old.Values, e.Values))
		return
	}
	for i, v := range e.Values {
		if slices.Contains(old.Values, v) {
			continue
		}
		c := &AddEnumValue{changeMeta: changeMeta{phase: phaseAddEnumValue, nonTransaction: true}, Enum: e.Name, Value: v}
		// Anchor on the next label that already exists (labels added earlier in this loop
		// are in place by then); with none, the label goes at the end.
		c.Before = nextExisting(e.Values[i+1:], old.Values)
		d.add(c)
	}
}

func nextExisting(values, existing []string) string {
	for _, v := range values {
		if slices.Contains(existing, v) {
			return v
		}
	}
	return ""
}
