package differ

import (
	"slices"

	"github.com/pgshape/pgshape/model"
)

// CreateTable creates a table with its columns and every constraint but its foreign
// keys, which are added once every table they may reference exists.
type CreateTable struct {
	changeMeta
	Table *model.Table
}

// DropTable drops a table, its data, indexes and constraints.
type DropTable struct {
	changeMeta
	Name model.QName
}

// SetTableOption changes one table-level setting.
type SetTableOption struct {
	changeMeta
	Table  model.QName
	Option TableOption
	// Value is the new setting: "true"/"false" for the boolean options; for
	// ReplicaIdentity "d", "n", "f" or "i" (then Index names the index).
	Value string
	Index string
}

// SetTableParameters sets and resets storage parameters (fillfactor, autovacuum_*).
type SetTableParameters struct {
	changeMeta
	Table model.QName
	Set   []string // name=value
	Reset []string // names
}

// SetInherit makes a table inherit from Parent (Inherit) or stop inheriting from it.
type SetInherit struct {
	changeMeta
	Table   model.QName
	Parent  model.QName
	Inherit bool
}

func (c *SetTableParameters) Object() Object { return tableObject(c.Table) }
func (c *SetTableParameters) Op() Op         { return Alter }
func (c *SetInherit) Object() Object         { return tableObject(c.Table) }
func (c *SetInherit) Op() Op                 { return Alter }

// TableOption names a table-level setting.
type TableOption string

// The table options.
const (
	Unlogged         TableOption = "unlogged"
	RowSecurity      TableOption = "row-security"
	ForceRowSecurity TableOption = "force-row-security"
	ReplicaIdentity  TableOption = "replica-identity"
)

func (c *CreateTable) Object() Object    { return tableObject(c.Table.Name) }
func (c *CreateTable) Op() Op            { return Create }
func (c *DropTable) Object() Object      { return tableObject(c.Name) }
func (c *DropTable) Op() Op              { return Drop }
func (c *SetTableOption) Object() Object { return tableObject(c.Table) }
func (c *SetTableOption) Op() Op         { return Alter }

func tableObject(name model.QName) Object { return Object{Kind: model.KindTable, Name: name} }

func (d *differ) tables() {
	for _, name := range byPartitionDepth(d.to) {
		t := d.to.Tables[name]
		old, ok := d.from.Tables[name]
		switch {
		case !ok:
			d.createTable(t)
		case old.PartitionOf != nil && d.droppedWithParent(old):
			// Dropping its parent drops it: it comes back, with what references it.
			d.recreated[name] = true
			d.rebuildForeignKeys(name, func(*model.Constraint) bool { return true })
			d.createTable(t)
		case !d.partitioning(old, t):
			d.recreateTable(old, t)
		default:
			d.alterTable(old, t)
		}
	}
	for _, name := range d.from.TableNames() {
		if _, ok := d.to.Tables[name]; ok {
			continue
		}
		t := d.from.Tables[name]
		if t.PartitionOf != nil && d.droppedWithParent(t) {
			d.dropForeignKeysToDropped(t)
			continue
		}
		d.dropTable(t)
	}
}

// droppedWithParent reports whether a partition goes away because its parent is
// dropped (dropping a partitioned table drops its partitions).
func (d *differ) droppedWithParent(t *model.Table) bool {
	for p := t.PartitionOf; p != nil; {
		if _, kept := d.to.Tables[*p]; !kept || d.recreated[*p] {
			return true
		}
		parent := d.from.Tables[*p]
		if parent == nil {
			return false
		}
		p = parent.PartitionOf
	}
	return false
}

