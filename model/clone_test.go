package model_test

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// A cloned catalog equals its original, nil and empty alike, and shares
// nothing with it: changing the copy leaves the original as it was.
func TestClone(t *testing.T) {
	orders := model.QName{Schema: "public", Name: "orders"}
	parent := model.QName{Schema: "public", Name: "events"}
	c := model.NewCatalog()
	c.Schemas["public"] = &model.Schema{Name: "public", Owner: "app"}
	c.Tables[orders] = &model.Table{
		Name:    orders,
		Columns: []*model.Column{{Name: "id", Type: "bigint", NotNull: true}},
		Indexes: []*model.Index{{Name: "orders_id_idx", Definition: "CREATE INDEX ..."}},
		Options: []string{}, // empty, not nil
		Owner:   "app",
		Stats:   &model.TableStats{Rows: 10, Bytes: 8192},
	}
	c.Tables[parent] = &model.Table{Name: parent, PartitionKey: "RANGE (at)"}
	c.Tables[model.QName{Schema: "public", Name: "events_2024"}] = &model.Table{PartitionOf: &parent}
	c.DefaultPrivileges = []model.DefaultPrivilege{{Role: "app", Schema: "public"}}
	c.Role, c.ServerVersion = "app", 150004

	copied := c.Clone()
	if !reflect.DeepEqual(copied, c) {
		t.Fatalf("copy differs from the original:\n got  %+v\n want %+v", copied, c)
	}
	if copied.Tables[orders].Options == nil {
		t.Errorf("an empty slice was copied as nil")
	}
	copied.Keep(func(id model.ObjectID) bool { return id.Kind != model.KindTable || id.Name != parent })
	copied.Tables[orders].Columns[0].Name = "changed"
	copied.Tables[orders].Stats.Rows = 0
	*copied.Tables[model.QName{Schema: "public", Name: "events_2024"}].PartitionOf = orders
	copied.Tables[orders].Owner = "other"
	copied.DefaultPrivileges[0].Role = "other"
	if c.Tables[parent] == nil || c.Tables[orders].Columns[0].Name != "id" || c.Tables[orders].Stats.Rows != 10 ||
		*c.Tables[model.QName{Schema: "public", Name: "events_2024"}].PartitionOf != parent ||
		c.Tables[orders].Owner != "app" || c.DefaultPrivileges[0].Role != "app" {
		t.Errorf("changing the copy changed the original: %+v", c.Tables)
	}
}
