package statediff

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/sql/migrate"
)

// Explicit source prefixes, for when a directory's contents would be read the
// other way or a name could be taken for a URL.
const (
	SchemaPrefix     = "schema:"
	MigrationsPrefix = "migrations:"
)

// ParseSource recognises a source, in this order:
//
//   - "schema:DIR" is a schema directory; "migrations:DIR[,DIR...]" migration
//     locations replayed (several merged into one version order);
//   - "postgres://...", "postgresql://..." is a database URL, and so is a
//     libpq key=value string ("host=db dbname=app"): text with "=" that names
//     no existing path;
//   - an existing directory holding, at any depth, a file named as a Flyway
//     migration (V<version>__<name>.sql, R__<name>.sql) is migrations;
//   - any other existing directory is a schema directory.
//
// replay applies to migrations (placeholders, schemas); anything else is an
// error that says what was expected.
func ParseSource(spec string, replay migrate.ReplayOptions) (planner.Source, error) {
	switch {
	case strings.HasPrefix(spec, SchemaPrefix):
		dir := strings.TrimPrefix(spec, SchemaPrefix)
		if err := isDir(dir); err != nil {
			return planner.Source{}, err
		}
		return planner.SchemaSource(dir), nil
	case strings.HasPrefix(spec, MigrationsPrefix):
		var dirs []string
		for _, d := range strings.Split(strings.TrimPrefix(spec, MigrationsPrefix), ",") {
			if d = strings.TrimSpace(d); d == "" {
				continue
			}
			if err := isDir(d); err != nil {
				return planner.Source{}, err
			}
			dirs = append(dirs, d)
		}
		if len(dirs) == 0 {
			return planner.Source{}, fmt.Errorf("%q: no directory after %s", spec, MigrationsPrefix)
		}
		return planner.MigrationsSource(dirs, replay), nil
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		return planner.URLSource(spec), nil
	}
	st, err := os.Stat(spec)
	if err != nil {
		if strings.Contains(spec, "=") {
			return planner.URLSource(spec), nil
		}
		return planner.Source{}, fmt.Errorf("%q is neither a database URL (postgres://..., key=value) nor a directory", spec)
	}
	if !st.IsDir() {
		return planner.Source{}, fmt.Errorf("%q is a file: give a schema or migrations directory, or a database URL", spec)
	}
	holds, err := holdsMigrations(spec)
	if err != nil {
		return planner.Source{}, err
	}
	if holds {
		return planner.MigrationsSource([]string{spec}, replay), nil
	}
	return planner.SchemaSource(spec), nil
}

func isDir(dir string) error {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("%s: not a directory", dir)
	}
	return nil
}

// holdsMigrations reports whether a .sql file under dir is named as a migration.
func holdsMigrations(dir string) (bool, error) {
	paths, err := parser.SQLFiles(dir)
	if err != nil {
		return false, err
	}
	return slices.ContainsFunc(paths, func(path string) bool {
		_, err := migrate.ParseName(filepath.Base(path))
		return err == nil
	}), nil
}
