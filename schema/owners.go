package schema

// finishOwners applies Options.WithOwners. Every query reads owners (one column
// more costs nothing); without the option they are all cleared, so catalogs compare
// as they did before owners were modelled. A sequence owned by a column has its
// table's owner, which PostgreSQL keeps in step (ALTER TABLE ... OWNER TO moves it,
// ALTER SEQUENCE ... OWNER TO is refused): its owner is left out even with the option.
func (in *inspector) finishOwners() {
	c := in.cat
	for _, s := range c.Sequences {
		if !in.withOwners || s.OwnedBy != nil {
			s.Owner = ""
		}
	}
	if in.withOwners {
		return
	}
	for _, s := range c.Schemas {
		s.Owner = ""
	}
	for _, t := range c.Tables {
		t.Owner = ""
	}
	for _, v := range c.Views {
		v.Owner = ""
	}
	for _, f := range c.Functions {
		f.Owner = ""
	}
	for _, t := range c.Enums {
		t.Owner = ""
	}
	for _, t := range c.Domains {
		t.Owner = ""
	}
	for _, t := range c.Composites {
		t.Owner = ""
	}
	for _, t := range c.Ranges {
		t.Owner = ""
	}
	for _, t := range c.Collations {
		t.Owner = ""
	}
}
