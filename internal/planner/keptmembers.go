package planner

import (
	"reflect"

	"github.com/pgshape/pgshape/model"
)

// A plan that adds a column to a table, or drops a check, leaves alone what
// depends on the table's other members: a foreign key of another table
// referencing its key, a view reading its other columns. The current side's
// part then need not hold those dependents whole (see planPart). The
// differ touches a dependent when what it depends on goes: a column whose
// type changes or that is dropped (findReplacements), a key whose foreign
// keys are rebuilt with it (rebuildForeignKeys), the table itself when it is
// made again. keptMembers says which members stay as they are; where the
// reasoning falls short, the plan touches an object outside the part, and
// Plan makes it again with all of the current state (see covers).

// keptMembers are the members (columns, constraints, indexes) of the changed
// tables that both states define alike, for the tables that are alike but
// for their members, with the same keys: an object that depends on such a
// member only is not touched by the plan.
func keptMembers(current, desired *model.Catalog, changed map[model.ObjectID]bool) map[model.ObjectID]bool {
	kept := map[model.ObjectID]bool{}
	for id := range changed {
		if id.Kind != model.KindTable {
			continue
		}
		old, t := current.Tables[id.Name], desired.Tables[id.Name]
		if old == nil || t == nil || !sameButMembers(old, t) || !sameKeys(old, t) {
			continue
		}
		for _, c := range old.Columns {
			if n := t.Column(c.Name); n != nil && equalValues(reflect.ValueOf(c), reflect.ValueOf(n)) {
				kept[model.ObjectID{Kind: model.KindColumn, Name: id.Name, Member: c.Name}] = true
			}
		}
		for _, c := range old.Constraints {
			if n := t.Constraint(c.Name); n != nil && equalValues(reflect.ValueOf(c), reflect.ValueOf(n)) {
				kept[model.ObjectID{Kind: model.KindConstraint, Name: id.Name, Member: c.Name}] = true
			}
		}
		for _, i := range old.Indexes {
			if n := t.Index(i.Name); n != nil && equalValues(reflect.ValueOf(i), reflect.ValueOf(n)) {
				kept[model.ObjectID{Kind: model.KindIndex, Name: model.QName{Schema: id.Name.Schema, Name: i.Name}}] = true
			}
		}
	}
	return kept
}

// sameButMembers reports whether two tables are alike but for their members
// and what no other object depends on (privileges, comment, owner, storage
// parameters, row security).
func sameButMembers(a, b *model.Table) bool {
	strip := func(t model.Table) model.Table {
		t.Columns, t.Constraints, t.Indexes = nil, nil, nil
		t.Triggers, t.Policies, t.Privileges = nil, nil, nil
		t.Comment, t.Owner, t.Options = "", "", nil
		t.RowSecurity, t.ForceRowSecurity = false, false
		t.Stats, t.Source = nil, model.Source{}
		return t
	}
	return equalValues(reflect.ValueOf(strip(*a)), reflect.ValueOf(strip(*b)))
}

// sameKeys reports whether two tables have the same keys: primary key,
// unique and exclusion constraints and unique indexes. A foreign key stands
// on one of them, and the differ rebuilds the foreign keys referencing a
// table when one goes (rebuildForeignKeysOnIndexes: all that stand on
// unique indexes).
func sameKeys(a, b *model.Table) bool {
	keys := func(t *model.Table) map[string]any {
		m := map[string]any{}
		for _, c := range t.Constraints {
			if c.Kind == model.PrimaryKey || c.Kind == model.Unique || c.Kind == model.Exclusion {
				m["constraint "+c.Name] = c
			}
		}
		for _, i := range t.Indexes {
			if i.Unique {
				m["index "+i.Name] = i
			}
		}
		return m
	}
	return equalValues(reflect.ValueOf(keys(a)), reflect.ValueOf(keys(b)))
}
