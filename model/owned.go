package model

// Owned is a schema object with an identity of its own and an owner: a schema,
// collation, enum, domain, composite or range type, function, sequence, table, view,
// or an object compared as a whole. Code that does the same for every kind (compare
// owners, leave objects out of scope, rename a role) goes through it, so that a new
// kind is added to Catalog.OwnedObjects once and every such loop sees it.
//
// Columns, constraints, indexes, triggers and policies are not Owned: they are
// named within their table and owned with it. Extensions are not either: the model
// does not record their owner.
type Owned interface {
	// Ident is the object's kind and qualified name, as dependency edges and
	// changes name it.
	Ident() ObjectID
	// OwnerName is the owning role, empty when owners are not compared or the
	// object has none.
	OwnerName() string
	// SetOwnerName makes role the owner ("" for none).
	SetOwnerName(role string)
}

func (s *Schema) Ident() ObjectID {
	return ObjectID{Kind: KindSchema, Name: QName{Name: s.Name}}
}
func (c *Collation) Ident() ObjectID     { return ObjectID{Kind: KindCollation, Name: c.Name} }
func (e *Enum) Ident() ObjectID          { return ObjectID{Kind: KindType, Name: e.Name} }
func (d *Domain) Ident() ObjectID        { return ObjectID{Kind: KindType, Name: d.Name} }
func (t *CompositeType) Ident() ObjectID { return ObjectID{Kind: KindType, Name: t.Name} }
func (r *RangeType) Ident() ObjectID     { return ObjectID{Kind: KindType, Name: r.Name} }
func (f *Function) Ident() ObjectID      { return FunctionID(f.Name, f.Arguments) }
func (s *Sequence) Ident() ObjectID      { return ObjectID{Kind: KindSequence, Name: s.Name} }
func (t *Table) Ident() ObjectID         { return ObjectID{Kind: KindTable, Name: t.Name} }
func (v *View) Ident() ObjectID          { return ObjectID{Kind: KindView, Name: v.Name} }
func (o *Object) Ident() ObjectID        { return o.ID }

func (s *Schema) OwnerName() string        { return s.Owner }
func (c *Collation) OwnerName() string     { return c.Owner }
func (e *Enum) OwnerName() string          { return e.Owner }
func (d *Domain) OwnerName() string        { return d.Owner }
func (t *CompositeType) OwnerName() string { return t.Owner }
func (r *RangeType) OwnerName() string     { return r.Owner }
func (f *Function) OwnerName() string      { return f.Owner }
func (s *Sequence) OwnerName() string      { return s.Owner }
func (t *Table) OwnerName() string         { return t.Owner }
func (v *View) OwnerName() string          { return v.Owner }
func (o *Object) OwnerName() string        { return o.Owner }

func (s *Schema) SetOwnerName(role string)        { s.Owner = role }
func (c *Collation) SetOwnerName(role string)     { c.Owner = role }
func (e *Enum) SetOwnerName(role string)          { e.Owner = role }
func (d *Domain) SetOwnerName(role string)        { d.Owner = role }
func (t *CompositeType) SetOwnerName(role string) { t.Owner = role }
func (r *RangeType) SetOwnerName(role string)     { r.Owner = role }
func (f *Function) SetOwnerName(role string)      { f.Owner = role }
func (s *Sequence) SetOwnerName(role string)      { s.Owner = role }
func (t *Table) SetOwnerName(role string)         { t.Owner = role }
func (v *View) SetOwnerName(role string)          { v.Owner = role }
func (o *Object) SetOwnerName(role string)        { o.Owner = role }

// OwnedObjects returns every Owned object of the catalog, by kind (schemas,
// collations, enums, domains, composite and range types, functions, sequences,
// tables, views, then the objects compared as a whole), and within a kind in the
// order of its names (SchemaNames, ..., FunctionSignatures, ObjectIDs). The order
// is stable: the differ plans owner changes in it.
func (c *Catalog) OwnedObjects() []Owned {
	var out []Owned
	for _, k := range c.ownedKinds() {
		out = k.appendSorted(out)
	}
	return out
}

// ownedKinds lists the catalog's maps of Owned objects, in OwnedObjects' order. It is
// the one place that knows them all: a kind added to the catalog is added here.
func (c *Catalog) ownedKinds() []ownedKind {
	return []ownedKind{
		byName(c.Schemas),
		byQName(c.Collations),
		byQName(c.Enums),
		byQName(c.Domains),
		byQName(c.Composites),
		byQName(c.Ranges),
		byName(c.Functions),
		byQName(c.Sequences),
		byQName(c.Tables),
		byQName(c.Views),
		ownedMap[ObjectID, *Object]{c.Objects, ObjectID.Less},
	}
}

// ownedKind is one of the catalog's maps of Owned objects.
type ownedKind interface {
	// appendSorted appends the objects to out in the order of their keys.
	appendSorted(out []Owned) []Owned
	// deleteIf removes the objects for which drop returns true.
	deleteIf(drop func(Owned) bool)
}

// ownedMap is a map of Owned objects with the order of its keys.
type ownedMap[K comparable, V Owned] struct {
	m    map[K]V
	less func(a, b K) bool
}

func byName[V Owned](m map[string]V) ownedKind {
	return ownedMap[string, V]{m, func(a, b string) bool { return a < b }}
}

func byQName[V Owned](m map[QName]V) ownedKind { return ownedMap[QName, V]{m, QName.Less} }

func (o ownedMap[K, V]) appendSorted(out []Owned) []Owned {
	for _, k := range sortedKeysBy(o.m, o.less) {
		out = append(out, o.m[k])
	}
	return out
}

func (o ownedMap[K, V]) deleteIf(drop func(Owned) bool) {
	for k, v := range o.m {
		if drop(v) {
			delete(o.m, k)
		}
	}
}

// Put adds o to the catalog under its key, in place of an object with the
// same key.
func (c *Catalog) Put(o Owned) {
	switch o := o.(type) {
	case *Schema:
		c.Schemas[o.Name] = o
	case *Collation:
		c.Collations[o.Name] = o
	case *Enum:
		c.Enums[o.Name] = o
	case *Domain:
		c.Domains[o.Name] = o
	case *CompositeType:
		c.Composites[o.Name] = o
	case *RangeType:
		c.Ranges[o.Name] = o
	case *Function:
		c.Functions[o.Signature()] = o
	case *Sequence:
		c.Sequences[o.Name] = o
	case *Table:
		c.Tables[o.Name] = o
	case *View:
		c.Views[o.Name] = o
	case *Object:
		c.Objects[o.ID] = o
	}
}
