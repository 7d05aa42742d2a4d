package differ

import (
	"strconv"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// Options say how changes to existing tables are made.
type Options struct {
	// Plain asks for plain DDL (--online=false): constraints validated as they are
	// added, SET NOT NULL and unique constraints as written, a changed index dropped
	// and built again inside the transaction. Fine for local work and small
	// databases; on a busy one, each of those blocks writes while it scans.
	Plain bool
}

// ValidateConstraint validates a constraint added NOT VALID: it scans the table
// under a SHARE UPDATE EXCLUSIVE lock, which lets writes go on. It runs after the
// transaction that added the constraint, in a transaction of its own, so that no
// strong lock is held during the scan.
type ValidateConstraint struct {
	changeMeta
	Table model.QName
	Name  string
}

// ProveNotNull is the first step of SET NOT NULL on an existing table: a check
// constraint (Column IS NOT NULL) added NOT VALID, which new rows must pass at once.
// Validated later (ValidateConstraint), it lets SetNotNull skip its scan.
type ProveNotNull struct {
	changeMeta
	Table  model.QName
	Column string
	Check  string // the helper constraint's name
}

// SetNotNull sets NOT NULL once the helper check proves it (PostgreSQL 12+ does not
// scan then), and drops the helper check.
type SetNotNull struct {
	changeMeta
	Table  model.QName
	Column string
	Check  string
}

// SwapIndex puts a rebuilt index in place of the old one: the new definition was
// built concurrently under the name Temp; the old index is dropped concurrently and
// the new one takes its name. The table is never without the index.
type SwapIndex struct {
	changeMeta
	Table model.QName
	Index *model.Index // the desired index, under its own name
	Temp  string
}

func (c *ValidateConstraint) Object() Object { return constraintObject(c.Table, c.Name) }
func (c *ValidateConstraint) Op() Op         { return Alter }
func (c *ProveNotNull) Object() Object       { return columnObject(c.Table, c.Column) }
func (c *ProveNotNull) Op() Op               { return Alter }
func (c *SetNotNull) Object() Object         { return columnObject(c.Table, c.Column) }
func (c *SetNotNull) Op() Op                 { return Alter }
func (c *SwapIndex) Object() Object          { return indexObject(c.Table, c.Index.Name) }
func (c *SwapIndex) Op() Op                  { return Alter }

// online reports whether an existing table's changes take their online forms.
func (d *differ) online() bool { return !d.opts.Plain }

// plainTable reports whether a table kept by the plan is an ordinary table on both
// sides: not partitioned, not a partition, in no inheritance tree, not recreated.
// The online forms are for those; PostgreSQL refuses CONCURRENTLY and NOT VALID
// in some of the others' cases, and recurses through them in the rest.
func (d *differ) plainTable(name model.QName) bool {
	old, t := d.from.Tables[name], d.to.Tables[name]
	if old == nil || t == nil || d.recreated[name] {
		return false
	}
	for _, x := range []*model.Table{old, t} {
		if x.PartitionKey != "" || x.PartitionOf != nil || len(x.Inherits) > 0 {
			return false
		}
	}
	for _, cat := range []*model.Catalog{d.from, d.to} {
		for _, other := range cat.Tables {
			for _, p := range other.Inherits {
				if p == name {
					return false
				}
			}
		}
	}
	return true
}

// validateLater adds the validation of a constraint that change adds NOT VALID.
func (d *differ) validateLater(add Change, table model.QName, name string) *ValidateConstraint {
	v := &ValidateConstraint{changeMeta: changeMeta{phase: phaseValidate, nonTransaction: true}, Table: table, Name: name}
	v.after = []Change{add}
	d.add(v)
	return v
}

// setNotNullOnline plans SET NOT NULL on column of an existing table in three steps:
// a helper check added NOT VALID with the plan's other quick changes, validated in
// its own transaction (writes go on), then SET NOT NULL, which the valid check spares
// its scan, and the helper dropped.
func (d *differ) setNotNullOnline(table model.QName, column string) *SetNotNull {
	check := d.helperName(table, column)
	prove := &ProveNotNull{changeMeta: changeMeta{phase: phaseAddConstraint}, Table: table, Column: column, Check: check}
	d.add(prove)
	v := d.validateLater(prove, table, check)
	set := &SetNotNull{changeMeta: changeMeta{phase: phaseSetNotNull, nonTransaction: true}, Table: table, Column: column, Check: check}
	set.after = []Change{v}
	d.add(set)
	return set
}

// helperName names the helper check of SET NOT NULL <column>_pgshape_nn, cut to
// 63 bytes, unlike any constraint of the table on either side (PostgreSQL 18 names
// its own not-null constraints <table>_<column>_not_null).
func (d *differ) helperName(table model.QName, column string) string {
	return freeName(column, "pgshape_nn", func(n string) bool {
		for _, t := range []*model.Table{d.from.Tables[table], d.to.Tables[table]} {
			if t != nil && t.Constraint(n) != nil {
				return true
			}
		}
		return false
	})
}

// freeName returns name_label cut to 63 bytes as PostgreSQL cuts the names it
// makes, with a number after the label when taken says that name is in use.
func freeName(name, label string, taken func(string) bool) string {
	for n := 1; ; n++ {
		l := label
		if n > 1 {
			l += strconv.Itoa(n)
		}
		if s := model.ObjectName(name, "", l); !taken(s) {
			return s
		}
	}
}

// addKeyOnline plans a primary key or unique constraint of an existing table as an
// index built concurrently, then attached with ADD CONSTRAINT ... USING INDEX (a
// quick step once the index exists); with replaces, the old constraint of that name
// goes in the same statement. It reports false, planning nothing, when that form
// does not apply: plain DDL asked for, a table that is not a plain one, a foreign
// key of the desired state that may need the key inside the transaction, or a
// constraint whose index is unknown.
func (d *differ) addKeyOnline(ch *AddConstraint, replaces *model.Constraint) bool {
	c := ch.Constraint
	if !d.online() || ch.NewTable || (c.Kind != model.PrimaryKey && c.Kind != model.Unique) || c.Index == "" ||
		!d.plainTable(ch.Table) || d.referencedBy(ch.Table, c.Columns) {
		return false
	}
	index := c.Name
	if replaces != nil {
		index = freeName(c.Name, "pgshape_new", d.relationTaken(ch.Table.Schema))
	}
	def, ok := renameIndexDefinition(c.Index, c.Name, index)
	if !ok {
		return false
	}
	build := &CreateIndex{changeMeta: changeMeta{phase: phaseCreateIndexConcurrently, nonTransaction: true},
		Table: ch.Table, Index: &model.Index{Name: index, Definition: def, Unique: true}, Concurrently: true}
	build.hazard(IndexBuild, "builds the index of %s %s on existing table %s concurrently (writes continue); "+
		"if rows break the constraint, the build fails and leaves an invalid index", c.Kind, model.QuoteIdent(c.Name), ch.Table)
	d.add(build)
	ch.phase, ch.nonTransaction, ch.UsingIndex, ch.Replaces = phaseConstraintUsingIndex, true, index, replaces
	ch.after = []Change{build}
	d.add(ch)
	d.concurrentIndexes[constraintObject(ch.Table, c.Name)] = true
	return true
}

// replaceKeyOnline plans a changed unique constraint or primary key of an existing
// table as a new index built concurrently under a temporary name and swapped in for
// the old constraint in one statement, so a key is enforced throughout. Not for a
// key foreign keys use, nor a primary key whose old columns the desired state makes
// nullable. It reports false, planning nothing, when that form does not apply.
func (d *differ) replaceKeyOnline(table model.QName, old, c *model.Constraint) bool {
	obj := constraintObject(table, c.Name)
	if old.Kind != c.Kind || (c.Kind != model.Unique && c.Kind != model.PrimaryKey) || d.replaced[obj] || d.added[obj] ||
		d.dropped[obj] || d.referencedBy(table, old.Columns) || !d.columnsKept(table) {
		return false
	}
	if c.Kind == model.PrimaryKey {
		// The old key's columns stay NOT NULL when it goes: the desired state
		// must want them so, or dropping NOT NULL waits for the key to go.
		for _, name := range old.Columns {
			if col := d.to.Tables[table].Column(name); col == nil || !col.NotNull {
				return false
			}
		}
	}
	ch := &AddConstraint{changeMeta: changeMeta{phase: phaseAddConstraint}, Table: table, Constraint: c}
	if !d.addKeyOnline(ch, old) {
		return false
	}
	d.added[obj], d.dropped[obj] = true, true
	return true
}

// referencedBy reports whether a foreign key of either side references columns of
// table (in any order).
func (d *differ) referencedBy(table model.QName, columns []string) bool {
	for _, cat := range []*model.Catalog{d.from, d.to} {
		for _, t := range cat.Tables {
			for _, fk := range t.Constraints {
				if fk.Kind == model.ForeignKey && fk.References == table && sameSet(fk.ReferencedColumns, columns) {
					return true
				}
			}
		}
	}
	return false
}

// swapIndexOnline plans a changed index of an existing table as the new definition
// built concurrently under a temporary name, then swapped in (SwapIndex): the table
// is never without the index, and a unique one never stops enforcing. It reports
// false, planning nothing, when that form does not apply: plain DDL asked for, a
// table that is not a plain one or whose columns the plan drops or retypes, an
// index that is the replica identity, or a unique index a foreign key may rely on
// (PostgreSQL ties the key to that very index).
func (d *differ) swapIndexOnline(table model.QName, old, i *model.Index) bool {
	from := d.from.Tables[table]
	if !d.online() || !d.plainTable(table) || from.ReplicaIdentityIndex == old.Name ||
		old.Unique && foreignKeysOnIndex(d.from, table) || !d.columnsKept(table) {
		return false
	}
	temp := freeName(i.Name, "pgshape_new", d.relationTaken(table.Schema))
	def, ok := renameIndexDefinition(i.Definition, i.Name, temp)
	if !ok {
		return false
	}
	build := &CreateIndex{changeMeta: changeMeta{phase: phaseCreateIndexConcurrently, nonTransaction: true},
		Table: table, Index: &model.Index{Name: temp, Definition: def, Unique: i.Unique}, Concurrently: true}
	why := "its definition changes"
	if old.Invalid {
		why = "it is invalid (a concurrent build failed)"
	}
	build.hazard(IndexBuild, "rebuilds index %s of existing table %s, as %s: built concurrently as %s (writes continue), "+
		"then swapped in, so the table is never without it", model.QuoteIdent(i.Name), table, why, model.QuoteIdent(temp))
	d.add(build)
	swap := &SwapIndex{changeMeta: changeMeta{phase: phaseSwapIndex, nonTransaction: true}, Table: table, Index: i, Temp: temp}
	swap.after = []Change{build}
	d.add(swap)
	d.concurrentIndexes[indexObject(table, i.Name)] = true
	return true
}

// columnsKept reports whether every column of a table stays, with its type: a
// column dropped or retyped in the transaction takes the old index with it, or
// rebuilds it, before a swap after the transaction could.
func (d *differ) columnsKept(table model.QName) bool {
	t := d.to.Tables[table]
	for _, oc := range d.from.Tables[table].Columns {
		c := t.Column(oc.Name)
		if c == nil || c.Type != oc.Type || c.Collation != oc.Collation || !c.SameGeneration(oc) {
			return false
		}
	}
	return true
}

// relationTaken says whether a name is used in schema by a relation of either side
// (table, view, sequence, index, a constraint's index): a temporary index name
// must be free.
func (d *differ) relationTaken(schema string) func(string) bool {
	return func(name string) bool {
		q := model.QName{Schema: schema, Name: name}
		for _, cat := range []*model.Catalog{d.from, d.to} {
			if cat.Tables[q] != nil || cat.Views[q] != nil || cat.Sequences[q] != nil {
				return true
			}
			for _, t := range cat.Tables {
				if t.Name.Schema != schema {
					continue
				}
				if t.Index(name) != nil || findIndex(t.PartitionIndexes, name) != nil {
					return true
				}
				for _, c := range t.Constraints {
					if c.Name == name && c.Index != "" {
						return true
					}
				}
			}
		}
		return false
	}
}

// renameIndexDefinition replaces the name of the index in a definition as
// pg_get_indexdef prints it ("CREATE [UNIQUE] INDEX name ON ...").
func renameIndexDefinition(def, from, to string) (string, bool) {
	for _, prefix := range []string{"CREATE UNIQUE INDEX ", "CREATE INDEX "} {
		if rest, ok := strings.CutPrefix(def, prefix+model.QuoteIdent(from)+" ON "); ok {
			return prefix + model.QuoteIdent(to) + " ON " + rest, true
		}
	}
	return "", false
}

// detachConcurrently reports whether partition can leave its parent with DETACH
// PARTITION ... CONCURRENTLY, which does not block writes: PostgreSQL 14 or newer,
// a parent without a default partition (PostgreSQL refuses it then), partitioned
// by plain columns. It also returns the name PostgreSQL gives the CHECK constraint
// it adds to the partition, copied from its bound (<table>_<column>_check, or
// <table>_check for several key columns, numbered past names in use).
func (d *differ) detachConcurrently(partition *model.Table) (string, bool) {
	parent := d.from.Tables[*partition.PartitionOf]
	if !d.online() || d.from.ServerVersion < 140000 || parent == nil {
		return "", false
	}
	for _, t := range d.from.Tables {
		if t.PartitionOf != nil && *t.PartitionOf == parent.Name && t.PartitionBound == "DEFAULT" {
			return "", false
		}
	}
	columns, ok := keyColumns(parent.PartitionKey)
	if !ok {
		return "", false
	}
	column := ""
	if len(columns) == 1 {
		column = columns[0]
	}
	for n := 0; ; n++ {
		label := "check"
		if n > 0 {
			label += strconv.Itoa(n)
		}
		if name := model.ObjectName(partition.Name.Name, column, label); partition.Constraint(name) == nil {
			return name, true
		}
	}
}

// keyColumns returns the columns of a partition key as pg_get_partkeydef prints
// it ("RANGE (at)", "LIST (region, kind)"); false when an element is an
// expression, a quoted name, or has an operator class or collation.
func keyColumns(key string) ([]string, bool) {
	open, end := strings.Index(key, "("), strings.LastIndex(key, ")")
	if open < 0 || end < open {
		return nil, false
	}
	var columns []string
	for _, c := range strings.Split(key[open+1:end], ",") {
		c = strings.TrimSpace(c)
		if c == "" || strings.IndexFunc(c, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) >= 0 {
			return nil, false
		}
		columns = append(columns, c)
	}
	return columns, len(columns) > 0
}
