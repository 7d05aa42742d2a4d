package emitter

import "github.com/pgshape/pgshape/differ"

// addConstraint adds a constraint; on an existing table a foreign key or check is
// added NOT VALID (no scan, brief lock) and then validated (a scan that lets writes
// continue).
func addConstraint(c *differ.AddConstraint) []string {
	add := "ADD CONSTRAINT " + ident(c.Constraint.Name) + " " + c.Constraint.Definition
	if !c.ValidateSeparately() {
		return []string{alterTable(c.Table, add)}
	}
	return []string{
		alterTable(c.Table, add+" NOT VALID"),
		alterTable(c.Table, "VALIDATE CONSTRAINT "+ident(c.Constraint.Name)),
	}
}
