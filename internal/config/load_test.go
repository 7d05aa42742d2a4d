package config

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoad runs each case under testdata/load: a directory with configuration
// files, an "options" file and the expected result in "want".
//
// options lines: "files: a.conf b.toml" (read from the case directory), "env: prod"
// (LoadOptions.Environment), "environ: NAME=value" (one variable per line).
func TestLoad(t *testing.T) {
	dirs, err := filepath.Glob("testdata/load/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			opts := readOptions(t, filepath.Join(dir, "options"))
			opts.ReadFile = func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }
			s, warnings, err := Load(opts)
			golden(t, filepath.Join(dir, "want"), describe(s, warnings, err))
		})
	}
}

func readOptions(t *testing.T, path string) LoadOptions {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var opts LoadOptions
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		key, val, _ := strings.Cut(sc.Text(), ":")
		val = strings.TrimSpace(val)
		switch key {
		case "files":
			opts.Files = strings.Fields(val)
		case "env":
			opts.Environment = val
		case "environ":
			opts.Environ = append(opts.Environ, val)
		case "":
		default:
			t.Fatalf("%s: unknown option %q", path, key)
		}
	}
	return opts
}

// describe prints a Load result for the golden files: the settings as String
// prints them, then the secrets revealed, the sources and the warnings; or the
// error.
func describe(s *Settings, warnings []Warning, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
		for _, sentinel := range []error{ErrInvalidValue, ErrUnsupported, ErrUnknownEnvironment} {
			if errors.Is(err, sentinel) {
				fmt.Fprintf(&b, "is: %v\n", sentinel)
			}
		}
		return b.String()
	}
	b.WriteString(s.String())
	b.WriteString("-- revealed\n")
	fmt.Fprintf(&b, "url = %s\npassword = %s\n", s.URL.Reveal(), s.Password.Reveal())
	if s.PgShape.DevURL != "" {
		fmt.Fprintf(&b, "pgshape.devUrl = %s\n", s.PgShape.DevURL.Reveal())
	}
	b.WriteString("-- sources\n")
	for _, k := range sortedKeys(s.Sources) {
		fmt.Fprintf(&b, "%s: %s\n", k, s.Sources[k])
	}
	if len(warnings) > 0 {
		b.WriteString("-- warnings\n")
		for _, w := range warnings {
			fmt.Fprintf(&b, "%s\n", w)
		}
	}
	return b.String()
}
