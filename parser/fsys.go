package parser

import (
	"io/fs"
	"path"
	"strings"
)

// ParseFS is ParseDir for the files of fsys: every *.sql file, recursively,
// skipping directories whose name starts with a dot. File names in sources
// and errors are name joined with the file's path in fsys ("schema/users.sql"
// for name "schema"; just the path for an empty name). For schema files
// embedded in a program (embed.FS) or kept anywhere else than on disk.
func ParseFS(fsys fs.FS, name string) (*Result, error) {
	files := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if read, err := schemaEntry(d, p == "."); !read {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		files[path.Join(name, p)] = string(b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ParseFiles(files)
}

// schemaEntry says what the walk of a schema directory does with an entry:
// read a .sql file, go into a directory unless it is hidden (and not the
// root: fs.SkipDir), pass anything else by.
func schemaEntry(d fs.DirEntry, root bool) (read bool, err error) {
	if d.IsDir() {
		if !root && strings.HasPrefix(d.Name(), ".") {
			return false, fs.SkipDir
		}
		return false, nil
	}
	return strings.EqualFold(path.Ext(d.Name()), ".sql"), nil
}
