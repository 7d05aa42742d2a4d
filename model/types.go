package model

// Domain is a domain type with its constraints.
type Domain struct {
	Name      QName
	BaseType  string // as format_type prints it
	NotNull   bool
	Default   string
	Collation string
	// Constraints are its CHECK constraints (Definition as pg_get_constraintdef).
	Constraints []*Constraint
	Comment     string
	Privileges  []Privilege
	Owner       string // empty when owners are not compared
	Source      Source
}

// CompositeType is a type made of named attributes (CREATE TYPE ... AS (...)).
type CompositeType struct {
	Name       QName
	Attributes []*Column // Name, Type and Collation are used
	Comment    string
	Privileges []Privilege
	Owner      string // empty when owners are not compared
	Source     Source
}

// RangeType is a range type (CREATE TYPE ... AS RANGE).
type RangeType struct {
	Name QName
	// Definition is the parenthesised option list: "subtype = integer, ...".
	Subtype        string
	SubtypeOpClass string
	Collation      string
	Canonical      string
	SubtypeDiff    string
	MultirangeName string
	Comment        string
	Privileges     []Privilege
	Owner          string // empty when owners are not compared
	Source         Source
}