func (d *differ) createTable(t *model.Table) {
	d.add(&CreateTable{changeMeta: changeMeta{phase: phaseCreateTable}, Table: t})
	d.partitionIndexes(nil, t)
	for _, c := range t.Constraints {
		if addedAfterCreate(c) && !d.added[constraintObject(t.Name, c.Name)] {
			d.added[constraintObject(t.Name, c.Name)] = true
			ph := phaseAddConstraint
			if c.Kind == model.ForeignKey {
				ph = phaseAddForeignKey
			}
			d.add(&AddConstraint{changeMeta: changeMeta{phase: ph}, Table: t.Name, Constraint: c, NewTable: true})
		}
	}
	for _, i := range t.Indexes {
		d.add(&CreateIndex{changeMeta: changeMeta{phase: phaseCreateIndex}, Table: t.Name, Index: i})
	}

	d.tableOptions(&model.Table{Name: t.Name, Unlogged: t.Unlogged, ReplicaIdentity: "d", Options: t.Options, Inherits: t.Inherits}, t, true)
	d.triggers(t.Name, nil, t.Triggers)
	d.policies(t.Name, nil, t.Policies)
	d.privileges(tableObject(t.Name), d.newObjectPrivileges(model.KindTable, t.Name.Schema), t.Privileges)
	d.comment(tableObject(t.Name), "", t.Comment)
	for _, c := range t.Columns {
		d.columnStorage(t.Name, c)
		d.identityPrivileges(nil, c)
	}
	for _, c := range t.Columns {
		d.comment(columnObject(t.Name, c.Name), "", c.Comment)
	}
	for _, c := range t.Constraints {
		d.comment(constraintObject(t.Name, c.Name), "", c.Comment)
	}
	for _, i := range t.Indexes {
		d.comment(indexObject(t.Name, i.Name), "", i.Comment)
	}
}

// addedAfterCreate reports whether a constraint of a new table is added by its own
// statement rather than inside CREATE TABLE: foreign keys, which may reference tables
// created later, and NOT VALID constraints, which CREATE TABLE would mark valid.
func addedAfterCreate(c *model.Constraint) bool {
	return c.Kind == model.ForeignKey || isNotValid(c)
}

// dropForeignKeysToDropped drops the foreign keys of a table that go away which
// reference other tables that go away (or are recreated): between tables dropped
// together the drop order would matter; dropping the keys first makes it not.
func (d *differ) dropForeignKeysToDropped(t *model.Table) {
	for _, c := range t.Constraints {
		if c.Kind == model.ForeignKey && c.References != t.Name {
			if _, kept := d.to.Tables[c.References]; !kept || d.recreated[c.References] || d.droppedPartition(c.References) {
				d.dropConstraint(t.Name, c)
			}
		}
	}
}

// droppedPartition reports whether a table is a partition that goes away with its
// parent.
func (d *differ) droppedPartition(name model.QName) bool {
	t := d.from.Tables[name]
	return t != nil && t.PartitionOf != nil && d.droppedWithParent(t)
}

func (d *differ) dropTable(t *model.Table) *DropTable {
	d.dropForeignKeysToDropped(t)
	c := &DropTable{changeMeta: changeMeta{phase: phaseDropTable}, Name: t.Name}
	if !d.recreated[t.Name] {
		c.hazard(DataLoss, "drops table %s and all its rows", t.Name)
	}
	d.add(c)
	return c
}

func (d *differ) alterTable(old, t *model.Table) {
	d.notNullNames(old, t)
	switch {
	case t.IsPartition():
		d.partitionColumns(old, t)
		d.partitionIndexes(old, t)
		d.partitionIndexesNotKept(old, t)
	case old.IsPartition():
		old = d.keptAfterDetach(old)
		d.columns(old, t)
	default:
		d.columns(d.keptAfterNoInherit(old, t), t)
	}
	d.constraints(old, t)
	d.indexes(old, t)
	d.tableOptions(old, t, false)
	d.triggers(t.Name, old.Triggers, t.Triggers)
	d.policies(t.Name, old.Policies, t.Policies)
	d.privileges(tableObject(t.Name), old.Privileges, t.Privileges)
	d.comment(tableObject(t.Name), old.Comment, t.Comment)
}

