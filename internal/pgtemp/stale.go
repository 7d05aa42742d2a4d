package pgtemp

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ownerFile records, in a server's directory, the pid of the pgshape process that
// created it, so a later run can tell an abandoned directory from a live one.
const ownerFile = "pgshape.pid"

func writeOwnerFile(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		return fmt.Errorf("pgtemp: write owner file: %w", err)
	}
	return nil
}

// SweepStale removes server directories left in base (os.TempDir() and /tmp when
// base is empty) by pgshape processes that were killed before they could clean up
// (SIGKILL, a test timeout): directories whose owner process and postmaster are both
// gone. It returns the directories it removed. Directories without an owner file
// are left alone: they may belong to a Start in progress.
func SweepStale(base string) ([]string, error) {
	bases := []string{base}
	if base == "" {
		bases = []string{os.TempDir(), "/tmp"}
	}
	var removed []string
	seen := map[string]bool{}
	for _, b := range bases {
		dirs, err := filepath.Glob(filepath.Join(b, "pgshape-*"))
		if err != nil {
			return removed, fmt.Errorf("pgtemp: sweep %s: %w", b, err)
		}
		for _, dir := range dirs {
			if seen[dir] {
				continue
			}
			seen[dir] = true
			if !abandoned(dir) {
				continue
			}
			// Someone else's directory we may not remove is not our problem: keep
			// sweeping the others.
			if err := os.RemoveAll(dir); err == nil {
				removed = append(removed, dir)
			}
		}
	}
	return removed, nil
}

func abandoned(dir string) bool {
	owner, ok := readPID(filepath.Join(dir, ownerFile))
	if !ok || alive(owner) {
		return false
	}
	// postmaster.pid's first line is the postmaster's pid; it is removed on a
	// clean exit.
	if pm, ok := readPID(filepath.Join(dir, "data", "postmaster.pid")); ok && alive(pm) {
		return false
	}
	// Pids are per namespace: a container sharing /tmp may own a live server whose
	// processes we cannot see. Its socket still answers.
	sock := filepath.Join(dir, ".s.PGSQL."+strconv.Itoa(Port))
	if c, err := net.DialTimeout("unix", sock, 200*time.Millisecond); err == nil {
		c.Close()
		return false
	}
	return true
}

func readPID(path string) (int, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	return pid, err == nil && pid > 0
}
