package differ

import (
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// CreateCollation creates a collation.
type CreateCollation struct {
	changeMeta
	Collation *model.Collation
}

// DropCollation drops a collation. PostgreSQL refuses while a column, domain, type or
// index still uses it, so it runs after they are changed or dropped; it loses no data.
type DropCollation struct {
	changeMeta
	Name model.QName
}

func (c *CreateCollation) Object() Object { return collationObject(c.Collation.Name) }
func (c *CreateCollation) Op() Op         { return Create }
func (c *DropCollation) Object() Object   { return collationObject(c.Name) }
func (c *DropCollation) Op() Op           { return Drop }

func collationObject(name model.QName) Object { return Object{Kind: model.KindCollation, Name: name} }

// collations compares collations. A collation cannot be altered: one whose definition
// changes is dropped and created again when nothing uses it. When something does,
// the plan is refused: recreating it would mean rewriting every column and rebuilding
// every index that sorts by it, which deserves a migration written on purpose.
func (d *differ) collations() {
	for _, name := range d.to.CollationNames() {
		c := d.to.Collations[name]
		old, ok := d.from.Collations[name]
		switch {
		case !ok:
			d.add(&CreateCollation{changeMeta: changeMeta{phase: phaseCreateCollation}, Collation: c})
			d.comment(collationObject(name), "", c.Comment)
		case collationDefinition(old) != collationDefinition(c):
			if users := d.collationUsers(name); len(users) > 0 {
				d.unsupported(collationObject(name), "a collation cannot change in place, and "+strings.Join(users, ", ")+
					" use it; create a new collation and move them to it")
				continue
			}
			// Dropped early, before the phase that creates it again.
			d.add(&DropCollation{changeMeta: changeMeta{phase: phaseDropView}, Name: name})
			d.add(&CreateCollation{changeMeta: changeMeta{phase: phaseCreateCollation}, Collation: c})
			d.comment(collationObject(name), "", c.Comment)
		default:
			d.comment(collationObject(name), old.Comment, c.Comment)
		}
	}
	for _, name := range d.from.CollationNames() {
		if _, ok := d.to.Collations[name]; !ok {
			d.add(&DropCollation{changeMeta: changeMeta{phase: phaseDropCollation}, Name: name})
		}
	}
}

// collationDefinition is what defines a collation, for comparison.
func collationDefinition(c *model.Collation) [5]string {
	det := "true"
	if !c.Deterministic {
		det = "false"
	}
	return [5]string{c.Provider, c.Locale, c.LcCollate, c.LcCtype, det}
}

// collationUsers names the objects of the current state that use a collation.
func (d *differ) collationUsers(name model.QName) []string {
	var users []string
	for _, dep := range d.from.Dependencies {
		if dep.To == collationObject(name) {
			users = append(users, dep.From.String())
		}
	}
	sort.Strings(users)
	return users
}
