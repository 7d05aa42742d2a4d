package differ

import (
	"slices"
	"strings"

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

// RebuildEnum replaces an enum whose labels were removed or reordered, which ALTER TYPE
// cannot do: the old type is renamed away, the new one created, the columns that use
// it converted through text, and the old type dropped.
type RebuildEnum struct {
	changeMeta
	Enum    *model.Enum
	Columns []EnumColumn
}

// EnumColumn is a column converted by RebuildEnum: Type is its type as format_type
// spells it (the enum or an array of it), Default its default to restore.
type EnumColumn struct {
	Table   model.QName
	Column  string
	Type    string
	Default string
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
func (c *RebuildEnum) Object() Object  { return typeObject(c.Enum.Name) }
func (c *RebuildEnum) Op() Op          { return Alter }
func (c *DropEnum) Object() Object     { return typeObject(c.Name) }
func (c *DropEnum) Op() Op             { return Drop }

func typeObject(name model.QName) Object { return Object{Kind: model.KindType, Name: name} }

func (d *differ) enums() {
	for _, name := range d.to.EnumNames() {
		e := d.to.Enums[name]
		old, ok := d.from.Enums[name]
		if !ok {
			d.add(&CreateEnum{changeMeta: changeMeta{phase: phaseCreateType}, Enum: e})
			d.comment(typeObject(name), "", e.Comment)
			d.privileges(typeObject(name), d.newObjectPrivileges(model.KindType, name.Schema), e.Privileges)
			continue
		}
		d.enumValues(old, e)
		d.comment(typeObject(name), old.Comment, e.Comment)
		d.privileges(typeObject(name), old.Privileges, e.Privileges)
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
	if enumNeedsRebuild(old, e) {
		d.rebuildEnum(old, e)
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

// enumNeedsRebuild reports whether labels were removed or reordered, which ALTER TYPE
// cannot do.
func enumNeedsRebuild(old, e *model.Enum) bool {
	var kept []string
	for _, v := range e.Values {
		if slices.Contains(old.Values, v) {
			kept = append(kept, v)
		}
	}
	return !slices.Equal(kept, old.Values)
}

func nextExisting(values, existing []string) string {
	for _, v := range values {
		if slices.Contains(existing, v) {
			return v
		}
	}
	return ""
}

// rebuildEnum plans the replacement of an enum that lost or reordered labels.
func (d *differ) rebuildEnum(old, e *model.Enum) {
	c := &RebuildEnum{changeMeta: changeMeta{phase: phaseCreateType}, Enum: e}
	name := e.Name.String()
	for _, tn := range d.from.TableNames() {
		nt, kept := d.to.Tables[tn]
		if !kept {
			continue
		}
		for _, col := range d.from.Tables[tn].Columns {
			if strings.TrimRight(col.Type, "[]") != name {
				continue
			}
			if nc := nt.Column(col.Name); nc != nil && nc.Type == col.Type {
				c.Columns = append(c.Columns, EnumColumn{Table: tn, Column: col.Name, Type: col.Type, Default: col.Default})
			}
		}
	}
	var removed []string
	for _, v := range old.Values {
		if !slices.Contains(e.Values, v) {
			removed = append(removed, v)
		}
	}
	if len(removed) > 0 && len(c.Columns) > 0 {
		c.hazard(DataLoss, "type %s loses labels %q: converting its columns fails for rows that hold them", name, removed)
	}
	for _, col := range c.Columns {
		c.hazard(TableRewrite, "converting column %s of table %s to the rebuilt type %s rewrites the table", model.QuoteIdent(col.Column), col.Table, name)
	}
	d.add(c)
}
