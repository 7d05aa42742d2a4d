package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// CreateView creates a view or a materialized view. With Replace, an existing view is
// replaced in place (CREATE OR REPLACE VIEW), which PostgreSQL allows when the new
// column list starts with the old one.
type CreateView struct {
	changeMeta
	View    *model.View
	Replace bool
	// Placeholder creates the view as SELECT NULL::type AS column, ... of its
	// columns' types, as pg_dump does to break a cycle: a function that returns the
	// view's rows and that the view calls. The view's own CreateView (Replace) then
	// runs after the function.
	Placeholder bool
}

// DropView drops a view or a materialized view.
type DropView struct {
	changeMeta
	View *model.View
}

// SetViewOptions changes the options of a view (security_barrier, check_option, ...)
// or the storage parameters of a materialized view.
type SetViewOptions struct {
	changeMeta
	View  *model.View
	Set   []string // name=value
	Reset []string // names
}

func (c *CreateView) Object() Object     { return viewObject(c.View.Name) }
func (c *CreateView) Op() Op             { return pick(c.Replace, Alter, Create) }
func (c *DropView) Object() Object       { return viewObject(c.View.Name) }
func (c *DropView) Op() Op               { return Drop }
func (c *SetViewOptions) Object() Object { return viewObject(c.View.Name) }
func (c *SetViewOptions) Op() Op         { return Alter }

func viewObject(name model.QName) Object { return Object{Kind: model.KindView, Name: name} }

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}

func (d *differ) views() {
	for _, name := range d.to.ViewNames() {
		v := d.to.Views[name]
		old, ok := d.from.Views[name]
		switch {
		case !ok:
			d.createView(v)
		case d.replaced[viewObject(name)]:
			d.dropView(old)
			d.createView(v)
		default:
			if old.Query != v.Query {
				d.add(&CreateView{changeMeta: changeMeta{phase: phaseCreateView}, View: v, Replace: true})
			}
			d.viewOptions(old, v)
			d.viewIndexes(old, v)
			d.triggers(name, old.Triggers, v.Triggers)
			d.viewComments(old, v)
			d.privileges(viewObject(name), old.Privileges, v.Privileges)
		}
	}
	for _, name := range d.from.ViewNames() {
		if _, ok := d.to.Views[name]; !ok {
			d.dropView(d.from.Views[name])
		}
	}
}

// columnsExtend reports whether the new column list keeps the old one as its start,
// which CREATE OR REPLACE VIEW requires.
func columnsExtend(old, new []string) bool {
	return len(new) >= len(old) && slices.Equal(old, new[:len(old)])
}

func (d *differ) createView(v *model.View) {
	d.add(&CreateView{changeMeta: changeMeta{phase: phaseCreateView}, View: v})
	for _, i := range v.Indexes {
		d.add(&CreateIndex{changeMeta: changeMeta{phase: phaseCreateViewIndex}, Table: v.Name, Index: i})
	}
	d.triggers(v.Name, nil, v.Triggers)
	d.viewComments(&model.View{Name: v.Name}, v)
	d.privileges(viewObject(v.Name), d.newObjectPrivileges(model.KindView, v.Name.Schema), v.Privileges)
}

func (d *differ) dropView(v *model.View) {
	c := &DropView{changeMeta: changeMeta{phase: phaseDropView}, View: v}
	if v.Materialized {
		c.hazard(DataLoss, "drops materialized view %s; its rows are computed again only when it is created and refreshed", v.Name)
	}
	d.add(c)
}

func (d *differ) viewOptions(old, v *model.View) {
	set, reset := optionChanges(old.Options, v.Options)
	if len(set) > 0 || len(reset) > 0 {
		d.add(&SetViewOptions{changeMeta: changeMeta{phase: phaseCreateView}, View: v, Set: set, Reset: reset})
	}
}

func (d *differ) viewIndexes(old, v *model.View) {
	for _, i := range v.Indexes {
		if oi := findIndex(old.Indexes, i.Name); oi == nil || oi.Definition != i.Definition {
			if oi != nil {
				d.add(&DropIndex{changeMeta: changeMeta{phase: phaseDropConstraint}, Table: v.Name, Index: oi})
			}
			d.add(&CreateIndex{changeMeta: changeMeta{phase: phaseCreateViewIndex}, Table: v.Name, Index: i})
		}
	}
	for _, oi := range old.Indexes {
		if findIndex(v.Indexes, oi.Name) == nil {
			d.add(&DropIndex{changeMeta: changeMeta{phase: phaseDropConstraint}, Table: v.Name, Index: oi})
		}
	}
}

func findIndex(indexes []*model.Index, name string) *model.Index {
	for _, i := range indexes {
		if i.Name == name {
			return i
		}
	}
	return nil
}

func (d *differ) viewComments(old, v *model.View) {
	d.comment(viewObject(v.Name), old.Comment, v.Comment)
	for _, col := range v.Columns {
		d.comment(Object{Kind: model.KindColumn, Name: v.Name, Member: col}, old.ColumnComments[col], v.ColumnComments[col])
	}
	for _, i := range v.Indexes {
		var oldComment string
		if oi := findIndex(old.Indexes, i.Name); oi != nil && oi.Definition == i.Definition {
			oldComment = oi.Comment
		}
		d.comment(indexObject(v.Name, i.Name), oldComment, i.Comment)
	}
}

// optionChanges compares two sorted "name=value" lists: the settings to set and the
// names to reset.
func optionChanges(old, new []string) (set, reset []string) {
	oldByName := map[string]string{}
	for _, o := range old {
		oldByName[optionName(o)] = o
	}
	newNames := map[string]bool{}
	for _, o := range new {
		newNames[optionName(o)] = true
		if oldByName[optionName(o)] != o {
			set = append(set, o)
		}
	}
	for _, o := range old {
		if !newNames[optionName(o)] {
			reset = append(reset, optionName(o))
		}
	}
	return set, reset
}

func optionName(o string) string {
	for i := 0; i < len(o); i++ {
		if o[i] == '=' {
			return o[:i]
		}
	}
	return o
}