// tableOptions compares the table-level settings. A new table is created logged or
// unlogged already, so only the others apply to it.
func (d *differ) tableOptions(old, t *model.Table, created bool) {
	set := func(opt TableOption, value, index string) *SetTableOption {
		c := &SetTableOption{changeMeta: changeMeta{phase: phaseAlterTable}, Table: t.Name, Option: opt, Value: value, Index: index}
		d.add(c)
		return c
	}
	if old.Unlogged != t.Unlogged && !created {
		c := set(Unlogged, boolText(t.Unlogged), "")
		c.hazard(TableRewrite, "SET %s rewrites table %s", map[bool]string{true: "UNLOGGED", false: "LOGGED"}[t.Unlogged], t.Name)
	}
	if old.RowSecurity != t.RowSecurity {
		set(RowSecurity, boolText(t.RowSecurity), "")
	}
	if old.ForceRowSecurity != t.ForceRowSecurity {
		set(ForceRowSecurity, boolText(t.ForceRowSecurity), "")
	}
	if set, reset := optionChanges(old.Options, t.Options); len(set) > 0 || len(reset) > 0 {
		d.add(&SetTableParameters{changeMeta: changeMeta{phase: phaseAlterTable}, Table: t.Name, Set: set, Reset: reset})
	}
	for _, p := range old.Inherits {
		if !slices.Contains(t.Inherits, p) {
			d.add(&SetInherit{changeMeta: changeMeta{phase: phaseDetachPartition}, Table: t.Name, Parent: p})
		}
	}
	for _, p := range t.Inherits {
		if !slices.Contains(old.Inherits, p) {
			d.add(&SetInherit{changeMeta: changeMeta{phase: phaseAttachPartition}, Table: t.Name, Parent: p, Inherit: true})
		}
	}
	oldRI, newRI := replicaIdentity(old), replicaIdentity(t)
	if oldRI != newRI || (newRI == "i" && old.ReplicaIdentityIndex != t.ReplicaIdentityIndex) {
		set(ReplicaIdentity, newRI, t.ReplicaIdentityIndex)
	}
}

func replicaIdentity(t *model.Table) string {
	if t.ReplicaIdentity == "" {
		return "d"
	}
	return t.ReplicaIdentity
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// columnStorage sets the storage of a new column, which CREATE TABLE and ADD COLUMN
// take only from PostgreSQL 16 on.
func (d *differ) columnStorage(table model.QName, c *model.Column) {
	if c.Storage == "" {
		return
	}
	plain := *c
	plain.Storage = ""
	d.add(&AlterColumn{changeMeta: changeMeta{phase: phaseAlterColumn}, Table: table, From: &plain, To: c})
}

// keptAfterDetach returns a partition with every column it has: those it lists
// (which it sets something on) and its parent's others, as DETACH PARTITION leaves
// them on the table, and its indexes. A detached table keeps no identity of its
// parent's.
func (d *differ) keptAfterDetach(old *model.Table) *model.Table {
	out := *old
	out.Columns = nil
	parent := d.from.Tables[*old.PartitionOf]
	if parent != nil && parent.IsPartition() {
		parent = d.keptAfterDetach(parent)
	}
	if parent == nil {
		return old
	}
	// Its indexes attached to its parent's stay, as indexes of its own.
	out.Indexes = append(append([]*model.Index{}, old.Indexes...), old.PartitionIndexes...)
	out.PartitionIndexes = nil
	for _, pc := range parent.Columns {
		if c := old.Column(pc.Name); c != nil {
			out.Columns = append(out.Columns, c)
			continue
		}
		c := *pc
		c.Comment, c.Identity, c.IdentityOptions, c.IdentitySequence, c.IdentityPrivileges = "", "", nil, model.QName{}, nil
		out.Columns = append(out.Columns, &c)
	}
	return &out
}

// keptAfterNoInherit returns old with the columns it inherits from parents it stops
// inheriting from: NO INHERIT keeps them as columns of its own.
func (d *differ) keptAfterNoInherit(old, t *model.Table) *model.Table {
	out := *old
	out.Columns = append([]*model.Column{}, old.Columns...)
	for _, p := range old.Inherits {
		parent := d.from.Tables[p]
		if slices.Contains(t.Inherits, p) || parent == nil {
			continue
		}
		for _, c := range parent.Columns {
			if out.Column(c.Name) == nil {
				out.Columns = append(out.Columns, c)
			}
		}
	}
	return &out
}
