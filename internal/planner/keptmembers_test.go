package planner

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/progress"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// parentAndChild are two states of tables parent and child, child's foreign
// key referencing parent's key: the current one, and the desired one with
// parent changed by change. The foreign key depends on the key's column
// and index, as PostgreSQL's pg_depend says.
func parentAndChild(change func(parent *model.Table)) (current, desired *model.Catalog) {
	state := func() *model.Catalog {
		c := model.NewCatalog()
		c.Schemas["public"] = &model.Schema{Name: "public"}
		parent := model.QName{Schema: "public", Name: "parent"}
		child := model.QName{Schema: "public", Name: "child"}
		c.Tables[parent] = &model.Table{Name: parent,
			Columns:     []*model.Column{{Name: "id", Type: "integer", NotNull: true}},
			Constraints: []*model.Constraint{{Name: "parent_pkey", Kind: model.PrimaryKey, Definition: "PRIMARY KEY (id)", Columns: []string{"id"}}},
		}
		c.Tables[child] = &model.Table{Name: child,
			Columns: []*model.Column{{Name: "parent_id", Type: "integer"}},
			Constraints: []*model.Constraint{{Name: "child_parent_id_fkey", Kind: model.ForeignKey,
				Definition: "FOREIGN KEY (parent_id) REFERENCES public.parent(id)", Columns: []string{"parent_id"},
				References: parent, ReferencedColumns: []string{"id"}}},
		}
		fk := model.ObjectID{Kind: model.KindConstraint, Name: child, Member: "child_parent_id_fkey"}
		c.Dependencies = []model.Dependency{
			{From: fk, To: model.ObjectID{Kind: model.KindColumn, Name: parent, Member: "id"}},
			{From: fk, To: model.ObjectID{Kind: model.KindConstraint, Name: parent, Member: "parent_pkey"}},
		}
		return c
	}
	current, desired = state(), state()
	change(desired.Tables[model.QName{Schema: "public", Name: "parent"}])
	return current, desired
}

// TestPartLeavesOutWhatKeptMembersServe: a column added to a table leaves
// the foreign keys referencing its key alone, so the current state's part
// holds the referencing table stripped; a key renamed rebuilds them, so the
// part holds it whole. Either way the part covers the plan.
func TestPartLeavesOutWhatKeptMembersServe(t *testing.T) {
	child := model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: "child"}}
	for _, c := range []struct {
		name      string
		change    func(*model.Table)
		childFull bool
	}{
		{"column added", func(p *model.Table) {
			p.Columns = append(p.Columns, &model.Column{Name: "note", Type: "text"})
		}, false},
		{"key renamed", func(p *model.Table) { p.Constraints[0].Name = "parent_key" }, true},
		{"key column retyped", func(p *model.Table) { p.Columns[0].Type = "bigint" }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			current, desired := parentAndChild(c.change)
			part, ok := planPart(current, desired, nil, false, true)
			if !ok {
				t.Fatal("no part")
			}
			if part.full[child] != c.childFull {
				t.Errorf("child held whole: %v, want %v", part.full[child], c.childFull)
			}
			changes, err := differ.Diff(current, desired)
			if err != nil {
				t.Fatal(err)
			}
			if !part.covers(changes, current, desired) {
				t.Errorf("the part does not cover the plan")
			}
		})
	}
}

// TestCoversSeesWhatThePartLacks: a part without the table whose foreign
// key a plan rebuilds does not cover the plan.
func TestCoversSeesWhatThePartLacks(t *testing.T) {
	current, desired := parentAndChild(func(p *model.Table) { p.Constraints[0].Name = "parent_key" })
	changes, err := differ.Diff(current, desired)
	if err != nil {
		t.Fatal(err)
	}
	parent := model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: "parent"}}
	child := model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: "child"}}
	part := &currentPart{full: map[model.ObjectID]bool{parent: true}, held: map[model.ObjectID]bool{parent: true, child: true}}
	if part.covers(changes, current, desired) {
		t.Error("a part with the child stripped covers a plan that rebuilds its foreign key")
	}
	part.full[child] = true
	if !part.covers(changes, current, desired) {
		t.Error("a part with both tables whole does not cover the plan")
	}
}

// TestPlanAgainWhole: when the current state's part lacks what the plan
// touches, Plan plans again with all of the current state, and the plan
// is the one made whole.
func TestPlanAgainWhole(t *testing.T) {
	cur := pgtest.NewDatabase(t)
	pgtest.Exec(t, cur, `CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent);
CREATE TABLE other (id int);`)
	schemaDir := t.TempDir()
	desired := `CREATE TABLE parent (id int CONSTRAINT parent_key PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent);
CREATE TABLE other (id int);`
	if err := os.WriteFile(filepath.Join(schemaDir, "schema.sql"), []byte(desired), 0o644); err != nil {
		t.Fatal(err)
	}
	child := model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: "child"}}
	plan := func(opts Options) (string, []progress.Timing) {
		opts.DevURL = pgtest.Server().ConnString("postgres")
		opts.Progress = progress.New()
		r, err := Plan(context.Background(), opts, URLSource(cur), SchemaSource(schemaDir))
		if err != nil {
			t.Fatal(err)
		}
		return r.Plan.SQL(), opts.Progress.Timings()
	}
	shrunk := false
	got, timings := plan(Options{checkParts: true, shrinkPart: func(p *currentPart) {
		shrunk = p.full[child]
		delete(p.full, child)
	}})
	if !shrunk {
		t.Fatal("the part did not hold the child table whole: nothing to take out")
	}
	again := false
	for _, p := range timings {
		again = again || p.Name == planAgainWhole
	}
	if !again {
		t.Error("Plan did not plan again")
	}
	if want, _ := plan(Options{wholeCurrent: true}); got != want {
		t.Errorf("planned again:\n%s\nwhole:\n%s", got, want)
	}
}
