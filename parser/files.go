package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// SQLFiles lists the files of a schema directory: every file under dir whose name
// ends in .sql (in any case), recursively, skipping the directories whose name starts
// with a dot (.git) below dir. Paths are dir joined with the file's path inside it, as
// filepath.WalkDir gives them, sorted. ParseDir reads these files, and every other
// reader of a schema directory (pull, diff --offline) finds them here, so that they
// all agree on what the directory holds.
func SQLFiles(dir string) ([]string, error) {
	// Checked here: a walk of os.DirFS names a missing root ".", not dir.
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	files, err := SQLFilesFS(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		files[i] = filepath.Join(dir, filepath.FromSlash(f))
	}
	return files, nil
}

// SQLFilesFS is SQLFiles for the files of fsys (an embed.FS, a directory from
// fs.Sub): their paths in fsys, sorted. It is the one place the rule is written.
func SQLFilesFS(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.EqualFold(path.Ext(p), ".sql") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}
