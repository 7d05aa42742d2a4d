package schema

// finishOwners applies Options.WithOwners. Every query reads owners (one column
// more costs nothing); without the option they are all cleared, so catalogs compare
// as they did before owners were modelled. A sequence owned by a column has its
// table's owner, which PostgreSQL keeps in step (ALTER TABLE ... OWNER TO moves it,
// ALTER SEQUENCE ... OWNER TO is refused): its owner is left out even with the option.
func (in *inspector) finishOwners() {
	for _, s := range in.cat.Sequences {
		if s.OwnedBy != nil {
			s.Owner = ""
		}
	}
	if in.withOwners {
		return
	}
	for _, o := range in.cat.OwnedObjects() {
		o.SetOwnerName("")
	}
}
