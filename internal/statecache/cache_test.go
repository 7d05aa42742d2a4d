package statecache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/pgshape/pgshape/model"
)

func sampleCatalog() *model.Catalog {
	c := model.NewCatalog()
	c.Schemas["app"] = &model.Schema{Name: "app", Owner: "owner"}
	name := model.QName{Schema: "app", Name: "users"}
	c.Tables[name] = &model.Table{Name: name, Columns: []*model.Column{{Name: "id", Type: "bigint", NotNull: true}}}
	c.Dependencies = []model.Dependency{{
		From: model.ObjectID{Kind: model.KindTable, Name: name},
		To:   model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: "app"}},
	}}
	c.Role, c.ServerVersion = "postgres", 150004
	return c
}

// name is the entry name of a test key made of part, in family "f".
func name(part string) Name {
	k := NewKey("test")
	k.Add(part)
	return Name{Family: "f", Key: k.String()}
}

func sampleEntry() *Entry {
	return &Entry{Catalog: sampleCatalog(), Statements: []Statement{
		{Hash: StatementHash("CREATE TABLE", "CREATE TABLE app.users (id bigint)"), Objects: []string{"rapp\x00users"}},
	}}
}

func TestPutGet(t *testing.T) {
	c := Cache{Dir: filepath.Join(t.TempDir(), "made")}
	want := sampleEntry()
	key := name("statement one")
	if _, ok := c.Get(key); ok {
		t.Fatal("hit in an empty cache")
	}
	if err := c.Put(key, want); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(key)
	if !ok {
		t.Fatal("miss after Put")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back %+v, want %+v", got, want)
	}
	if _, ok := c.Get(name("statement two")); ok {
		t.Error("hit for another key")
	}
}

func TestLatestOfAFamily(t *testing.T) {
	c := Cache{Dir: t.TempDir()}
	if _, _, ok := c.Latest("f"); ok {
		t.Fatal("latest of an empty cache")
	}
	older, newer := name("one"), name("two")
	other := Name{Family: "g", Key: name("three").Key}
	for i, n := range []Name{older, newer, other} {
		e := sampleEntry()
		e.Catalog.Role = n.Key
		if err := c.Put(n, e); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(time.Duration(i-3) * time.Hour)
		if err := os.Chtimes(c.path(n), when, when); err != nil {
			t.Fatal(err)
		}
	}
	got, gotName, ok := c.Latest("f")
	if !ok || got.Catalog.Role != newer.Key || gotName != newer {
		t.Errorf("latest of family f: %v %v %v, want the entry put last in it, %v", ok, gotName, got, newer)
	}
}

func TestKeyParts(t *testing.T) {
	a, b := NewKey("k"), NewKey("k")
	a.Add("ab", "c")
	b.Add("a", "bc")
	if a.String() == b.String() {
		t.Error("parts split differently make the same key")
	}
	c, d := NewKey("k"), NewKey("k")
	c.Add("x")
	d.Add("x")
	if c.String() != d.String() {
		t.Error("the same parts make different keys")
	}
}

func TestDamagedEntryIsAMiss(t *testing.T) {
	c := Cache{Dir: t.TempDir()}
	key := name("")
	if err := c.Put(key, sampleEntry()); err != nil {
		t.Fatal(err)
	}
	path := c.path(key)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(key); ok {
		t.Fatal("hit on an entry cut short")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the damaged entry is still there: %v", err)
	}
}

func TestPruneKeepsTheMostRecentlyUsed(t *testing.T) {
	c := Cache{Dir: t.TempDir()}
	put := func(part string, age time.Duration) Name {
		k := name(part)
		if err := c.Put(k, sampleEntry()); err != nil {
			t.Fatal(err)
		}
		// Modification times an hour apart: the order does not depend on
		// the file system's clock resolution.
		when := time.Now().Add(-age)
		if err := os.Chtimes(c.path(k), when, when); err != nil {
			t.Fatal(err)
		}
		return k
	}
	var keys []Name
	for i := range keep {
		keys = append(keys, put(string(rune('a'+i)), time.Duration(100-i)*time.Hour))
	}
	// The oldest entry used again: it stays, the next oldest go.
	if _, ok := c.Get(keys[0]); !ok {
		t.Fatal("oldest entry gone before the cache was full")
	}
	var newer []Name
	for i := range 3 {
		newer = append(newer, put(string(rune('A'+i)), time.Duration(3-i)*time.Minute))
	}
	entries, err := filepath.Glob(filepath.Join(c.Dir, "*"+suffix))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != keep {
		t.Errorf("%d entries kept, want %d", len(entries), keep)
	}
	for _, k := range append([]Name{keys[0]}, newer[:2]...) {
		if _, err := os.Stat(c.path(k)); err != nil {
			t.Errorf("a recently used entry was removed: %v", err)
		}
	}
	for _, k := range keys[1:3] {
		if _, err := os.Stat(c.path(k)); err == nil {
			t.Errorf("entry %s, among the least recently used, was kept", k.Key[:8])
		}
	}
}

func TestNoDirectoryKeepsNothing(t *testing.T) {
	var c Cache
	if err := c.Put(name("k"), sampleEntry()); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(name("k")); ok {
		t.Error("hit without a directory")
	}
	if _, _, ok := c.Latest("f"); ok {
		t.Error("hit without a directory")
	}
}
