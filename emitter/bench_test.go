package emitter

import (
	"fmt"
	"testing"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/internal/synthetic"
	"github.com/pgshape/pgshape/model"
)

// BenchmarkEmit emits the SQL of the changes between two generated catalogs
// of n tables (synthetic.Catalog: 2% of the tables changed, 1% new), as plan
// does, and of every object of the larger one created from nothing, as the
// rebuild of a state into a scratch database does.
func BenchmarkEmit(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		from, to := synthetic.Catalog(n, false), synthetic.Catalog(n, true)
		empty := model.NewCatalog()
		empty.Schemas["public"] = &model.Schema{Name: "public"}
		for _, c := range []struct {
			name     string
			from, to *model.Catalog
		}{{"changes", from, to}, {"rebuild", empty, to}} {
			changes, err := differ.Diff(c.from, c.to)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/tables=%d", c.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if Emit(changes).Empty() {
						b.Fatal("nothing emitted")
					}
				}
			})
		}
	}
}
