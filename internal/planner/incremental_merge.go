package planner

import (
	"strings"

	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// What loadChanged does with the part it loaded: check the tables it only
// checked, the names PostgreSQL chose, and merge it into the earlier state.

// uncheckedChanges are the keys of the tables only checked that part does
// not have as the earlier state did.
func (inc *increment) uncheckedChanges(part *model.Catalog) []string {
	if len(inc.checked) == 0 {
		return nil
	}
	before := map[model.ObjectID]model.Owned{}
	for _, o := range inc.prevOwned {
		if inc.checked[inc.groups.Find(ownedKey(o))] {
			before[o.Ident()] = o
		}
	}
	var out []string
	seen := 0
	for _, o := range part.OwnedObjects() {
		k := ownedKey(o)
		if k == "" || !inc.checked[inc.groups.Find(k)] {
			continue
		}
		seen++
		if b, ok := before[o.Ident()]; !ok || !sameDefinition(b, o) {
			out = append(out, k)
		}
	}
	if seen != len(before) {
		inPart := map[model.ObjectID]bool{}
		for _, o := range part.OwnedObjects() {
			inPart[o.Ident()] = true
		}
		for id, o := range before {
			if !inPart[id] {
				out = append(out, ownedKey(o))
			}
		}
	}
	return out
}

// merge is the earlier state with the objects of the changed groups as part
// has them; declined when part has an object nothing loaded creates, or
// names PostgreSQL may have chosen otherwise with every object there.
func (inc *increment) merge(part *model.Catalog, loaded []parser.Statement) (_ *model.Catalog, declined string) {
	loadedKeys := map[string]bool{parser.SchemaKey("public"): true}
	for _, s := range loaded {
		for _, k := range s.Deps.Objects {
			loadedKeys[k] = true
		}
	}
	for _, o := range part.OwnedObjects() {
		k := ownedKey(o)
		if !loadedKeys[k] {
			return nil, o.Ident().String() + " is made by no statement loaded"
		}
		inc.keyOf[o.Ident()] = k
	}
	if !inc.namesAsChosen(part) {
		return nil, "names PostgreSQL chose may depend on objects not loaded"
	}
	changed := func(id model.ObjectID) bool { return inc.isChanged(inc.keyOf[id]) }
	return mergeObjects(inc.prev, part, changed), ""
}

// namesAsChosen reports whether the names of the changed groups' objects
// (relations and constraints, before and after) and those of the others
// stay apart: none shared, none a changed one with digits added.
func (inc *increment) namesAsChosen(part *model.Catalog) bool {
	taken := map[string]bool{}
	for _, objects := range [][]model.Owned{inc.prevOwned, part.OwnedObjects()} {
		for _, o := range objects {
			if inc.isChanged(ownedKey(o)) {
				for _, n := range chosenNames(o) {
					taken[n] = true
				}
			}
		}
	}
	for _, o := range inc.prevOwned {
		if inc.isChanged(ownedKey(o)) {
			continue
		}
		for _, n := range chosenNames(o) {
			if taken[n] || taken[strings.TrimRight(n, "0123456789")] {
				return false
			}
		}
	}
	return true
}

// chosenNames are the schema-qualified names of o's indexes and constraints,
// which PostgreSQL may have chosen, and of o itself when a relation.
func chosenNames(o model.Owned) []string {
	var names []string
	add := func(schema, name string) { names = append(names, schema+"\x00"+name) }
	switch o := o.(type) {
	case *model.Table:
		add(o.Name.Schema, o.Name.Name)
		for _, list := range [][]*model.Index{o.Indexes, o.PartitionIndexes} {
			for _, i := range list {
				add(o.Name.Schema, i.Name)
			}
		}
		for _, c := range o.Constraints {
			add(o.Name.Schema, c.Name)
		}
	case *model.View:
		add(o.Name.Schema, o.Name.Name)
		for _, i := range o.Indexes {
			add(o.Name.Schema, i.Name)
		}
	case *model.Sequence:
		add(o.Name.Schema, o.Name.Name)
	}
	return names
}
