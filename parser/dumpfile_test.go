package parser

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDumps runs every case folder in testdata/dumps as TestParse does: files as
// pg_dump writes them, kept out of testdata/parse because their catalogs hold
// dependency cycles (a view and a function that need each other) that only
// pg_dump's placeholder views break, so they are no seeds for the round trip
// through the emitter.
func TestDumps(t *testing.T) {
	dirs, err := filepath.Glob("testdata/dumps/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res, cat, err := parseDir(filepath.Join(dir, "schema"))
			if err != nil {
				t.Fatalf("ParseDir: %v", err)
			}
			got := strings.ReplaceAll(dump(res, cat), filepath.ToSlash(dir)+"/", "")
			golden(t, filepath.Join(dir, "want.txt"), got)
		})
	}
}
