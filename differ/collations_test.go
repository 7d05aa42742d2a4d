package differ

import (
	"errors"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestCollationChangeInUse: a collation whose definition changes while a column uses
// it is refused, naming the column; unused, it is dropped and created again.
func TestCollationChangeInUse(t *testing.T) {
	name := model.QName{Schema: "public", Name: "ci"}
	catalog := func(locale string, used bool) *model.Catalog {
		c := model.NewCatalog()
		c.Collations[name] = &model.Collation{Name: name, Provider: "icu", Locale: locale}
		if used {
			c.Dependencies = []model.Dependency{{
				From: model.ObjectID{Kind: model.KindColumn, Name: model.QName{Schema: "public", Name: "t"}, Member: "a"},
				To:   collationObject(name),
			}}
		}
		return c
	}
	_, err := Diff(catalog("de", true), catalog("sv", true))
	var unsupported *UnsupportedError
	if !errors.As(err, &unsupported) || !strings.Contains(err.Error(), "column public.t.a") {
		t.Errorf("in use: got error %v, want an UnsupportedError naming column public.t.a", err)
	}
	changes, err := Diff(catalog("de", false), catalog("sv", false))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range changes {
		got = append(got, Describe(c))
	}
	if want := "drop collation public.ci; create collation public.ci"; strings.Join(got, "; ") != want {
		t.Errorf("unused: got %q, want %q", strings.Join(got, "; "), want)
	}
}
