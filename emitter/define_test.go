package emitter

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// Whether a materialized view is populated is not part of its definition: a
// database where it was refreshed and one where it was not define it alike (no
// false drift), and a plan still creates it WITH NO DATA when so declared.
func TestDefineLeavesPopulatedStateOut(t *testing.T) {
	catalog := func(noData bool) *model.Catalog {
		c := model.NewCatalog()
		c.Schemas["public"] = &model.Schema{Name: "public"}
		name := model.QName{Schema: "public", Name: "totals"}
		c.Views[name] = &model.View{Name: name, Materialized: true, Query: " SELECT 1 AS x;", Columns: []string{"x"}, NoData: noData}
		return c
	}
	base := model.NewCatalog()
	base.Schemas["public"] = &model.Schema{Name: "public"}
	unpopulated, err := Define(base, catalog(true))
	if err != nil {
		t.Fatal(err)
	}
	refreshed, err := Define(base, catalog(false))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(unpopulated, refreshed) || len(refreshed) != 1 || strings.Contains(refreshed[0].SQL, "NO DATA") {
		t.Errorf("definitions differ by populated state:\n%v\n%v", unpopulated, refreshed)
	}
	c := catalog(true)
	if _, err := Define(base, c); err != nil || !c.Views[model.QName{Schema: "public", Name: "totals"}].NoData {
		t.Errorf("Define changed its catalog (%v)", err)
	}
}
