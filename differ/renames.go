package differ

import (
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// RenameHint says that the desired object Object had the name From before (a
// "-- pgshape:renamed-from" annotation in the desired state).
type RenameHint struct {
	Object model.ObjectID
	From   string
}

// Rename renames an object, keeping its data: Object is the object under its new
// name, From its current name.
type Rename struct {
	changeMeta
	Target Object
	From   string
	// Materialized is set when a view being renamed is a materialized one.
	Materialized bool
}

func (c *Rename) Object() Object { return c.Target }
func (c *Rename) Op() Op         { return Alter }

// Renames returns the renames the hints ask for that apply: the object exists under
// its old name in from and not yet under its new one. They are meant to run before
// everything else: the caller applies them, reads the current state again and diffs
// the rest, so that PostgreSQL itself carries the new names into every definition.
func Renames(from, to *model.Catalog, hints []RenameHint) []Change {
	tableRenamed := map[model.QName]model.QName{} // new → old
	for _, h := range hints {
		if h.Object.Kind == model.KindTable {
			tableRenamed[h.Object.Name] = model.QName{Schema: h.Object.Name.Schema, Name: h.From}
		}
	}
	oldTable := func(name model.QName) model.QName {
		if old, ok := tableRenamed[name]; ok && from.Tables[name] == nil {
			return old
		}
		return name
	}
	var out []Change
	var derived []RenameHint
	add := func(h RenameHint, materialized bool) {
		out = append(out, &Rename{changeMeta: changeMeta{phase: phaseRename}, Target: h.Object, From: h.From, Materialized: materialized})
	}
	for _, h := range hints {
		id := h.Object
		old := model.QName{Schema: id.Name.Schema, Name: h.From}
		switch id.Kind {
		case model.KindTable:
			if from.Tables[old] != nil && from.Tables[id.Name] == nil && to.Tables[id.Name] != nil {
				add(h, false)
				derived = append(derived, derivedRenames(from.Tables[old], to.Tables[id.Name], hints)...)
			}
		case model.KindView:
			if v := from.Views[old]; v != nil && from.Views[id.Name] == nil && to.Views[id.Name] != nil {
				add(h, v.Materialized)
			}
		case model.KindColumn:
			if t := from.Tables[oldTable(id.Name)]; t != nil && t.Column(h.From) != nil && t.Column(id.Member) == nil {
				add(h, false)
			}
		case model.KindConstraint:
			if t := from.Tables[oldTable(id.Name)]; t != nil && t.Constraint(h.From) != nil && t.Constraint(id.Member) == nil {
				add(h, false)
			}
		case model.KindIndex:
			if indexExists(from, old) && !indexExists(from, id.Name) {
				add(h, false)
			}
		}
	}
	for _, h := range derived {
		add(h, false)
	}
	// Tables and views first: the renames of their members name them by their new names.
	sort.SliceStable(out, func(i, j int) bool { return renamesFirst(out[i]) && !renamesFirst(out[j]) })
	return out
}

// derivedRenames follows a table rename with its constraints and indexes whose names
// PostgreSQL derived from the table's (people_pkey → users_pkey), when the desired
// state has them under the new table's name and no hint says otherwise.
func derivedRenames(old, t *model.Table, hints []RenameHint) []RenameHint {
	hinted := map[string]bool{}
	for _, h := range hints {
		if h.Object.Name == t.Name || h.Object.Name.Schema == t.Name.Schema && h.Object.Kind == model.KindIndex {
			hinted[h.From] = true
		}
	}
	rename := func(name string) (string, bool) {
		if !strings.HasPrefix(name, old.Name.Name+"_") || hinted[name] {
			return "", false
		}
		return t.Name.Name + strings.TrimPrefix(name, old.Name.Name), true
	}
	var out []RenameHint
	for _, c := range old.Constraints {
		if n, ok := rename(c.Name); ok && t.Constraint(n) != nil && t.Constraint(c.Name) == nil {
			out = append(out, RenameHint{Object: constraintObject(t.Name, n), From: c.Name})
		}
	}
	for _, i := range old.Indexes {
		if n, ok := rename(i.Name); ok && t.Index(n) != nil && t.Index(i.Name) == nil {
			out = append(out, RenameHint{Object: indexObject(t.Name, n), From: i.Name})
		}
	}
	return out
}

func renamesFirst(c Change) bool {
	k := c.Object().Kind
	return k == model.KindTable || k == model.KindView
}

func indexExists(c *model.Catalog, name model.QName) bool {
	for _, tn := range c.TableNames() {
		if tn.Schema == name.Schema && c.Tables[tn].Index(name.Name) != nil {
			return true
		}
	}
	for _, vn := range c.ViewNames() {
		if vn.Schema == name.Schema && findIndex(c.Views[vn].Indexes, name.Name) != nil {
			return true
		}
	}
	return false
}
