package parser

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParseFiles parses generated schemas of n tables, each with a serial key, a
// foreign key to the previous table, a check and an index, spread over ten files
// listed in reverse dependency order. (BenchmarkParseGenerated, in the planner,
// parses the shared generator's schemas, which have more kinds of objects.)
func BenchmarkParseFiles(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		files := map[string]string{}
		per := n / 10
		for f := 0; f < 10; f++ {
			var sb strings.Builder
			for i := f * per; i < (f+1)*per; i++ {
				fmt.Fprintf(&sb, "CREATE TABLE t%d (id serial PRIMARY KEY, prev int REFERENCES t%d, n int CHECK (n > 0), label text NOT NULL DEFAULT '');\n", i, (i+n-1)%n)
				fmt.Fprintf(&sb, "CREATE INDEX ON t%d (label);\n", i)
			}
			files[fmt.Sprintf("f%02d.sql", 9-f)] = sb.String()
		}
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseFiles(files); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
