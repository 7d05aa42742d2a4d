package differ

import (
	"fmt"
	"testing"

	"github.com/pgshape/pgshape/internal/synthetic"
)

// BenchmarkDiff diffs two generated catalogs of n tables each (8 columns, a primary
// key, a foreign key, a check and two indexes per table) where 2% of the tables gained
// a column and 1% are new (synthetic.Catalog).
func BenchmarkDiff(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		from, to := synthetic.Catalog(n, false), synthetic.Catalog(n, true)
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Diff(from, to); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
