package golden

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// GoldenMajor is the PostgreSQL major the golden files (plan.sql, review.txt,
// InputFile, ...) are written with, the distribution's that CI runs first.
const GoldenMajor = 15

// InputFile is the name, in a case's folder, of the canonical states the planner
// diffed for it on GoldenMajor (a planner.DiffInput as Marshal writes it).
const InputFile = "canonical.json"

// CaseDirs returns the case folders under root: every folder holding a
// current.sql, at any depth (cases may be grouped by object kind), in lexical
// order.
func CaseDirs(root string) ([]string, error) {
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "current.sql" {
			dirs = append(dirs, filepath.Dir(path))
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("golden: no cases in %s", root)
	}
	return dirs, nil
}

// CaseName names a case by its path under the testdata folder of its kind
// (diff, equivalent, online): "views/view_function_cycle".
func CaseName(dir string) string {
	parts := strings.Split(filepath.ToSlash(dir), "/")
	for i := 1; i < len(parts); i++ {
		if parts[i-1] == "testdata" {
			return strings.Join(parts[i+1:], "/")
		}
	}
	return filepath.Base(dir)
}

// ForMajor reports whether a case is about the given major: it is, unless its
// "majors" file names a range without it ("-16", "17-", "14-16": a case about
// what some majors do). spec is the file's range, for messages.
func ForMajor(caseDir string, major int) (ok bool, spec string, err error) {
	b, err := os.ReadFile(filepath.Join(caseDir, "majors"))
	if os.IsNotExist(err) {
		return true, "", nil
	}
	if err != nil {
		return false, "", err
	}
	spec = strings.TrimSpace(string(b))
	lo, hi, found := strings.Cut(spec, "-")
	if !found {
		return false, spec, fmt.Errorf("%s/majors: %q is not a range such as 14-16, -16 or 17-", caseDir, spec)
	}
	bound := func(text string, none int) (int, error) {
		if text == "" {
			return none, nil
		}
		n, err := strconv.Atoi(text)
		if err != nil {
			return 0, fmt.Errorf("%s/majors: %q is not a number", caseDir, text)
		}
		return n, nil
	}
	from, err := bound(lo, 0)
	if err != nil {
		return false, spec, err
	}
	to, err := bound(hi, math.MaxInt)
	if err != nil {
		return false, spec, err
	}
	return from <= major && major <= to, spec, nil
}

// ReadJSON reads a file written with Marshal into v.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w (rewrite it with go test ./internal/planner -update)", path, err)
	}
	return nil
}
