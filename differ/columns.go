package differ

import (
	"strings"

	"github.com/pgshape/pgshape/model"
)

// AddColumn adds a column to an existing table.
type AddColumn struct {
	changeMeta
	Table  model.QName
	Column *model.Column
}

// DropColumn drops a column and its data.
type DropColumn struct {
	changeMeta
	Table  model.QName
	Column string
}

// AlterColumn changes a column in place from From to To: type and collation,
// default, nullability and identity, each only where they differ.
type AlterColumn struct {
	changeMeta
	Table    model.QName
	From, To *model.Column
	// Using is the conversion expression for a type change that has no implicit cast,
	// empty when PostgreSQL converts by itself.
	Using string
	// NotNullLater: NOT NULL is set after the transaction, online (ProveNotNull,
	// ValidateConstraint, SetNotNull), not by this change.
	NotNullLater bool
}

func (c *AddColumn) Object() Object   { return columnObject(c.Table, c.Column.Name) }
func (c *AddColumn) Op() Op           { return Create }
func (c *DropColumn) Object() Object  { return columnObject(c.Table, c.Column) }
func (c *DropColumn) Op() Op          { return Drop }
func (c *AlterColumn) Object() Object { return columnObject(c.Table, c.To.Name) }
func (c *AlterColumn) Op() Op         { return Alter }

// TypeChanged reports whether the column's type or collation changes.
func (c *AlterColumn) TypeChanged() bool {
	return c.From.Type != c.To.Type || c.From.Collation != c.To.Collation
}

func columnObject(table model.QName, column string) Object {
	return Object{Kind: model.KindColumn, Name: table, Member: column}
}

// columns compares the columns of a table present on both sides. Column order is not
// compared: PostgreSQL cannot reorder columns in place, and order carries no meaning
// for queries that name their columns.
func (d *differ) columns(old, t *model.Table) {
	for _, c := range t.Columns {
		oc := old.Column(c.Name)
		switch {
		case oc == nil:
			d.addColumn(t.Name, c)
		case !oc.SameGeneration(c):
			// A generation expression cannot be changed in place (before PostgreSQL 17),
			// and a plain column cannot become generated: rebuild the column. Its data is
			// derived, so nothing is lost that the new column does not recompute.
			d.dropColumn(t.Name, oc, oc.Generated != "")
			d.addColumn(t.Name, c)
		default:
			d.alterColumn(t.Name, oc, c)
		}
		if oc != nil {
			d.comment(columnObject(t.Name, c.Name), oc.Comment, c.Comment)
		} else {
			d.comment(columnObject(t.Name, c.Name), "", c.Comment)
		}
	}
	for _, oc := range old.Columns {
		if t.Column(oc.Name) == nil {
			d.dropColumn(t.Name, oc, false)
		}
	}
	for _, c := range t.Columns {
		d.identityPrivileges(old.Column(c.Name), c)
	}
}

// identityPrivileges compares the privileges on an identity column's sequence; old
// is nil for a new column.
func (d *differ) identityPrivileges(old, c *model.Column) {
	if c.Identity == "" {
		return
	}
	// A new identity sequence gets the default privileges on sequences.
	oldPrivs := d.newObjectPrivileges(model.KindSequence, c.IdentitySequence.Schema)
	if old != nil && old.Identity != "" && old.SameGeneration(c) {
		oldPrivs = old.IdentityPrivileges
	}
	d.privileges(sequenceObject(c.IdentitySequence), oldPrivs, c.IdentityPrivileges)
}

