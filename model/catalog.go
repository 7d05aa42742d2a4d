package model

import "sort"

// Catalog is a whole database schema: every object pgshape manages, keyed by name.
type Catalog struct {
	Schemas    map[string]*Schema
	Extensions map[string]*Extension
	Tables     map[QName]*Table
	Sequences  map[QName]*Sequence
	Enums      map[QName]*Enum
	Domains    map[QName]*Domain
	Composites map[QName]*CompositeType
	Ranges     map[QName]*RangeType
	Views      map[QName]*View
	Collations map[QName]*Collation
	// Functions are keyed by Signature: overloads share a name.
	Functions map[string]*Function
	// Objects are the objects of the kinds compared as a whole (see Object).
	Objects map[ObjectID]*Object
	// Dependencies are the edges between objects that fix the order of changes.
	Dependencies []Dependency
	// DefaultPrivileges are the ALTER DEFAULT PRIVILEGES entries, sorted (see
	// DefaultPrivilege.Less).
	DefaultPrivileges []DefaultPrivilege
	// Role is the role the catalog was read as (current_user): the owner of what it
	// creates without naming one. Empty when unknown.
	Role string
	// ServerVersion is the server's server_version_num (150004 for 15.4), 0 when
	// unknown: some online forms need a recent server (DETACH PARTITION
	// CONCURRENTLY, 14).
	ServerVersion int
	// Unsupported names the objects of kinds pgshape does not manage yet
	// ("collation public.numeric", "rule r on public.t"): they are reported, never
	// taken as in sync.
	Unsupported []string
}

// NewCatalog returns an empty catalog with its maps made.
func NewCatalog() *Catalog {
	return &Catalog{
		Schemas:    map[string]*Schema{},
		Extensions: map[string]*Extension{},
		Tables:     map[QName]*Table{},
		Sequences:  map[QName]*Sequence{},
		Enums:      map[QName]*Enum{},
		Domains:    map[QName]*Domain{},
		Composites: map[QName]*CompositeType{},
		Ranges:     map[QName]*RangeType{},
		Views:      map[QName]*View{},
		Collations: map[QName]*Collation{},
		Functions:  map[string]*Function{},
		Objects:    map[ObjectID]*Object{},
	}
}

// SchemaNames returns the schema names in sorted order.
func (c *Catalog) SchemaNames() []string { return sortedKeys(c.Schemas) }

// ExtensionNames returns the extension names in sorted order.
func (c *Catalog) ExtensionNames() []string { return sortedKeys(c.Extensions) }

// TableNames returns the table names in sorted order.
func (c *Catalog) TableNames() []QName { return sortedQNames(c.Tables) }

// SequenceNames returns the sequence names in sorted order.
func (c *Catalog) SequenceNames() []QName { return sortedQNames(c.Sequences) }

// EnumNames returns the enum type names in sorted order.
func (c *Catalog) EnumNames() []QName { return sortedQNames(c.Enums) }

// DomainNames returns the domain names in sorted order.
func (c *Catalog) DomainNames() []QName { return sortedQNames(c.Domains) }

// CompositeNames returns the composite type names in sorted order.
func (c *Catalog) CompositeNames() []QName { return sortedQNames(c.Composites) }

// RangeNames returns the range type names in sorted order.
func (c *Catalog) RangeNames() []QName { return sortedQNames(c.Ranges) }

// ViewNames returns the view names in sorted order.
func (c *Catalog) ViewNames() []QName { return sortedQNames(c.Views) }

// CollationNames returns the collation names in sorted order.
func (c *Catalog) CollationNames() []QName { return sortedQNames(c.Collations) }

// FunctionSignatures returns the function signatures in sorted order.
func (c *Catalog) FunctionSignatures() []string { return sortedKeys(c.Functions) }

func sortedKeys[V any](m map[string]V) []string {
	return sortedKeysBy(m, func(a, b string) bool { return a < b })
}

func sortedQNames[V any](m map[QName]V) []QName { return sortedKeysBy(m, QName.Less) }

// sortedKeysBy returns the keys of m in the order less gives them.
func sortedKeysBy[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	return keys
}

// Schema is a namespace.
type Schema struct {
	Name       string
	Comment    string
	Privileges []Privilege
	Owner      string // empty when owners are not compared
	Source     Source
}

// Extension is an installed extension. Objects it owns are not part of the catalog.
type Extension struct {
	Name    string
	Schema  string // where its objects live
	Version string // empty: whatever the server installs by default
	Comment string
	Source  Source
}

// Enum is an enum type with its labels in sort order.
type Enum struct {
	Name       QName
	Values     []string
	Comment    string
	Privileges []Privilege
	Owner      string // empty when owners are not compared
	Source     Source
}

// Sequence is a standalone sequence (identity columns' sequences belong to their column).
type Sequence struct {
	Name       QName
	Options    SequenceOptions
	OwnedBy    *ColumnRef // OWNED BY table.column, nil for none
	Comment    string
	Privileges []Privilege
	Owner      string // empty when owners are not compared
	Source     Source
}

// SequenceOptions are the parameters of a sequence or an identity column.
type SequenceOptions struct {
	Type      string // bigint, integer or smallint
	Start     int64
	Increment int64
	Min       int64
	Max       int64
	Cache     int64
	Cycle     bool
}

// ColumnRef names a column of a table.
type ColumnRef struct {
	Table  QName
	Column string
}
