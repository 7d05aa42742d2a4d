package model

// Keep removes from the catalog every schema object for which keep returns false,
// and the dependencies that name removed objects. Tables, views and types are asked
// about by their own ID; their columns, constraints, indexes, triggers and policies go
// with them. Schemas are asked about as ObjectID{Kind: KindSchema, Name: {Name: s}}.
func (c *Catalog) Keep(keep func(ObjectID) bool) {
	removed := map[ObjectID]bool{}
	drop := func(id ObjectID) bool {
		if keep(id) {
			return false
		}
		removed[id] = true
		return true
	}
	prune(c.Schemas, drop, func(name string, _ *Schema) ObjectID { return ObjectID{Kind: KindSchema, Name: QName{Name: name}} })
	prune(c.Tables, drop, func(name QName, _ *Table) ObjectID { return ObjectID{Kind: KindTable, Name: name} })
	prune(c.Views, drop, func(name QName, _ *View) ObjectID { return ObjectID{Kind: KindView, Name: name} })
	prune(c.Sequences, drop, func(name QName, _ *Sequence) ObjectID { return ObjectID{Kind: KindSequence, Name: name} })
	prune(c.Functions, drop, func(_ string, f *Function) ObjectID {
		return ObjectID{Kind: KindFunction, Name: QName{Schema: f.Name.Schema, Name: f.Name.Name + "(" + f.Arguments + ")"}}
	})
	prune(c.Enums, drop, typeID[*Enum])
	prune(c.Domains, drop, typeID[*Domain])
	prune(c.Composites, drop, typeID[*CompositeType])
	prune(c.Ranges, drop, typeID[*RangeType])
	prune(c.Collations, drop, func(name QName, _ *Collation) ObjectID { return ObjectID{Kind: KindCollation, Name: name} })
	// Default privileges in a schema left out go with it; database-wide ones stay.
	dps := c.DefaultPrivileges[:0]
	for _, p := range c.DefaultPrivileges {
		if p.Schema == "" || keep(ObjectID{Kind: KindSchema, Name: QName{Name: p.Schema}}) {
			dps = append(dps, p)
		}
	}
	c.DefaultPrivileges = dps
	if len(removed) == 0 {
		return
	}
	gone := func(id ObjectID) bool {
		if id.Member == "" {
			return removed[id]
		}
		// A member goes with its table or view.
		return removed[ObjectID{Kind: KindTable, Name: id.Name}] || removed[ObjectID{Kind: KindView, Name: id.Name}]
	}
	kept := c.Dependencies[:0]
	for _, d := range c.Dependencies {
		if !gone(d.From) && !gone(d.To) {
			kept = append(kept, d)
		}
	}
	c.Dependencies = kept
}

// prune deletes the entries of m for which drop returns true, given their IDs.
func prune[K comparable, V any](m map[K]V, drop func(ObjectID) bool, id func(K, V) ObjectID) {
	for k, v := range m {
		if drop(id(k, v)) {
			delete(m, k)
		}
	}
}

func typeID[V any](name QName, _ V) ObjectID { return ObjectID{Kind: KindType, Name: name} }
