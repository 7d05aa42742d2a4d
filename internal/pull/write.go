package pull

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// WriteOptions say how Write treats what is already in the directory.
type WriteOptions struct {
	// Force writes beside .sql files pull did not write although they declare
	// something. They are still never written over nor removed.
	Force bool
	// Keeps reports whether an object is in scope (nil: everything is). Files of
	// objects out of scope are left alone: not removed when pulled earlier, no
	// reason to refuse when the user's.
	Keeps func(model.ObjectID) bool
}

// Summary is what Write did, paths relative to the directory, sorted.
type Summary struct {
	Written, Unchanged, Removed []string
}

// ErrForeignFiles means the directory holds .sql files pull did not write that
// declare something: pulling beside them would declare objects twice.
var ErrForeignFiles = errors.New("the directory holds .sql files pgshape pull did not write")

// Write makes dir hold files: a file is written only when its content differs
// from what is on disk; a file pull wrote earlier (it starts with Header) that is
// not among files is removed, with the folders that removal leaves empty. Nothing
// is changed when Write refuses.
func Write(dir string, files []File, opts WriteOptions) (*Summary, error) {
	keeps := opts.Keeps
	if keeps == nil {
		keeps = func(model.ObjectID) bool { return true }
	}
	existing, err := scan(dir)
	if err != nil {
		return nil, err
	}
	wanted := map[string]bool{}
	for _, f := range files {
		wanted[f.Path] = true
	}
	if err := checkUsersFiles(dir, existing, wanted, opts.Force, keeps); err != nil {
		return nil, err
	}

	// The directory is made even for a database with nothing to pull, so that
	// plan and generate find an (empty) desired state there.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("pull: %w", err)
	}
	s := &Summary{}
	for _, f := range files {
		if e, ok := existing[f.Path]; ok && bytes.Equal(e.content, []byte(f.Content)) {
			s.Unchanged = append(s.Unchanged, f.Path)
			continue
		}
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(f.Path)), []byte(f.Content)); err != nil {
			return s, err
		}
		s.Written = append(s.Written, f.Path)
	}
	var stale []string
	for p, e := range existing {
		if e.pulled && !wanted[p] && inScope(p, keeps) {
			stale = append(stale, p)
		}
	}
	sort.Strings(stale)
	for _, p := range stale {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
			return s, fmt.Errorf("pull: remove %w", err)
		}
		s.Removed = append(s.Removed, p)
		removeEmptyFolders(dir, path.Dir(p))
	}
	return s, nil
}

// checkUsersFiles refuses to write over a file pull did not write, and, unless
// force, to write beside such files in scope that declare something.
func checkUsersFiles(dir string, existing map[string]existingFile, wanted map[string]bool, force bool, keeps func(model.ObjectID) bool) error {
	var overwritten, declaring []string
	for p, e := range existing {
		switch {
		case e.pulled:
		case wanted[p]:
			overwritten = append(overwritten, p)
		case e.declares && inScope(p, keeps):
			declaring = append(declaring, p)
		}
	}
	sort.Strings(overwritten)
	sort.Strings(declaring)
	if len(overwritten) > 0 {
		return fmt.Errorf("pull: %s: %w, at the paths pull would write (it never writes over them): %s",
			dir, ErrForeignFiles, listPaths(overwritten))
	}
	if len(declaring) > 0 && !force {
		return fmt.Errorf("pull: %s: %w and declare objects (pulling would declare them twice): %s\n"+
			"move them out of %s, or rerun with --force to write beside them (they are left as they are)",
			dir, ErrForeignFiles, listPaths(declaring), dir)
	}
	return nil
}

// listPaths names the first few of a sorted list of paths, for a message that
// stays readable before a directory of hundreds of files.
func listPaths(paths []string) string {
	const shown = 10
	if len(paths) <= shown {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(paths[:shown], ", "), len(paths)-shown)
}

// existingFile is a .sql file found in the directory.
type existingFile struct {
	content  []byte
	pulled   bool // starts with Header
	declares bool // holds more than comments and white space
}

// scan reads the .sql files under dir that parser.ParseDir reads. A missing dir
// holds nothing.
func scan(dir string) (map[string]existingFile, error) {
	out := map[string]existingFile{}
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	fail := func(err error) (map[string]existingFile, error) {
		return nil, fmt.Errorf("pull: read %s: %w", dir, err)
	}
	paths, err := parser.SQLFiles(dir)
	if err != nil {
		return fail(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return fail(err)
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return fail(err)
		}
		out[filepath.ToSlash(rel)] = existingFile{content: b, pulled: isPulled(b), declares: declaresSomething(string(b))}
	}
	return out, nil
}

// isPulled reports whether a file starts with Header. Only the line's start is
// compared, so a file whose line endings an editor changed is still recognised.
func isPulled(content []byte) bool {
	content = bytes.TrimPrefix(content, []byte("\uFEFF"))
	return bytes.HasPrefix(content, []byte(Header))
}

// inScope reports whether a path belongs to an object in scope. A file outside
// Layout's paths counts as in scope, unless it sits in the folder of a schema out
// of scope.
func inScope(p string, keeps func(model.ObjectID) bool) bool {
	if id, ok := objectOfPath(p); ok {
		return keeps(id)
	}
	if first, rest, nested := strings.Cut(p, "/"); nested && rest != "" {
		if schema, ok := ParseFileName(first); ok {
			return keeps(model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: schema}})
		}
	}
	return true
}

// writeFile replaces a file through a temporary one renamed over it, so that an
// interrupted pull leaves either the old content or the new.
func writeFile(name string, content []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("pull: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".pgshape-pull-*")
	if err != nil {
		return fmt.Errorf("pull: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return fmt.Errorf("pull: write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("pull: write %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("pull: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("pull: %w", err)
	}
	return nil
}

// removeEmptyFolders removes folder (relative to dir) and its parents up to dir
// while they are empty: folders pull's removals emptied.
func removeEmptyFolders(dir, folder string) {
	for folder != "." && folder != "/" && folder != "" {
		full := filepath.Join(dir, filepath.FromSlash(folder))
		entries, err := os.ReadDir(full)
		if err != nil || len(entries) > 0 {
			return
		}
		if os.Remove(full) != nil {
			return
		}
		folder = path.Dir(folder)
	}
}
