package differ

import "github.com/pgshape/pgshape/model"

// findReplacements decides which objects the plan drops and creates again, before any
// change is planned: the objects that cannot change in place (a view whose columns
// change, a function whose result type changes), and every kept object that depends on
// something the plan replaces, drops or retypes. PostgreSQL refuses to drop or retype
// an object others depend on ("cannot alter type of a column used by a view"), so the
// dependents go first and come back after.
func (d *differ) findReplacements() {
	var seeds []model.ObjectID
	for _, name := range d.to.ViewNames() {
		if old, ok := d.from.Views[name]; ok && viewNeedsRebuild(old, d.to.Views[name]) {
			seeds = append(seeds, viewObject(name))
			d.replaced[viewObject(name)] = true
		}
	}
	for _, sig := range d.to.FunctionSignatures() {
		if old, ok := d.from.Functions[sig]; ok && functionNeedsRebuild(old, d.to.Functions[sig]) {
			seeds = append(seeds, functionObject(old))
			d.replaced[functionObject(old)] = true
		}
	}
	for _, name := range d.from.ViewNames() {
		if _, ok := d.to.Views[name]; !ok {
			seeds = append(seeds, viewObject(name))
		}
	}
	for _, sig := range d.from.FunctionSignatures() {
		if _, ok := d.to.Functions[sig]; !ok {
			seeds = append(seeds, functionObject(d.from.Functions[sig]))
		}
	}
	for _, name := range d.from.EnumNames() {
		if e, ok := d.to.Enums[name]; !ok || enumNeedsRebuild(d.from.Enums[name], e) {
			seeds = append(seeds, typeObject(name))
		}
	}
	for _, name := range d.from.TableNames() {
		old := d.from.Tables[name]
		t, ok := d.to.Tables[name]
		if !ok || old.PartitionKey != t.PartitionKey {
			seeds = append(seeds, tableObject(name))
			continue
		}
		for _, oc := range old.Columns {
			if c := t.Column(oc.Name); c == nil || c.Type != oc.Type || c.Collation != oc.Collation || !c.SameGeneration(oc) {
				seeds = append(seeds, columnObject(name, oc.Name))
			}
		}
	}
	seeds = append(seeds, d.objectsToReplace()...)
	d.replaceDependents(seeds)
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
