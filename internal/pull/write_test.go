package pull

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/model"
)

func table(schema, name string) emitter.Definition {
	return emitter.Definition{
		Object: model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: schema, Name: name}},
		SQL:    "CREATE TABLE " + model.QName{Schema: schema, Name: name}.String() + " ();",
	}
}

func TestLayout(t *testing.T) {
	fn := func(name string) emitter.Definition {
		return emitter.Definition{Object: model.ObjectID{Kind: model.KindFunction, Name: model.QName{Schema: "app", Name: name}}, SQL: "CREATE FUNCTION " + name + ";"}
	}
	defs := []emitter.Definition{
		{Object: model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: "app"}}, SQL: "CREATE SCHEMA app;"},
		{Object: model.ObjectID{Kind: model.KindExtension, Name: model.QName{Name: "citext"}}, SQL: "CREATE EXTENSION citext;"},
		fn("add(integer, integer)"),
		fn("add(numeric, numeric)"),
		table("app", "Users"),
		{Object: model.ObjectID{Kind: model.KindDefaultPrivileges, Name: model.QName{Schema: "app", Name: "me"}, Member: "TABLES"}, SQL: "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO r;"},
		{Object: model.ObjectID{Kind: model.KindDefaultPrivileges, Name: model.QName{Name: "me"}, Member: "TABLES"}, SQL: "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;"},
	}
	got := map[string]string{}
	var paths []string
	for _, f := range Layout(defs) {
		got[f.Path] = f.Content
		paths = append(paths, f.Path)
	}
	want := []string{"app/functions/add.sql", "app/schema.sql", "app/tables/!users.sql", "default_privileges.sql", "extensions.sql"}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("paths: got %v, want %v", paths, want)
	}
	if c := got["app/functions/add.sql"]; c != Header+"\n\nCREATE FUNCTION add(integer, integer);\n\nCREATE FUNCTION add(numeric, numeric);\n" {
		t.Errorf("overloads file:\n%s", c)
	}
	if c := got["app/schema.sql"]; !strings.Contains(c, "CREATE SCHEMA app;\n\nALTER DEFAULT PRIVILEGES IN SCHEMA app") {
		t.Errorf("schema file:\n%s", c)
	}
	for _, f := range Layout(defs) {
		id, ok := objectOfPath(f.Path)
		if f.Path == "default_privileges.sql" || f.Path == "extensions.sql" {
			if ok {
				t.Errorf("objectOfPath(%s) = %v, want a database-wide file", f.Path, id)
			}
			continue
		}
		if !ok || id.Name.Schema != "app" && id.Name.Name != "app" {
			t.Errorf("objectOfPath(%s) = %v, %v", f.Path, id, ok)
		}
	}
}

