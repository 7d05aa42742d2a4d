// Package model holds plain data types for every PostgreSQL schema object pgshape
// manages: a Catalog of schemas, extensions, tables (with columns, constraints and
// indexes), sequences and enum types.
//
// The same types describe a desired state parsed from SQL files (package parser) and a
// live database read from its catalog (package schema). Objects are identified by
// their qualified name: an ObjectID is a kind and a name (and, for what belongs to a
// table, a member name). The objects that stand on their own and have an owner say
// so through one interface, Owned (Ident, OwnerName), and Catalog.OwnedObjects lists
// them all: code that does the same for every kind loops over that list instead of
// over each of the catalog's maps. Declared objects carry the Source (file, line,
// column) where they were written, so errors and review output can point back to
// them.
//
// Text fields that hold SQL (types, defaults, constraint and index definitions) hold
// PostgreSQL's own canonical spelling when they come from a database, which is what
// makes two catalogs comparable field by field. The package does no I/O.
package model
