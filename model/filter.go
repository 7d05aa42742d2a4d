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
	for name := range c.Schemas {
		if drop(ObjectID{Kind: KindSchema, Name: QName{Name: name}}) {
			delete(c.Schemas, name)
		}
	}
	for name := range c.Tables {
		if drop(ObjectID{Kind: KindTable, Name: name}) {
			delete(c.Tables, name)
		}
	}
	for name := range c.Views {
		if drop(ObjectID{Kind: KindView, Name: name}) {
			delete(c.Views, name)
		}
	}
	for name := range c.Sequences {
		if drop(ObjectID{Kind: KindSequence, Name: name}) {
			delete(c.Sequences, name)
		}
	}
	for sig, f := range c.Functions {
		if drop(ObjectID{Kind: KindFunction, Name: QName{Schema: f.Name.Schema, Name: f.Name.Name + "(" + f.Arguments + ")"}}) {
			delete(c.Functions, sig)
		}
	}
	for name := range c.Enums {
		if drop(ObjectID{Kind: KindType, Name: name}) {
			delete(c.Enums, name)
		}
	}
	for name := range c.Domains {
		if drop(ObjectID{Kind: KindType, Name: name}) {
			delete(c.Domains, name)
		}
	}
	for name := range c.Composites {
		if drop(ObjectID{Kind: KindType, Name: name}) {
			delete(c.Composites, name)
		}
	}
	for name := range c.Ranges {
		if drop(ObjectID{Kind: KindType, Name: name}) {
			delete(c.Ranges, name)
		}
	}
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
