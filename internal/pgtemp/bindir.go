package pgtemp

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ErrNotFound is returned (wrapped) when no PostgreSQL server binaries are found.
var ErrNotFound = errors.New("pgtemp: no PostgreSQL server binaries (initdb, pg_ctl, postgres) found; " +
	"install PostgreSQL (Debian/Ubuntu: apt-get install postgresql; Fedora/RHEL: dnf install postgresql-server; " +
	"macOS: brew install postgresql) or set PGSHAPE_PG_BIN to the directory that holds initdb, pg_ctl and postgres")

// EnvBinDir names the environment variable that overrides the search for binaries.
const EnvBinDir = "PGSHAPE_PG_BIN"

// requiredBinaries must all be present in a candidate directory.
var requiredBinaries = []string{"initdb", "pg_ctl", "postgres"}

// FindBinDir returns the directory holding initdb, pg_ctl and postgres. It looks, in
// order, at $PGSHAPE_PG_BIN, `pg_config --bindir`, the directories of initdb and
// postgres on PATH, and the usual installation directories, newest major first
// (/usr/lib/postgresql/*/bin on Debian, /usr/pgsql-*/bin on RHEL, Homebrew's
// postgresql@* kegs). When none holds all three, the error wraps ErrNotFound and
// says how to install them.
func FindBinDir() (string, error) {
	dirs, err := FindBinDirs()
	if err != nil {
		return "", err
	}
	return dirs[0], nil
}

// FindBinDirs returns every directory that holds a usable set of server binaries, in
// the preference order of FindBinDir, without duplicates. Callers that need a given
// major version (the shadow database must match the target's) pick from this list
// with BinDirMajor.
func FindBinDirs() ([]string, error) {
	// An explicit setting must not be silently replaced by another installation.
	if dir := os.Getenv(EnvBinDir); dir != "" {
		if missing := missingBinaries(dir); len(missing) > 0 {
			return nil, fmt.Errorf("%w (%s=%s lacks %s)", ErrNotFound, EnvBinDir, dir, strings.Join(missing, ", "))
		}
		return []string{dir}, nil
	}

	var found []string
	seen := map[string]bool{}
	add := func(dir string) {
		if dir == "" {
			return
		}
		key := dir
		if resolved, err := filepath.EvalSymlinks(dir); err == nil {
			key = resolved
		}
		if seen[key] || len(missingBinaries(dir)) > 0 {
			return
		}
		seen[key] = true
		found = append(found, dir)
	}

	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		add(strings.TrimSpace(string(out)))
	}
	for _, name := range []string{"initdb", "postgres"} {
		p, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		// Try the PATH directory itself first (it may hold symlinks to all three),
		// then the directory the binary really lives in.
		add(filepath.Dir(p))
		if resolved, err := filepath.EvalSymlinks(p); err == nil {
			add(filepath.Dir(resolved))
		}
	}
	for _, dir := range installDirs() {
		add(dir)
	}
	if len(found) == 0 {
		return nil, ErrNotFound
	}
	return found, nil
}

// installPatterns are the usual places of versioned installations; the first
// submatch of each is the version.
var installPatterns = []struct {
	glob string
	re   *regexp.Regexp
}{
	{"/usr/lib/postgresql/*/bin", regexp.MustCompile(`^/usr/lib/postgresql/([0-9.]+)/bin$`)},
	{"/usr/pgsql-*/bin", regexp.MustCompile(`^/usr/pgsql-([0-9.]+)/bin$`)},
	{"/opt/homebrew/opt/postgresql@*/bin", regexp.MustCompile(`^/opt/homebrew/opt/postgresql@([0-9.]+)/bin$`)},
	{"/usr/local/opt/postgresql@*/bin", regexp.MustCompile(`^/usr/local/opt/postgresql@([0-9.]+)/bin$`)},
}

// installDirs lists versioned installation directories, newest major first.
func installDirs() []string {
	type cand struct {
		dir     string
		version float64
	}
	var cands []cand
	for _, p := range installPatterns {
		matches, _ := filepath.Glob(p.glob)
		for _, m := range matches {
			sub := p.re.FindStringSubmatch(m)
			if sub == nil {
				continue
			}
			v, err := strconv.ParseFloat(sub[1], 64)
			if err != nil {
				continue
			}
			cands = append(cands, cand{m, v})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].version > cands[j].version })
	dirs := make([]string, len(cands))
	for i, c := range cands {
		dirs[i] = c.dir
	}
	return dirs
}

// missingBinaries names the required binaries that dir lacks or cannot execute.
func missingBinaries(dir string) []string {
	var missing []string
	for _, name := range requiredBinaries {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode().Perm()&0o111 == 0 {
			missing = append(missing, name)
		}
	}
	return missing
}

// versionRE matches the output of `postgres --version`, e.g.
// "postgres (PostgreSQL) 15.6 (Debian 15.6-0+deb12u1)" or "... 9.6.24".
var versionRE = regexp.MustCompile(`\(PostgreSQL\) ([0-9]+)(?:\.([0-9]+))?`)

// BinDirMajor returns the major version of the server binaries in dir (15 for 15.6,
// 9 for 9.6), by running `postgres --version`.
func BinDirMajor(dir string) (int, error) {
	out, err := exec.Command(filepath.Join(dir, "postgres"), "--version").Output()
	if err != nil {
		return 0, fmt.Errorf("pgtemp: run %s --version: %w", filepath.Join(dir, "postgres"), err)
	}
	m := versionRE.FindStringSubmatch(string(out))
	if m == nil {
		return 0, fmt.Errorf("pgtemp: unrecognized postgres --version output %q", strings.TrimSpace(string(out)))
	}
	major, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, fmt.Errorf("pgtemp: parse version %q: %w", m[0], err)
	}
	return major, nil
}
