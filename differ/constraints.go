package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// AddConstraint adds a constraint to a table. On an existing table, online, a
// foreign key or check is added NOT VALID (ValidatedLater) and validated by a
// ValidateConstraint after the transaction, so the validating scan does not block
// writes; a primary key or unique constraint is attached to an index built
// concurrently for it (UsingIndex).
type AddConstraint struct {
	changeMeta
	Table      model.QName
	Constraint *model.Constraint
	// ValidatedLater: the constraint is added NOT VALID; a ValidateConstraint
	// follows.
	ValidatedLater bool
	// UsingIndex names the index built concurrently for a primary key or unique
	// constraint, which ADD CONSTRAINT ... USING INDEX turns into the
	// constraint's (renaming it to the constraint's name); empty otherwise.
	UsingIndex string
	// Replaces is the constraint of the same name this one takes the place of, in
	// the same statement (with UsingIndex: the table keeps a unique index
	// throughout); nil otherwise.
	Replaces *model.Constraint
	// NewTable is true when the table is created by the same plan (nothing to scan).
	NewTable bool
	// Partitioned is true when the table or the table a foreign key references is
	// partitioned: PostgreSQL refuses NOT VALID foreign keys on partitioned tables, and
	// validating one that references a partitioned table leaves the copies it makes
	// for each partition not valid.
	Partitioned bool
}

// validateSeparately reports whether the constraint can be added NOT VALID and
// then validated, which holds a lighter lock during the scan.
func (c *AddConstraint) validateSeparately() bool {
	k := c.Constraint.Kind
	if c.NewTable || isNotValid(c.Constraint) || (k == model.ForeignKey && c.Partitioned) {
		return false
	}
	return k == model.ForeignKey || k == model.Check
}

// DropConstraint drops a constraint from a table.
type DropConstraint struct {
	changeMeta
	Table      model.QName
	Constraint *model.Constraint
}

func (c *AddConstraint) Object() Object  { return constraintObject(c.Table, c.Constraint.Name) }
func (c *AddConstraint) Op() Op          { return Create }
func (c *DropConstraint) Object() Object { return constraintObject(c.Table, c.Constraint.Name) }
func (c *DropConstraint) Op() Op         { return Drop }

func constraintObject(table model.QName, name string) Object {
	return Object{Kind: model.KindConstraint, Name: table, Member: name}
}

func isNotValid(c *model.Constraint) bool {
	return len(c.Definition) > len(" NOT VALID") && c.Definition[len(c.Definition)-len(" NOT VALID"):] == " NOT VALID"
}

// constraints compares the constraints of a table present on both sides. A changed
// constraint is dropped and added again. A primary key or unique constraint that goes
// away takes the foreign keys that rely on its index with it, so those are dropped
// first and added back.
func (d *differ) constraints(old, t *model.Table) {
	for _, c := range t.Constraints {
		oc := old.Constraint(c.Name)
		switch {
		case oc == nil:
			d.addConstraint(t.Name, c)
		case oc.Definition != c.Definition || oc.Kind != c.Kind || d.replaced[constraintObject(t.Name, c.Name)]:
			if d.replaceKeyOnline(t.Name, oc, c) {
				break
			}
			d.dropConstraint(t.Name, oc)
			d.addConstraint(t.Name, c)
		}
		if oc != nil && oc.Definition == c.Definition {
			d.comment(constraintObject(t.Name, c.Name), oc.Comment, c.Comment)
		} else {
			d.comment(constraintObject(t.Name, c.Name), "", c.Comment)
		}
	}
	for _, oc := range old.Constraints {
		if t.Constraint(oc.Name) == nil {
			d.dropConstraint(t.Name, oc)
		}
	}
}

func (d *differ) addConstraint(table model.QName, c *model.Constraint) {
	if d.added[constraintObject(table, c.Name)] {
		return
	}
	d.added[constraintObject(table, c.Name)] = true
	ph := phaseAddConstraint
	if c.Kind == model.ForeignKey {
		ph = phaseAddForeignKey
	}
	ch := &AddConstraint{changeMeta: changeMeta{phase: ph}, Table: table, Constraint: c, Partitioned: d.partitioned(table)}
	if c.Kind == model.ForeignKey && d.partitioned(c.References) {
		ch.Partitioned = true
	}
	if d.addKeyOnline(ch, nil) {
		return
	}
	switch c.Kind {
	case model.PrimaryKey, model.Unique, model.Exclusion:
		ch.hazard(BlockingScan, "adding %s %s builds its index on table %s while blocking writes", c.Kind, model.QuoteIdent(c.Name), table)
	}
	d.add(ch)
	if d.online() && ch.validateSeparately() {
		ch.ValidatedLater = true
		d.validateLater(ch, table, c.Name)
	}
}

func (d *differ) dropConstraint(table model.QName, c *model.Constraint) {
	if d.dropped[constraintObject(table, c.Name)] {
		return
	}
	d.dropped[constraintObject(table, c.Name)] = true
	ph := phaseDropConstraint
	if c.Kind == model.ForeignKey {
		ph = phaseDropForeignKey
	}
	d.add(&DropConstraint{changeMeta: changeMeta{phase: ph}, Table: table, Constraint: c})
	if c.Kind == model.PrimaryKey || c.Kind == model.Unique {
		d.rebuildReferencingForeignKeys(table, c.Columns)
	}
}

// rebuildReferencingForeignKeys drops the foreign keys that rely on the key of table
// made of columns (PostgreSQL ties them to its index) and adds back those the desired
// state keeps.
func (d *differ) rebuildReferencingForeignKeys(table model.QName, columns []string) {
	d.rebuildForeignKeys(table, func(fk *model.Constraint) bool { return sameSet(fk.ReferencedColumns, columns) })
}

// rebuildForeignKeys drops the foreign keys referencing table that match, and adds
// back those the desired state keeps. It reports whether any matched.
func (d *differ) rebuildForeignKeys(table model.QName, match func(fk *model.Constraint) bool) bool {
	found := false
	for _, name := range d.from.TableNames() {
		for _, fk := range d.from.Tables[name].Constraints {
			if fk.Kind != model.ForeignKey || fk.References != table || !match(fk) {
				continue
			}
			found = true
			d.dropConstraint(name, fk)
			if nt, ok := d.to.Tables[name]; ok {
				if nfk := nt.Constraint(fk.Name); nfk != nil {
					d.addConstraint(name, nfk)
				}
			}
		}
	}
	return found
}

// sameSet reports whether a and b hold the same names, in any order: a foreign key
// may use a unique key whose columns are listed in another order.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// partitioned reports whether the desired state partitions the table.
func (d *differ) partitioned(table model.QName) bool {
	t := d.to.Tables[table]
	return t != nil && t.PartitionKey != ""
}
