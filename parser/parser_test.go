package parser

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestParse runs every case folder in testdata/parse: its *.sql files (in
// subfolders too) are parsed with ParseDir and the load order and catalog compared
// with want.txt.
func TestParse(t *testing.T) {
	dirs, err := filepath.Glob("testdata/parse/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res, cat, err := parseDir(filepath.Join(dir, "schema"))
			if err != nil {
				t.Fatalf("ParseDir: %v", err)
			}
			// Names in the golden files are relative to the case folder.
			got := strings.ReplaceAll(dump(res, cat), filepath.ToSlash(dir)+"/", "")
			golden(t, filepath.Join(dir, "want.txt"), got)
		})
	}
}

// TestErrors runs every case folder in testdata/errors: parsing its schema folder
// must fail with exactly the text in want.txt.
func TestErrors(t *testing.T) {
	dirs, err := filepath.Glob("testdata/errors/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res, cat, err := parseDir(filepath.Join(dir, "schema"))
			if err == nil {
				t.Fatalf("ParseDir succeeded, want an error; got:\n%s", dump(res, cat))
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *parser.Error", err)
			}
			got := strings.ReplaceAll(err.Error(), filepath.ToSlash(dir)+"/", "") + "\n"
			golden(t, filepath.Join(dir, "want.txt"), got)
		})
	}
}

// golden compares got with the file, or rewrites the file with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
