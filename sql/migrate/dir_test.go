package migrate

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestScan(t *testing.T) {
	fsys := fstest.MapFS{
		"V10__ten.sql":          {Data: []byte("SELECT 10;\n")},
		"V9__nine.sql":          {Data: []byte("SELECT 9;\n")},
		"V1.10__one_ten.sql":    {Data: []byte("SELECT 1.10;\n")},
		"V1.9__one_nine.sql":    {Data: []byte("SELECT 1.9;\n")},
		"sub/V2__in_sub.sql":    {Data: []byte("SELECT 2;\n")},
		"R__b_views.sql":        {Data: []byte("SELECT 'b';\n")},
		"sub/R__a_funcs.sql":    {Data: []byte("SELECT 'a';\n")},
		"notes.txt":             {Data: []byte("not SQL")},
		"V3__x.sql.conf":        {Data: []byte("executeInTransaction=false")},
		"beforeMigrate.sql":     {Data: []byte("SELECT 0;\n")},
		"sub/Vbad__version.sql": {Data: []byte("SELECT 0;\n")},
	}
	d, err := Scan(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := paths(d.Files())
	want := "V1.9__one_nine.sql V1.10__one_ten.sql sub/V2__in_sub.sql V9__nine.sql V10__ten.sql sub/R__a_funcs.sql R__b_views.sql"
	if got != want {
		t.Errorf("Files() = %s\nwant      %s", got, want)
	}
	var skipped []string
	for _, s := range d.Skipped {
		skipped = append(skipped, s.Path)
		if !errors.Is(s.Reason, ErrNotMigration) {
			t.Errorf("skipped %s: reason %v does not wrap ErrNotMigration", s.Path, s.Reason)
		}
	}
	if got, want := strings.Join(skipped, " "), "beforeMigrate.sql sub/Vbad__version.sql"; got != want {
		t.Errorf("Skipped = %s, want %s", got, want)
	}
	if got, want := d.Versioned[0].Checksum, Checksum([]byte("SELECT 1.9;\n")); got != want {
		t.Errorf("checksum of %s = %d, want %d", d.Versioned[0].Path, got, want)
	}
	if latest, _ := d.Latest(); latest.Path != "V10__ten.sql" {
		t.Errorf("Latest() = %s, want V10__ten.sql", latest.Path)
	}
}

func TestScanDuplicateVersion(t *testing.T) {
	fsys := fstest.MapFS{
		"V1__a.sql":       {Data: []byte("SELECT 1;")},
		"sub/V001__b.sql": {Data: []byte("SELECT 1;")},
	}
	_, err := Scan(fsys)
	if err == nil {
		t.Fatal("Scan accepted two files with version 1")
	}
	for _, name := range []string{"V1__a.sql", "sub/V001__b.sql"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not name %s", err, name)
		}
	}
}

func TestScanDuplicateRepeatable(t *testing.T) {
	fsys := fstest.MapFS{
		"R__views.sql":     {Data: []byte("SELECT 1;")},
		"sub/r__views.SQL": {Data: []byte("SELECT 1;")},
	}
	if _, err := Scan(fsys); err == nil || !strings.Contains(err.Error(), "sub/r__views.SQL") {
		t.Errorf("Scan of two R__views: %v, want an error naming both", err)
	}
}

func paths(files []File) string {
	var p []string
	for _, f := range files {
		p = append(p, f.Path)
	}
	return strings.Join(p, " ")
}
