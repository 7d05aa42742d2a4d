package parser

import (
	"io/fs"
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
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(filepath.Ext(path), ".sql") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}
