package model

import (
	"reflect"
	"slices"
	"testing"
)

// ownedCatalog holds one object of every Owned kind, and an extension.
func ownedCatalog() *Catalog {
	c := NewCatalog()
	c.Schemas["app"] = &Schema{Name: "app", Owner: "o1"}
	c.Extensions["hstore"] = &Extension{Name: "hstore", Schema: "app"}
	c.Collations[QName{"app", "c"}] = &Collation{Name: QName{"app", "c"}}
	c.Enums[QName{"app", "e"}] = &Enum{Name: QName{"app", "e"}}
	c.Domains[QName{"app", "d"}] = &Domain{Name: QName{"app", "d"}}
	c.Composites[QName{"app", "ct"}] = &CompositeType{Name: QName{"app", "ct"}}
	c.Ranges[QName{"app", "r"}] = &RangeType{Name: QName{"app", "r"}}
	f := &Function{Name: QName{"app", "Add"}, Arguments: "a integer, b integer"}
	c.Functions[f.Signature()] = f
	c.Sequences[QName{"app", "s"}] = &Sequence{Name: QName{"app", "s"}}
	c.Tables[QName{"app", "t"}] = &Table{Name: QName{"app", "t"}, Owner: "o2"}
	c.Views[QName{"app", "v"}] = &View{Name: QName{"app", "v"}}
	agg := ObjectID{Kind: KindAggregate, Name: QName{"app", "total(integer)"}}
	c.Objects[agg] = &Object{ID: agg}
	return c
}

// TestOwnedObjects: every Owned kind, in the documented order, each saying its
// identity and owner.
func TestOwnedObjects(t *testing.T) {
	var got []string
	for _, o := range ownedCatalog().OwnedObjects() {
		got = append(got, o.Ident().String()+" owner "+o.OwnerName())
	}
	want := []string{
		"schema app owner o1",
		"collation app.c owner ",
		"type app.e owner ",
		"type app.d owner ",
		"type app.ct owner ",
		"type app.r owner ",
		`function app.Add(a integer, b integer) owner `,
		"sequence app.s owner ",
		"table app.t owner o2",
		"view app.v owner ",
		"aggregate app.total(integer) owner ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestOwnedKindsComplete: every map of the catalog whose values are Owned is
// listed by OwnedObjects, so a kind added to Catalog is not forgotten by the loops
// that go through them.
func TestOwnedKindsComplete(t *testing.T) {
	owned := reflect.TypeFor[Owned]()
	c := ownedCatalog()
	listed := map[reflect.Type]bool{}
	for _, o := range c.OwnedObjects() {
		listed[reflect.TypeOf(o)] = true
	}
	ct := reflect.TypeFor[Catalog]()
	for i := range ct.NumField() {
		f := ct.Field(i)
		if f.Type.Kind() != reflect.Map || !f.Type.Elem().Implements(owned) {
			continue
		}
		if reflect.ValueOf(c).Elem().Field(i).Len() == 0 {
			t.Errorf("ownedCatalog has no %s: add one", f.Name)
		}
		if !listed[f.Type.Elem()] {
			t.Errorf("Catalog.%s holds Owned objects that OwnedObjects does not list: add it to ownedKinds", f.Name)
		}
	}
}

// TestSetOwnerName: the setter changes what OwnerName reads.
func TestSetOwnerName(t *testing.T) {
	for _, o := range ownedCatalog().OwnedObjects() {
		o.SetOwnerName("x")
		if got := o.OwnerName(); got != "x" {
			t.Errorf("%s: owner %q after SetOwnerName(\"x\")", o.Ident(), got)
		}
	}
}

// TestKeep: owned objects are asked about by their identity, with their members'
// dependencies; extensions and whole objects stay.
func TestKeep(t *testing.T) {
	c := ownedCatalog()
	tbl := ObjectID{Kind: KindTable, Name: QName{"app", "t"}}
	fn := FunctionID(QName{"app", "Add"}, "a integer, b integer")
	col := ObjectID{Kind: KindColumn, Name: tbl.Name, Member: "x"}
	c.Dependencies = []Dependency{
		{From: col, To: ObjectID{Kind: KindType, Name: QName{"app", "e"}}},
		{From: ObjectID{Kind: KindView, Name: QName{"app", "v"}}, To: fn},
		{From: ObjectID{Kind: KindView, Name: QName{"app", "v"}}, To: ObjectID{Kind: KindSequence, Name: QName{"app", "s"}}},
	}
	var asked []ObjectID
	c.Keep(func(id ObjectID) bool {
		asked = append(asked, id)
		return id != tbl && id != fn
	})
	if !slices.Contains(asked, fn) || !slices.Contains(asked, tbl) {
		t.Errorf("Keep asked about %v, not about %v and %v", asked, tbl, fn)
	}
	if c.Tables[tbl.Name] != nil || len(c.Functions) != 0 {
		t.Errorf("table or function kept: %v %v", c.Tables, c.Functions)
	}
	if len(c.Extensions) != 1 || len(c.Objects) != 1 || len(c.Views) != 1 {
		t.Errorf("extensions %v, objects %v, views %v: want one each", c.Extensions, c.Objects, c.Views)
	}
	if len(c.Dependencies) != 1 || c.Dependencies[0].To.Kind != KindSequence {
		t.Errorf("dependencies %v: want only the view's on the sequence", c.Dependencies)
	}
}
