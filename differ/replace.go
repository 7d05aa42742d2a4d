package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// findReplacements decides which objects the plan drops and creates again, before any
// change is planned: the objects that cannot change in place (a view whose columns
// change, a function whose result type changes), and every kept object that depends on
// something the plan replaces, drops or retypes. PostgreSQL refuses to drop or retype
// an object others depend on ("cannot alter type of a column used by a view"), so the
// dependents go first and come back after.
func (d *differ) findReplacements() {
	var seeds []model.ObjectID
	for _, old := range d.from.OwnedObjects() {
		gone, rebuilt := goes(old, d.desired[old.Ident()])
		if rebuilt {
			d.replaced[old.Ident()] = true
		}
		seeds = append(seeds, gone...)
	}
	d.replaceDependents(seeds)
}

// goes lists what of an object of the current state goes in a way its dependents
// cannot survive, given the desired object of the same identity (nil when there is
// none): the object itself when it is dropped or rebuilt (dropped and created
// again, which sets rebuilt), a table's columns whose type changes. Only views,
// functions, enums, tables and the objects compared as a whole count.
func goes(old, desired model.Owned) (goes []Object, rebuilt bool) {
	gone := false
	switch old := old.(type) {
	case *model.View:
		v, ok := desired.(*model.View)
		rebuilt = ok && viewNeedsRebuild(old, v)
		gone = !ok || rebuilt
	case *model.Function:
		f, ok := desired.(*model.Function)
		rebuilt = ok && functionNeedsRebuild(old, f)
		gone = !ok || rebuilt
	case *model.Object:
		o, ok := desired.(*model.Object)
		rebuilt = ok && !slices.Equal(old.Create, o.Create) && alterInPlace(old, o) == nil
		gone = !ok || rebuilt
	case *model.Enum:
		// RebuildEnum drops and creates a rebuilt enum again: not a replacement.
		e, ok := desired.(*model.Enum)
		gone = !ok || enumNeedsRebuild(old, e)
	case *model.Table:
		t, ok := desired.(*model.Table)
		if !ok || old.PartitionKey != t.PartitionKey {
			gone = true
			break
		}
		for _, oc := range old.Columns {
			if c := t.Column(oc.Name); c == nil || c.Type != oc.Type || c.Collation != oc.Collation || !c.SameGeneration(oc) {
				goes = append(goes, columnObject(old.Name, oc.Name))
			}
		}
	}
	if gone {
		goes = append(goes, old.Ident())
	}
	return goes, rebuilt
}

// replaceDependents marks for replacement every kept object that depends, directly or
// not, on one of the seeds.
func (d *differ) replaceDependents(seeds []model.ObjectID) {
	dependents := map[model.ObjectID][]model.ObjectID{}
	for _, dep := range d.from.Dependencies {
		dependents[dep.To] = append(dependents[dep.To], dep.From)
		if dep.To.Kind == model.KindColumn {
			// Whatever depends on a column also depends on its table or view.
			for _, kind := range []model.ObjectKind{model.KindTable, model.KindView} {
				parent := model.ObjectID{Kind: kind, Name: dep.To.Name}
				dependents[parent] = append(dependents[parent], dep.From)
			}
		}
	}
	seen := map[model.ObjectID]bool{}
	for len(seeds) > 0 {
		seed := seeds[0]
		seeds = seeds[1:]
		if seen[seed] {
			continue
		}
		seen[seed] = true
		for _, dep := range dependents[seed] {
			if !d.replaceable(dep, seed) {
				continue
			}
			d.replaced[dep] = true
			seeds = append(seeds, dep)
		}
	}
}

// replaceable reports whether a dependent of seed is dropped and created again with
// it. Indexes and constraints follow a column's type change by themselves; they are
// rebuilt only for functions and types they use.
func (d *differ) replaceable(dep, seed model.ObjectID) bool {
	switch {
	case dep.Kind == model.KindView, dep.Kind == model.KindFunction, dep.Kind == model.KindTrigger,
		dep.Kind == model.KindPolicy, isWholeObject(dep.Kind):
		return true
	case dep.Kind == model.KindIndex, dep.Kind == model.KindConstraint:
		// An index or a check that uses a replaced operator class, operator or
		// text search configuration is rebuilt with it.
		return seed.Kind == model.KindFunction || seed.Kind == model.KindType || isWholeObject(seed.Kind)
	}
	return false
}

// viewNeedsRebuild reports whether a view cannot be replaced in place.
func viewNeedsRebuild(old, v *model.View) bool {
	if old.Materialized != v.Materialized {
		return true
	}
	return old.Query != v.Query && (v.Materialized || !columnsExtend(old.Columns, v.Columns))
}
