// Package model holds plain data types for every PostgreSQL schema object pgshape
// manages: a Catalog of schemas, extensions, tables (with columns, constraints and
// indexes), sequences and enum types.
//
// The same types describe a desired state parsed from SQL files (package parser) and a
// live database read from its catalog (package schema). Objects are identified by
// their qualified name. Declared objects carry the Source (file, line, column) where
// they were written, so errors and review output can point back to them.
//
// Text fields that hold SQL (types, defaults, constraint and index definitions) hold
// PostgreSQL's own canonical spelling when they come from a database, which is what
// makes two catalogs comparable field by field. The package does no I/O.
package model
