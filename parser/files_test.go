package parser

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSQLFiles: .sql files in any case, at any depth, sorted; directories starting
// with a dot skipped below the root, not files.
func TestSQLFiles(t *testing.T) {
	root := filepath.Join(t.TempDir(), ".schema")
	for _, f := range []string{"b.sql", "a/c.SQL", "a.sql", ".git/x.sql", "notes.txt", "sub/.hidden.sql", "sub/sql"} {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := SQLFiles(root)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range []string{"a.sql", "a/c.SQL", "b.sql", "sub/.hidden.sql"} {
		want = append(want, filepath.Join(root, f))
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := SQLFiles(filepath.Join(root, "missing")); !os.IsNotExist(err) {
		t.Errorf("missing directory: got error %v, want one saying it does not exist", err)
	}
}
