package parser

import (
	"io/fs"
	"path"
)

// ParseFS is ParseDir for the files of fsys (SQLFilesFS): every *.sql file,
// recursively, skipping directories whose name starts with a dot. File names in
// sources and errors are name joined with the file's path in fsys
// ("schema/users.sql" for name "schema"; just the path for an empty name). For
// schema files embedded in a program (embed.FS) or kept anywhere else than on
// disk.
func ParseFS(fsys fs.FS, name string) (*Result, error) {
	files, err := readFS(fsys, name)
	if err != nil {
		return nil, err
	}
	return ParseFiles(files)
}

// StartFS is StartDir for the files of fsys, named as ParseFS names them.
func StartFS(fsys fs.FS, name string) (_ *Result, check func() error, _ error) {
	files, err := readFS(fsys, name)
	if err != nil {
		return nil, nil, err
	}
	return start(files)
}

// readFS reads the files ParseFS parses, by name.
func readFS(fsys fs.FS, name string) (map[string]string, error) {
	paths, err := SQLFilesFS(fsys)
	if err != nil {
		return nil, err
	}
	files := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		files[path.Join(name, p)] = string(b)
	}
	return files, nil
}
