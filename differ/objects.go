package differ

import (
	"slices"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// CreateObject creates an object of a kind compared as a whole (model.Object):
// aggregates, operators, casts, rules, foreign tables, publications, ...
type CreateObject struct {
	changeMeta
	Target *model.Object
}

// DropObject drops one. None of these kinds holds data of its own (a foreign
// table's rows live on its server).
type DropObject struct {
	changeMeta
	Target *model.Object
}

func (c *CreateObject) Object() Object { return c.Target.ID }
func (c *CreateObject) Op() Op         { return Create }
func (c *DropObject) Object() Object   { return c.Target.ID }
func (c *DropObject) Op() Op           { return Drop }

// objects compares the objects compared as a whole. One whose statements differ is
// dropped and created again, as is one that depends on something the plan replaces
// (findReplacements); its comment, owner and privileges are then set as for a new
// object.
func (d *differ) objects() {
	for _, id := range d.to.ObjectIDs() {
		o := d.to.Objects[id]
		old, ok := d.from.Objects[id]
		if ok && !d.replaced[id] {
			if !slices.Equal(old.Create, o.Create) {
				d.add(alterInPlace(old, o))
			}
			d.comment(id, old.Comment, o.Comment)
			d.privileges(id, old.Privileges, o.Privileges)
			continue
		}
		if ok {
			d.add(&DropObject{changeMeta: changeMeta{phase: phaseDropView}, Target: old})
		}
		d.add(&CreateObject{changeMeta: changeMeta{phase: objectCreatePhase(id.Kind)}, Target: o})
		d.comment(id, "", o.Comment)
		d.privileges(id, d.newWholeObjectPrivileges(id), o.Privileges)
	}
	for _, id := range d.from.ObjectIDs() {
		if _, ok := d.to.Objects[id]; !ok {
			d.add(&DropObject{changeMeta: changeMeta{phase: phaseDropView}, Target: d.from.Objects[id]})
		}
	}
}

// objectCreatePhase is when an object is created when nothing orders it otherwise
// (the dependencies read from the catalogs do): what functions, types and tables
// use early, what uses tables after them.
func objectCreatePhase(kind model.ObjectKind) phase {
	switch kind {
	case model.KindRule, model.KindStatistics, model.KindPublication, model.KindPublicationTable, model.KindPublicationSchema:
		return phaseCreateView
	case model.KindForeignTable:
		return phaseCreateTable
	case model.KindEventTrigger:
		return phaseTrigger
	}
	return phaseCreateFunction
}

// isWholeObject reports whether objects of kind are compared as a whole.
func isWholeObject(kind model.ObjectKind) bool {
	switch kind {
	case model.KindAggregate, model.KindOperator, model.KindOperatorClass, model.KindOperatorFamily,
		model.KindCast, model.KindTextSearchConfig, model.KindTextSearchDict, model.KindTextSearchParser,
		model.KindTextSearchTemplate, model.KindRule, model.KindEventTrigger, model.KindStatistics,
		model.KindForeignDataWrapper, model.KindServer, model.KindUserMapping, model.KindForeignTable,
		model.KindPublication, model.KindPublicationTable, model.KindPublicationSchema:
		return true
	}
	return false
}

// ObjectKeyword is how DDL names the objects of a kind compared as a whole
// ("OPERATOR CLASS", "TEXT SEARCH CONFIGURATION"): the kind in upper case.
func ObjectKeyword(kind model.ObjectKind) string { return strings.ToUpper(string(kind)) }

// newWholeObjectPrivileges are the privileges an object has when created: for
// aggregates and foreign tables, what the default privileges of functions and
// tables give; for the other kinds, only their owner's.
func (d *differ) newWholeObjectPrivileges(id Object) []model.Privilege {
	switch id.Kind {
	case model.KindAggregate:
		return d.newObjectPrivileges(model.KindFunction, id.Name.Schema)
	case model.KindForeignTable:
		return d.newObjectPrivileges(model.KindTable, id.Name.Schema)
	}
	return nil
}

// AlterObjectOptions changes the generic options of a foreign data wrapper, server,
// user mapping or foreign table in place (ALTER ... OPTIONS (SET/ADD/DROP ...)),
// when nothing else of it changes: replacing a server would drop and create again
// its user mappings and foreign tables, and what depends on those.
type AlterObjectOptions struct {
	changeMeta
	Target *model.Object
	// Set, Add and Drop are the options changed, added ("name=value") and removed
	// (name), sorted.
	Set, Add, Drop []string
}

func (c *AlterObjectOptions) Object() Object { return c.Target.ID }
func (c *AlterObjectOptions) Op() Op         { return Alter }

// hasOptions reports whether objects of kind have generic options.
func hasOptions(kind model.ObjectKind) bool {
	switch kind {
	case model.KindForeignDataWrapper, model.KindServer, model.KindUserMapping, model.KindForeignTable:
		return true
	}
	return false
}

// optionsOnly returns the change that turns old into o by ALTER ... OPTIONS, when
// their statements differ in their own options alone: the options clause ends
// their first statement.
func optionsOnly(old, o *model.Object) (*AlterObjectOptions, bool) {
	if !hasOptions(o.ID.Kind) || len(old.Create) != len(o.Create) || len(o.Create) == 0 ||
		!slices.Equal(old.Create[1:], o.Create[1:]) {
		return nil, false
	}
	oldBase, ok1 := strings.CutSuffix(old.Create[0], optionsClause(old.Options))
	base, ok2 := strings.CutSuffix(o.Create[0], optionsClause(o.Options))
	if !ok1 || !ok2 || oldBase != base {
		return nil, false
	}
	c := &AlterObjectOptions{changeMeta: changeMeta{phase: phaseAlterTable}, Target: o}
	oldValues := optionMap(old.Options)
	newValues := optionMap(o.Options)
	for _, kv := range o.Options {
		name, value, _ := strings.Cut(kv, "=")
		switch v, ok := oldValues[name]; {
		case !ok:
			c.Add = append(c.Add, kv)
		case *v != value:
			c.Set = append(c.Set, kv)
		}
	}
	for _, kv := range old.Options {
		if name, _, _ := strings.Cut(kv, "="); newValues[name] == nil {
			c.Drop = append(c.Drop, name)
		}
	}
	return c, true
}

// optionsClause is " OPTIONS (name 'value', ...)" as the catalog query writes it,
// "" for none.
func optionsClause(options []string) string {
	if len(options) == 0 {
		return ""
	}
	items := make([]string, len(options))
	for i, kv := range options {
		name, value, _ := strings.Cut(kv, "=")
		items[i] = model.QuoteIdent(name) + " " + model.QuoteLiteral(value)
	}
	return " OPTIONS (" + strings.Join(items, ", ") + ")"
}

func optionMap(options []string) map[string]*string {
	m := map[string]*string{}
	for _, kv := range options {
		name, value, _ := strings.Cut(kv, "=")
		m[name] = &value
	}
	return m
}

// SetPublicationOptions changes what a publication publishes (ALTER PUBLICATION
// ... SET (publish = ..., publish_via_partition_root = ...)) in place: dropping it
// would break the subscriptions that stream from it.
type SetPublicationOptions struct {
	changeMeta
	Target *model.Object
	// With is the new option list, as the WITH clause of its CREATE PUBLICATION.
	With string
}

func (c *SetPublicationOptions) Object() Object { return c.Target.ID }
func (c *SetPublicationOptions) Op() Op         { return Alter }

// alterInPlace returns the change that turns old into o without dropping it, nil
// when there is none: options of foreign objects, a publication's WITH clause.
func alterInPlace(old, o *model.Object) Change {
	if c, ok := optionsOnly(old, o); ok {
		return c
	}
	if o.ID.Kind != model.KindPublication || len(old.Create) != 1 || len(o.Create) != 1 {
		return nil
	}
	oldHead, _, ok1 := strings.Cut(old.Create[0], " WITH (")
	head, with, ok2 := strings.Cut(o.Create[0], " WITH (")
	if !ok1 || !ok2 || oldHead != head {
		return nil // FOR ALL TABLES came or went
	}
	return &SetPublicationOptions{changeMeta: changeMeta{phase: phaseAlterTable}, Target: o, With: strings.TrimSuffix(with, ")")}
}
