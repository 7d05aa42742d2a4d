package planner

import (
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestStripKeepsWhatUsersStandOn: a table held for its users keeps its
// columns, keys and unique indexes; a plain one loses its checks, other
// indexes, comments and privileges, with the dependencies of what it
// loses; a parent of inheritance keeps its checks and indexes, which its
// children share.
func TestStripKeepsWhatUsersStandOn(t *testing.T) {
	c := model.NewCatalog()
	table := func(name string) *model.Table {
		q := model.QName{Schema: "public", Name: name}
		t := &model.Table{Name: q, Comment: "a table",
			Columns: []*model.Column{{Name: "id", Type: "integer", Comment: "the key"}},
			Constraints: []*model.Constraint{
				{Name: name + "_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, Comment: "pk"},
				{Name: name + "_id_check", Kind: model.Check, Definition: "CHECK ((id > 0))"},
			},
			Indexes: []*model.Index{
				{Name: name + "_u", Unique: true, Definition: "CREATE UNIQUE INDEX ..."},
				{Name: name + "_i", Definition: "CREATE INDEX ..."},
			},
			Privileges: []model.Privilege{{}},
		}
		c.Tables[q] = t
		return t
	}
	plain, parent, child := table("plain"), table("parent"), table("child")
	child.Inherits = []model.QName{parent.Name}
	fn := model.ObjectID{Kind: model.KindFunction, Name: model.QName{Schema: "public", Name: "f"}}
	c.Dependencies = []model.Dependency{
		{From: model.ObjectID{Kind: model.KindConstraint, Name: plain.Name, Member: "plain_id_check"}, To: fn},
		{From: model.ObjectID{Kind: model.KindIndex, Name: model.QName{Schema: "public", Name: "plain_i"}}, To: fn},
		{From: model.ObjectID{Kind: model.KindConstraint, Name: parent.Name, Member: "parent_id_check"}, To: fn},
	}
	strip(c, map[model.ObjectID]bool{})
	if len(plain.Constraints) != 1 || plain.Constraints[0].Kind != model.PrimaryKey || len(plain.Indexes) != 1 || !plain.Indexes[0].Unique {
		t.Errorf("plain table stripped to %+v, %+v", plain.Constraints, plain.Indexes)
	}
	if plain.Comment != "" || plain.Columns[0].Comment != "" || plain.Constraints[0].Comment != "" || plain.Privileges != nil {
		t.Error("plain table keeps comments or privileges")
	}
	for _, kept := range []*model.Table{parent, child} {
		if len(kept.Constraints) != 2 || len(kept.Indexes) != 2 {
			t.Errorf("%s stripped to %+v, %+v", kept.Name, kept.Constraints, kept.Indexes)
		}
	}
	if len(c.Dependencies) != 1 || c.Dependencies[0].From.Name != parent.Name {
		t.Errorf("dependencies left: %+v", c.Dependencies)
	}
}

// TestChangedEdges: the objects with an edge only one of two states has,
// whatever the order of either list and edges listed twice.
func TestChangedEdges(t *testing.T) {
	id := func(name string) model.ObjectID {
		return model.ObjectID{Kind: model.KindView, Name: model.QName{Schema: "public", Name: name}}
	}
	a, b := model.NewCatalog(), model.NewCatalog()
	a.Dependencies = []model.Dependency{{From: id("v"), To: id("w")}, {From: id("u"), To: id("w")}, {From: id("u"), To: id("w")}, {From: id("x"), To: id("w")}}
	b.Dependencies = []model.Dependency{{From: id("x"), To: id("w")}, {From: id("y"), To: id("w")}, {From: id("u"), To: id("w")}}
	got := changedEdges(a, b)
	if len(got) != 2 || !got[id("v")] || !got[id("y")] {
		t.Errorf("changed: %v, want v and y", got)
	}
}