func (d *differ) addColumn(table model.QName, c *model.Column) {
	ch := &AddColumn{changeMeta: changeMeta{phase: phaseAddColumn}, Table: table, Column: c}
	switch {
	case c.Virtual: // computed when read: nothing is written
	case c.Generated != "":
		ch.hazard(TableRewrite, "adding stored generated column %s rewrites table %s", model.QuoteIdent(c.Name), table)
	case c.Identity != "":
		ch.hazard(TableRewrite, "adding identity column %s fills every row of table %s", model.QuoteIdent(c.Name), table)
	case isVolatile(c.Default):
		ch.hazard(TableRewrite, "adding column %s with the volatile default %s rewrites table %s", model.QuoteIdent(c.Name), c.Default, table)
	case c.NotNull && c.Default == "":
		ch.hazard(BlockingScan, "adding NOT NULL column %s without a default fails if table %s has rows", model.QuoteIdent(c.Name), table)
	}
	d.add(ch)
	d.columnStorage(table, c)
}

func (d *differ) dropColumn(table model.QName, c *model.Column, derived bool) {
	ch := &DropColumn{changeMeta: changeMeta{phase: phaseDropColumn}, Table: table, Column: c.Name}
	if !derived {
		ch.hazard(DataLoss, "drops column %s of table %s and its data", model.QuoteIdent(c.Name), table)
	}
	d.add(ch)
}

func (d *differ) alterColumn(table model.QName, old, c *model.Column) {
	if old.Type == c.Type && old.Collation == c.Collation && old.Default == c.Default &&
		old.NotNull == c.NotNull && old.Identity == c.Identity && sameIdentityOptions(old, c) &&
		old.Storage == c.Storage && old.Compression == c.Compression {
		return
	}
	setNotNull := c.NotNull && !old.NotNull && old.Identity == "" && c.Identity == ""
	online := setNotNull && d.online() && d.plainTable(table)
	if online {
		d.renameNewNotNull(table, c, d.setNotNullOnline(table, c.Name))
		if old.Type == c.Type && old.Collation == c.Collation && old.Default == c.Default &&
			old.Identity == c.Identity && sameIdentityOptions(old, c) && old.Storage == c.Storage && old.Compression == c.Compression {
			return // nothing else changes
		}
	}
	ch := &AlterColumn{changeMeta: changeMeta{phase: phaseAlterColumn}, Table: table, From: old, To: c, NotNullLater: online}
	col := model.QuoteIdent(c.Name)
	if ch.TypeChanged() {
		conv := classifyTypeChange(old.Type, c.Type)
		if d.isEnum(c.Type) || (d.isEnum(old.Type) && conv.needsUsing) {
			// Enums cast to and from text only: go through text.
			if d.isEnum(c.Type) {
				conv = unknown // a value may not be a label of the new type
			}
			ch.Using = col + "::text::" + c.Type
		} else if conv.needsUsing {
			ch.Using = col + "::" + c.Type
		}
		switch {
		case conv.lossy:
			ch.hazard(DataLoss, "changing column %s of table %s from %s to %s may fail or lose data for values that do not fit", col, table, old.Type, c.Type)
			ch.hazard(TableRewrite, "changing the type of column %s rewrites table %s", col, table)
		case conv.rewrites:
			ch.hazard(TableRewrite, "changing column %s of table %s from %s to %s rewrites the table and its indexes", col, table, old.Type, c.Type)
		}
	}
	if setNotNull && !online {
		ch.hazard(BlockingScan, "SET NOT NULL on column %s scans table %s while blocking writes", col, table)
	}
	d.add(ch)
	if setNotNull && !online {
		d.renameNewNotNull(table, c, ch)
	}
}

func sameIdentityOptions(a, b *model.Column) bool {
	if a.IdentityOptions == nil || b.IdentityOptions == nil {
		return a.IdentityOptions == nil && b.IdentityOptions == nil || a.Identity == "" && b.Identity == ""
	}
	return *a.IdentityOptions == *b.IdentityOptions
}

// isEnum reports whether a type, as format_type spells it, is an enum (or an array of
// one) of either catalog.
func (d *differ) isEnum(typ string) bool {
	base := strings.TrimRight(typ, "[]")
	for _, cat := range []*model.Catalog{d.from, d.to} {
		for name := range cat.Enums {
			if name.String() == base {
				return true
			}
		}
	}
	return false
}
