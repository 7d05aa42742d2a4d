package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary text to the parser: it may reject it, but must not panic,
// and whatever it accepts must point back inside the file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/*/schema/*.sql")
	more, _ := filepath.Glob("testdata/*/*/schema/*/*.sql")
	for _, path := range append(seeds, more...) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, sql string) {
		res, err := ParseFiles(map[string]string{"f.sql": sql, "g.sql": "CREATE TABLE g (id int PRIMARY KEY);"})
		if err != nil {
			return
		}
		for _, s := range res.Statements {
			if s.Source.Line < 1 || s.Source.Col < 1 || s.SQL == "" {
				t.Errorf("statement %q has source %v", s.SQL, s.Source)
			}
		}
	})
}
