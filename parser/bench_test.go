package parser

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParseFiles parses a generated schema of 1,000 tables, each with a serial
// key, a foreign key to the previous table, a check and an index, spread over ten
// files listed in reverse dependency order.
func BenchmarkParseFiles(b *testing.B) {
	files := map[string]string{}
	for f := 0; f < 10; f++ {
		var sb strings.Builder
		for i := f * 100; i < (f+1)*100; i++ {
			fmt.Fprintf(&sb, "CREATE TABLE t%d (id serial PRIMARY KEY, prev int REFERENCES t%d, n int CHECK (n > 0), label text NOT NULL DEFAULT '');\n", i, (i+999)%1000)
			fmt.Fprintf(&sb, "CREATE INDEX ON t%d (label);\n", i)
		}
		files[fmt.Sprintf("f%02d.sql", 9-f)] = sb.String()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFiles(files); err != nil {
			b.Fatal(err)
		}
	}
}
