package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

func TestCollations(t *testing.T) {
	cat := inspect(t, `CREATE SCHEMA s;
		CREATE COLLATION s."Num" (provider = icu, locale = 'en-u-kn-true');
		CREATE COLLATION nd (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
		CREATE COLLATION posix FROM "POSIX";
		CREATE COLLATION mixed (lc_collate = 'C', lc_ctype = 'POSIX');
		COMMENT ON COLLATION posix IS 'bytes';
		CREATE TABLE t (a text COLLATE s."Num")`, Options{})
	want := map[model.QName]*model.Collation{
		qname("s", "Num"):     {Name: qname("s", "Num"), Provider: "icu", Locale: "en-u-kn-true", Deterministic: true},
		qname("public", "nd"): {Name: qname("public", "nd"), Provider: "icu", Locale: "und-u-ks-level2"},
		qname("public", "posix"): {Name: qname("public", "posix"), Provider: "libc", LcCollate: "POSIX", LcCtype: "POSIX",
			Deterministic: true, Comment: "bytes"},
		qname("public", "mixed"): {Name: qname("public", "mixed"), Provider: "libc", LcCollate: "C", LcCtype: "POSIX", Deterministic: true},
	}
	if !reflect.DeepEqual(cat.Collations, want) {
		t.Errorf("collations:\ngot  %s\nwant %s", show(cat.Collations), show(want))
	}
	// The column depends on its collation, for the order of changes.
	dep := model.Dependency{
		From: model.ObjectID{Kind: model.KindColumn, Name: qname("public", "t"), Member: "a"},
		To:   model.ObjectID{Kind: model.KindCollation, Name: qname("s", "Num")},
	}
	found := false
	for _, d := range cat.Dependencies {
		found = found || d == dep
	}
	if !found {
		t.Errorf("no dependency %v in %v", dep, cat.Dependencies)
	}
}
