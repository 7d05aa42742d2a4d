package migrate

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// LintProblem is one thing wrong with the migration locations as a whole.
type LintProblem struct {
	// Paths are the files concerned, as "location/path" when several locations
	// are linted, else the path in its location.
	Paths []string
	// Message says what is wrong, without the paths.
	Message string
}

func (p LintProblem) String() string {
	return strings.Join(p.Paths, " and ") + ": " + p.Message
}

// Lint checks the migration locations the way a reviewer would before a merge,
// and reports every problem rather than the first: versioned files sharing a
// version (V1__a.sql beside V001__b.sql, also across locations), repeatable
// files sharing a description, and .sql files whose names are neither a
// migration's nor a callback's (V1_add.sql, with one underscore, which
// migrate would skip with a note). Scan and migrate stop at the first of
// these; a CI gate wants the whole list. Problems come in path order; the
// error is for locations that cannot be read.
func Lint(locs []Location) ([]LintProblem, error) {
	var versioned, repeatable []lintEntry
	var problems []LintProblem
	for _, loc := range locs {
		where := func(path string) string {
			if len(locs) > 1 {
				return loc.Name + "/" + path
			}
			return path
		}
		err := fs.WalkDir(loc.FS, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() || !strings.EqualFold(name[max(0, len(name)-len(suffix)):], suffix) {
				return nil
			}
			f, perr := ParseName(name)
			switch {
			case perr != nil && callbackEvent(path) == "":
				problems = append(problems, LintProblem{Paths: []string{where(path)},
					Message: "not a migration name (" + strings.TrimPrefix(perr.Error(), ErrNotMigration.Error()+": "+name+": ") +
						"); want V<version>__<name>.sql or R__<name>.sql"})
			case perr != nil:
				// A callback: fine.
			case f.Kind == Versioned:
				versioned = append(versioned, lintEntry{where(path), f})
			default:
				repeatable = append(repeatable, lintEntry{where(path), f})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("migrate: lint %s: %w", loc.Name, err)
		}
	}
	sort.SliceStable(versioned, func(i, j int) bool {
		if c := versioned[i].file.Version.Compare(versioned[j].file.Version); c != 0 {
			return c < 0
		}
		return versioned[i].where < versioned[j].where
	})
	problems = append(problems, shared(versioned,
		func(a, b lintEntry) bool { return a.file.Version.Equal(b.file.Version) },
		func(e lintEntry) string {
			return fmt.Sprintf("share version %s: rename all but one to a new version", e.file.Version)
		})...)
	sort.SliceStable(repeatable, func(i, j int) bool {
		if repeatable[i].file.Description != repeatable[j].file.Description {
			return repeatable[i].file.Description < repeatable[j].file.Description
		}
		return repeatable[i].where < repeatable[j].where
	})
	problems = append(problems, shared(repeatable,
		func(a, b lintEntry) bool { return a.file.Description == b.file.Description },
		func(e lintEntry) string {
			return fmt.Sprintf("share the repeatable description %q: rename all but one", e.file.Description)
		})...)
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Paths[0] < problems[j].Paths[0] })
	return problems, nil
}

// lintEntry is a migration file found by Lint, with where it is.
type lintEntry struct {
	where string
	file  File
}

// shared reports each run of sorted entries that are the same by same as one
// problem naming all of their paths, with the message of the run's first entry.
func shared(sorted []lintEntry, same func(a, b lintEntry) bool, message func(lintEntry) string) []LintProblem {
	var problems []LintProblem
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && same(sorted[j], sorted[i]) {
			j++
		}
		if j-i > 1 {
			p := LintProblem{Message: message(sorted[i])}
			for _, e := range sorted[i:j] {
				p.Paths = append(p.Paths, e.where)
			}
			problems = append(problems, p)
		}
		i = j
	}
	return problems
}
