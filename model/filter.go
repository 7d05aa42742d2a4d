package model

// Keep removes from the catalog every schema object for which keep returns false,
// and the dependencies that name removed objects. Owned objects are asked about by
// their Ident; the columns, constraints, indexes, triggers and policies of tables and
// views go with them.
//
// Extensions and the objects compared as a whole (Catalog.Objects) are not asked
// about: casts, event triggers, servers, publications and the like belong to no
// schema, and what a schema filter means for them is not decided yet.
func (c *Catalog) Keep(keep func(ObjectID) bool) {
	removed := map[ObjectID]bool{}
	for _, k := range c.ownedKinds() {
		k.deleteIf(func(o Owned) bool {
			if _, whole := o.(*Object); whole {
				return false
			}
			id := o.Ident()
			if keep(id) {
				return false
			}
			removed[id] = true
			return true
		})
	}
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
