package differ

import (
	"strings"

	"github.com/pgshape/pgshape/model"
)

// Op says what a change does to its object.
type Op string

// The operations.
const (
	Create Op = "create"
	Alter  Op = "alter"
	Drop   Op = "drop"
)

// Object identifies the object a change is about.
type Object = model.ObjectID

// Describe says what a change does in a few words: "create table public.reviews",
// "add column public.users.email", "comment on index public.users_email_idx".
func Describe(c Change) string {
	obj := c.Object()
	if sc, ok := c.(*SetComment); ok {
		if sc.Comment == "" {
			return "remove comment on " + obj.String()
		}
		return "comment on " + obj.String()
	}
	switch c := c.(type) {
	case *SetOwner:
		return "set owner of " + obj.String() + " to " + pick(c.Owner == "", "the role running the plan", model.QuoteIdent(c.Owner))
	case *ValidateConstraint:
		return "validate " + obj.String()
	case *ProveNotNull:
		return "check " + obj.String() + " for nulls (NOT VALID), for SET NOT NULL"
	case *SetNotNull:
		return "set NOT NULL on " + obj.String()
	case *SwapIndex:
		return "swap the rebuilt " + obj.String() + " in"
	case *AlterDefaultPrivileges:
		return strings.ToLower(pick(c.Grant, "grant ", "revoke ")+strings.Join(c.Privileges, ", ")+" to "+c.Grantee+" in ") + obj.String()
	}
	verb := string(c.Op())
	if c.Op() == Create && (obj.Kind == model.KindColumn || obj.Kind == model.KindConstraint) {
		verb = "add"
	}
	return verb + " " + obj.String()
}

// Change is one step of a plan. The set of changes is closed: every implementation
// lives in this package, and package emitter knows how to write each one.
type Change interface {
	// Object is what the change creates, alters or drops.
	Object() Object
	// Op is what it does to the object.
	Op() Op
	// Hazards are the risks of running it on a live database.
	Hazards() []Hazard
	// Transactional is false for statements that cannot run inside a transaction
	// block, or whose effect must be committed before later statements use it.
	Transactional() bool
	meta() *changeMeta
}

// changeMeta is what every change carries besides its own fields.
type changeMeta struct {
	phase          phase
	hazards        []Hazard
	nonTransaction bool
	// after are the changes of the plan this one must follow whatever the phases
	// say: the steps of one online operation (add NOT VALID, then validate).
	after []Change
}

func (m *changeMeta) Hazards() []Hazard   { return m.hazards }
func (m *changeMeta) Transactional() bool { return !m.nonTransaction }
func (m *changeMeta) meta() *changeMeta   { return m }

func (m *changeMeta) hazard(kind HazardKind, format string, args ...any) {
	m.hazards = append(m.hazards, newHazard(kind, format, args...))
}
