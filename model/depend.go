package model

import "strings"

// ObjectKind names a kind of schema object in dependency edges and messages.
type ObjectKind string

// The object kinds that take part in dependencies.
const (
	KindSchema     ObjectKind = "schema"
	KindExtension  ObjectKind = "extension"
	KindType       ObjectKind = "type" // enums, domains, composite and range types
	KindSequence   ObjectKind = "sequence"
	KindTable      ObjectKind = "table"
	KindColumn     ObjectKind = "column"
	KindConstraint ObjectKind = "constraint"
	KindIndex      ObjectKind = "index"
	KindView       ObjectKind = "view" // views and materialized views
	KindFunction   ObjectKind = "function"
	KindTrigger    ObjectKind = "trigger"
	KindPolicy     ObjectKind = "policy"
	KindCollation  ObjectKind = "collation"
	// KindDefaultPrivileges names the default privileges of a role (Name.Name) in a
	// schema (Name.Schema, empty for every schema) on a kind of object (Member:
	// TABLES, ...).
	KindDefaultPrivileges ObjectKind = "default privileges"
)

// ObjectID names an object: Kind and Name; columns, constraints, triggers and
// policies also by Member (their name within the table). A function's Name.Name
// carries its identity arguments: "add(integer, integer)".
type ObjectID struct {
	Kind   ObjectKind
	Name   QName
	Member string
}

// Dependency says that From cannot exist without To: From must be created after To
// and dropped before it. Read from pg_depend for a database.
type Dependency struct {
	From, To ObjectID
}

// String renders the object for messages: "column public.users.email",
// "constraint users_email_key on public.users".
func (o ObjectID) String() string {
	switch {
	case o.Kind == KindDefaultPrivileges:
		s := "default privileges of role " + QuoteIdent(o.Name.Name) + " on " + strings.ToLower(o.Member)
		if o.Name.Schema != "" {
			s += " in schema " + QuoteIdent(o.Name.Schema)
		}
		return s
	case o.Kind == KindOperatorClass || o.Kind == KindOperatorFamily:
		return string(o.Kind) + " " + o.Name.String() + " using " + o.Member
	case o.Kind == KindUserMapping:
		return "user mapping for " + QuoteIdent(o.Member) + " server " + QuoteIdent(o.Name.Name)
	case o.Kind == KindPublicationTable:
		return "table " + o.Name.String() + " in publication " + QuoteIdent(o.Member)
	case o.Kind == KindPublicationSchema:
		return "schema " + QuoteIdent(o.Name.Name) + " in publication " + QuoteIdent(o.Member)
	case o.Kind == KindCast:
		return "cast (" + o.Name.Name + ")"
	case o.Kind == KindAggregate || o.Kind == KindOperator:
		return string(o.Kind) + " " + o.Name.Schema + "." + o.Name.Name
	case o.Member != "" && o.Kind != KindColumn:
		return string(o.Kind) + " " + QuoteIdent(o.Member) + " on " + o.Name.String()
	case o.Member != "":
		return string(o.Kind) + " " + o.Name.String() + "." + QuoteIdent(o.Member)
	case o.Kind == KindFunction:
		return string(o.Kind) + " " + o.Name.Schema + "." + o.Name.Name
	}
	return string(o.Kind) + " " + o.Name.String()
}
