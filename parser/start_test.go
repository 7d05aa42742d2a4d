package parser

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// TestStartChecksLater: StartDir and StartFS give the statements before the
// checks end, and check gives the error ParseDir and ParseFS give (here a
// table declared twice, which only the checks see), every time it is called.
func TestStartChecksLater(t *testing.T) {
	files := map[string]string{
		"a.sql": "CREATE TABLE t (id int PRIMARY KEY);\nCREATE INDEX t_id ON t (id);",
		"b.sql": "CREATE TABLE u (id int);\nCREATE TABLE t (id int);",
	}
	dir := t.TempDir()
	fsys := fstest.MapFS{}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	_, dirErr := ParseDir(dir)
	_, fsErr := ParseFS(fsys, "schema")
	if dirErr == nil || fsErr == nil {
		t.Fatalf("a table declared twice parses: %v, %v", dirErr, fsErr)
	}
	for _, c := range []struct {
		name  string
		start func() (*Result, func() error, error)
		want  error
	}{
		{"StartDir", func() (*Result, func() error, error) { return StartDir(dir) }, dirErr},
		{"StartFS", func() (*Result, func() error, error) { return StartFS(fsys, "schema") }, fsErr},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, check, err := c.start()
			if err != nil {
				t.Fatalf("the statements are not known: %v", err)
			}
			if len(res.Statements) != 4 {
				t.Errorf("%d statements, want 4", len(res.Statements))
			}
			for range 2 {
				if err := check(); err == nil || err.Error() != c.want.Error() {
					t.Errorf("check: %v\nwant: %v", err, c.want)
				}
			}
		})
	}
	// Files that pass: the same statements as ParseFiles gives.
	delete(files, "b.sql")
	want, err := ParseFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	got, check, err := start(files)
	if err != nil {
		t.Fatal(err)
	}
	if err := check(); err != nil {
		t.Fatal(err)
	}
	if len(got.Statements) != len(want.Statements) {
		t.Fatalf("%d statements, want %d", len(got.Statements), len(want.Statements))
	}
	for i := range got.Statements {
		if got.Statements[i].SQL != want.Statements[i].SQL || got.Statements[i].Source != want.Statements[i].Source {
			t.Errorf("statement %d: %+v, want %+v", i, got.Statements[i], want.Statements[i])
		}
	}
}
