package migrate

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Dir is the content of a migrations directory.
type Dir struct {
	// Versioned files, by version.
	Versioned []File
	// Repeatable files, by description (then path).
	Repeatable []File
	// Skipped lists .sql files whose names are not migration names, by path, so
	// that callers can warn about them (Flyway ignores them silently).
	Skipped []Skipped
}

// Skipped is a .sql file that Scan did not take as a migration.
type Skipped struct {
	Path   string
	Reason error // wraps ErrNotMigration
}

// Files returns every migration in the order they are applied: versioned files by
// version, then repeatable ones.
func (d *Dir) Files() []File {
	files := make([]File, 0, len(d.Versioned)+len(d.Repeatable))
	files = append(files, d.Versioned...)
	return append(files, d.Repeatable...)
}

// Latest returns the versioned file with the highest version, if any.
func (d *Dir) Latest() (File, bool) {
	if len(d.Versioned) == 0 {
		return File{}, false
	}
	return d.Versioned[len(d.Versioned)-1], true
}

// Scan reads the migrations under the root of fsys, recursively, with their
// checksums. Two versioned files with the same version (V1__a.sql and V001__b.sql)
// or two repeatable ones with the same description are an error, as in Flyway.
// Files not ending in .sql are ignored.
func Scan(fsys fs.FS) (*Dir, error) {
	d := &Dir{}
	err := fs.WalkDir(fsys, ".", func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() || !entry.Type().IsRegular() && entry.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		name := entry.Name()
		if !strings.EqualFold(name[max(0, len(name)-len(suffix)):], suffix) {
			return nil
		}
		f, err := ParseName(name)
		if err != nil {
			d.Skipped = append(d.Skipped, Skipped{Path: path, Reason: err})
			return nil
		}
		f.Path = path
		content, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		f.Checksum = Checksum(content)
		if f.Kind == Versioned {
			d.Versioned = append(d.Versioned, f)
		} else {
			d.Repeatable = append(d.Repeatable, f)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("migrate: scan: %w", err)
	}
	if err := d.sort(); err != nil {
		return nil, err
	}
	return d, nil
}

// sort orders the files and rejects duplicates.
func (d *Dir) sort() error {
	sort.SliceStable(d.Versioned, func(i, j int) bool {
		if c := d.Versioned[i].Version.Compare(d.Versioned[j].Version); c != 0 {
			return c < 0
		}
		return d.Versioned[i].Path < d.Versioned[j].Path
	})
	for i := 1; i < len(d.Versioned); i++ {
		a, b := d.Versioned[i-1], d.Versioned[i]
		if a.Version.Equal(b.Version) {
			return fmt.Errorf("migrate: %s and %s have the same version %s", a.Path, b.Path, b.Version)
		}
	}
	sort.SliceStable(d.Repeatable, func(i, j int) bool {
		a, b := d.Repeatable[i], d.Repeatable[j]
		if a.Description != b.Description {
			return a.Description < b.Description
		}
		return a.Path < b.Path
	})
	for i := 1; i < len(d.Repeatable); i++ {
		a, b := d.Repeatable[i-1], d.Repeatable[i]
		if a.Description == b.Description {
			return fmt.Errorf("migrate: %s and %s have the same description %q", a.Path, b.Path, b.Description)
		}
	}
	sort.Slice(d.Skipped, func(i, j int) bool { return d.Skipped[i].Path < d.Skipped[j].Path })
	return nil
}