// TestWrite checks the life of a pulled directory: first write, a rewrite that
// changes nothing, an object gone (its file and emptied folders removed), files
// of the user's that are never touched, and the refusal to pull beside them.
func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "schema")
	files := Layout([]emitter.Definition{table("app", "a"), table("app", "b"), table("other", "c")})
	s := write(t, dir, files, WriteOptions{})
	assertSummary(t, "first", s, &Summary{Written: []string{"app/tables/a.sql", "app/tables/b.sql", "other/tables/c.sql"}})

	old := time.Now().Add(-time.Hour)
	for _, f := range files {
		os.Chtimes(filepath.Join(dir, f.Path), old, old)
	}
	s = write(t, dir, files, WriteOptions{})
	assertSummary(t, "unchanged", s, &Summary{Unchanged: []string{"app/tables/a.sql", "app/tables/b.sql", "other/tables/c.sql"}})
	if st, _ := os.Stat(filepath.Join(dir, "app/tables/a.sql")); !st.ModTime().Equal(old) {
		t.Errorf("an unchanged file was written again (modification time %v)", st.ModTime())
	}

	// The user's files: a README, a notes file with only comments, and one
	// declaring a function pull does not know about.
	writeFile(filepath.Join(dir, "README.md"), []byte("# schema\n"))
	writeFile(filepath.Join(dir, "app/notes.sql"), []byte("-- only a comment\n"))
	s = write(t, dir, Layout([]emitter.Definition{table("app", "a")}), WriteOptions{})
	assertSummary(t, "objects gone", s, &Summary{Unchanged: []string{"app/tables/a.sql"}, Removed: []string{"app/tables/b.sql", "other/tables/c.sql"}})
	if exists(filepath.Join(dir, "other")) {
		t.Errorf("the folder emptied by removals is still there")
	}
	for _, p := range []string{"README.md", "app/notes.sql"} {
		if !exists(filepath.Join(dir, p)) {
			t.Errorf("the user's %s was removed", p)
		}
	}

	mine := filepath.Join(dir, "app/functions/mine.sql")
	writeFile(mine, []byte("CREATE FUNCTION app.mine() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"))
	_, err := Write(dir, files, WriteOptions{})
	if !errors.Is(err, ErrForeignFiles) || !strings.Contains(err.Error(), "app/functions/mine.sql") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("pull beside a file of the user's: got error %v, want a refusal naming it and --force", err)
	}
	if exists(filepath.Join(dir, "app/tables/b.sql")) {
		t.Errorf("a refused pull wrote files")
	}
	s = write(t, dir, files, WriteOptions{Force: true})
	assertSummary(t, "forced", s, &Summary{Written: []string{"app/tables/b.sql", "other/tables/c.sql"}, Unchanged: []string{"app/tables/a.sql"}})

	// A user's file where pull would write: refused even with Force.
	theirs := []byte("CREATE TABLE app.d ();\n")
	writeFile(filepath.Join(dir, "app/tables/d.sql"), theirs)
	_, err = Write(dir, append(files, Layout([]emitter.Definition{table("app", "d")})...), WriteOptions{Force: true})
	if !errors.Is(err, ErrForeignFiles) || !strings.Contains(err.Error(), "app/tables/d.sql") {
		t.Fatalf("pull over a file of the user's: got error %v, want a refusal naming it", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "app/tables/d.sql")); string(b) != string(theirs) {
		t.Errorf("the user's file was written over: %q", b)
	}
	if b, _ := os.ReadFile(mine); !strings.HasPrefix(string(b), "CREATE FUNCTION") {
		t.Errorf("the user's file was changed: %q", b)
	}
}

// TestWriteNothing checks that a database with nothing to pull still gives a
// directory, empty, for plan and generate to read.
func TestWriteNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "schema")
	s := write(t, dir, nil, WriteOptions{})
	assertSummary(t, "nothing", s, &Summary{})
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Errorf("no directory: %v", err)
	}
}

// TestWriteScope checks that files of objects out of scope are neither removed
// nor a reason to refuse.
func TestWriteScope(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "schema")
	write(t, dir, Layout([]emitter.Definition{table("app", "a"), table("audit", "log"), table("app", "tmp_x")}), WriteOptions{})
	writeFile(filepath.Join(dir, "legacy/tables/old.sql"), []byte("CREATE TABLE legacy.old ();\n"))
	scope := planner.Scope{ExcludeSchemas: []string{"audit", "legacy"}, Ignore: []string{"app.tmp_*"}}
	s := write(t, dir, Layout([]emitter.Definition{table("app", "a")}), WriteOptions{Keeps: scope.Keeps})
	assertSummary(t, "scoped", s, &Summary{Unchanged: []string{"app/tables/a.sql"}})
	for _, p := range []string{"audit/tables/log.sql", "app/tables/tmp_x.sql", "legacy/tables/old.sql"} {
		if !exists(filepath.Join(dir, p)) {
			t.Errorf("%s, out of scope, was removed", p)
		}
	}
}

func write(t *testing.T, dir string, files []File, opts WriteOptions) *Summary {
	t.Helper()
	s, err := Write(dir, files, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func assertSummary(t *testing.T, what string, got, want *Summary) {
	t.Helper()
	norm := func(s *Summary) [3][]string {
		return [3][]string{append([]string{}, s.Written...), append([]string{}, s.Unchanged...), append([]string{}, s.Removed...)}
	}
	if !reflect.DeepEqual(norm(got), norm(want)) {
		t.Errorf("%s: got %+v, want %+v", what, *got, *want)
	}
}
