package differ

import "github.com/pgshape/pgshape/model"

// Op says what a change does to its object.
type Op string

// The operations.
const (
	Create Op = "create"
	Alter  Op = "alter"
	Drop   Op = "drop"
)

// ObjectKind names a kind of schema object, as review output shows it.
type ObjectKind string

// The object kinds.
const (
	KindSchema     ObjectKind = "schema"
	KindExtension  ObjectKind = "extension"
	KindType       ObjectKind = "type"
	KindSequence   ObjectKind = "sequence"
	KindTable      ObjectKind = "table"
	KindColumn     ObjectKind = "column"
	KindConstraint ObjectKind = "constraint"
	KindIndex      ObjectKind = "index"
)

// Object identifies the object a change is about. Columns and constraints are named by
// their table and Member; everything else by Name alone.
type Object struct {
	Kind   ObjectKind
	Name   model.QName
	Member string
}

// String renders the object for messages: `column public.users.email`,
// `constraint users_email_key on public.users`.
func (o Object) String() string {
	switch {
	case o.Kind == KindConstraint:
		return "constraint " + model.QuoteIdent(o.Member) + " on " + o.Name.String()
	case o.Member != "":
		return string(o.Kind) + " " + o.Name.String() + "." + model.QuoteIdent(o.Member)
	}
	return string(o.Kind) + " " + o.Name.String()
}

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
	verb := string(c.Op())
	if c.Op() == Create && (obj.Kind == KindColumn || obj.Kind == KindConstraint) {
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
}

func (m *changeMeta) Hazards() []Hazard   { return m.hazards }
func (m *changeMeta) Transactional() bool { return !m.nonTransaction }
func (m *changeMeta) meta() *changeMeta   { return m }

func (m *changeMeta) hazard(kind HazardKind, format string, args ...any) {
	m.hazards = append(m.hazards, newHazard(kind, format, args...))
}
