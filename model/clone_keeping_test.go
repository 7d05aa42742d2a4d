package model

import (
	"reflect"
	"testing"
)

func twoTables() *Catalog {
	c := NewCatalog()
	c.Schemas["app"] = &Schema{Name: "app"}
	for _, n := range []string{"a", "b"} {
		q := QName{Schema: "app", Name: n}
		c.Tables[q] = &Table{Name: q, Columns: []*Column{{Name: "id", Type: "integer"}}}
		c.Dependencies = append(c.Dependencies, Dependency{
			From: ObjectID{Kind: KindTable, Name: q},
			To:   ObjectID{Kind: KindSchema, Name: QName{Name: "app"}},
		})
	}
	return c
}

func TestCloneKeepingIsCloneThenKeep(t *testing.T) {
	keep := func(id ObjectID) bool { return id.Name.Name != "b" }
	want := twoTables().Clone()
	want.Keep(keep)
	c := twoTables()
	got := c.CloneKeeping(keep)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("CloneKeeping: %+v, want %+v", got, want)
	}
	got.Tables[QName{Schema: "app", Name: "a"}].Columns[0].Type = "bigint"
	if c.Tables[QName{Schema: "app", Name: "a"}].Columns[0].Type != "integer" || len(c.Tables) != 2 || len(c.Dependencies) != 2 {
		t.Error("CloneKeeping changed the catalog it copied")
	}
}

func TestShallowCopySharesObjectsOnly(t *testing.T) {
	c := twoTables()
	s := c.ShallowCopy()
	a := QName{Schema: "app", Name: "a"}
	if s.Tables[a] != c.Tables[a] {
		t.Error("the copy does not share the tables")
	}
	s.Keep(func(id ObjectID) bool { return id.Name.Name != "b" })
	delete(s.Schemas, "app")
	if len(c.Tables) != 2 || len(c.Schemas) != 1 || len(c.Dependencies) != 2 {
		t.Errorf("removing from the copy changed the original: %d tables, %d schemas, %d edges", len(c.Tables), len(c.Schemas), len(c.Dependencies))
	}
}
