package synthetic

import (
	"fmt"

	"github.com/pgshape/pgshape/model"
)

// Catalog returns a catalog of n tables in schema public (8 columns, a primary
// key, a check, a foreign key to the table before, two indexes each). Changed
// gives the next version of it: 2% of the tables gained a column and 1% more
// tables are new.
func Catalog(n int, changed bool) *model.Catalog {
	c := model.NewCatalog()
	c.Schemas["public"] = &model.Schema{Name: "public"}
	tables := n
	if changed {
		tables += n / 100
	}
	for i := range tables {
		name := model.QName{Schema: "public", Name: fmt.Sprintf("t%05d", i)}
		t := &model.Table{Name: name}
		for j := range 8 {
			t.Columns = append(t.Columns, &model.Column{Name: fmt.Sprintf("c%d", j), Type: "integer", NotNull: j == 0})
		}
		if changed && i%50 == 0 {
			t.Columns = append(t.Columns, &model.Column{Name: "added", Type: "text"})
		}
		t.Constraints = append(t.Constraints,
			&model.Constraint{Name: name.Name + "_pkey", Kind: model.PrimaryKey, Definition: "PRIMARY KEY (c0)", Columns: []string{"c0"}},
			&model.Constraint{Name: name.Name + "_c1_check", Kind: model.Check, Definition: "CHECK ((c1 > 0))", Columns: []string{"c1"}})
		if i > 0 {
			ref := model.QName{Schema: "public", Name: fmt.Sprintf("t%05d", i-1)}
			t.Constraints = append(t.Constraints, &model.Constraint{Name: name.Name + "_c2_fkey", Kind: model.ForeignKey,
				Definition: "FOREIGN KEY (c2) REFERENCES " + ref.String() + "(c0)", Columns: []string{"c2"}, References: ref, ReferencedColumns: []string{"c0"}})
		}
		for j := 3; j < 5; j++ {
			idx := fmt.Sprintf("%s_c%d_idx", name.Name, j)
			t.Indexes = append(t.Indexes, &model.Index{Name: idx, Definition: fmt.Sprintf("CREATE INDEX %s ON %s USING btree (c%d)", idx, name, j)})
		}
		c.Tables[name] = t
	}
	return c
}
