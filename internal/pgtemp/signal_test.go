package pgtemp

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperEnv makes the test binary act as a program that starts a server and waits
// to be killed.
const helperEnv = "PGTEMP_TEST_HELPER"

// helperBaseEnv names the directory the helper's server is made in: a private one,
// so that the sweep another test package runs at the same time (every Start sweeps
// the temp directory) cannot remove the killed helper's directory before this test
// looks at it.
const helperBaseEnv = "PGTEMP_TEST_HELPER_BASE"

func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		return // not a real test: run by startHelper in a child process
	}
	s, err := StartWith(context.Background(), Options{Dir: os.Getenv(helperBaseEnv)})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	if mode == "signal" {
		s.StopOnSignal()
	}
	fmt.Println("READY", s.PID(), s.Dir())
	time.Sleep(time.Minute)
	os.Exit(3)
}

// startHelper runs TestHelperProcess in a child and returns it with the pid and
// directory of the server it started.
func startHelper(t *testing.T, mode string) (*exec.Cmd, int, string) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperBaseEnv+"="+serverBase(t))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("read helper output: %v", err)
	}
	var pid int
	var dir string
	if _, err := fmt.Sscanf(line, "READY %d %s", &pid, &dir); err != nil {
		t.Fatalf("helper said %q", line)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return cmd, pid, dir
}

// waitGone waits until pid has exited. A zombie counts as gone: in a container
// whose init does not reap orphans, the dead postmaster lingers as one.
func waitGone(t *testing.T, pid int) {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil && !alive(pid) {
			return
		}
		// /proc/<pid>/stat: "pid (comm) S ..."; the state follows the last ')'.
		if s := string(b); err == nil {
			if i := strings.LastIndexByte(s, ')'); i >= 0 && strings.HasPrefix(s[i+1:], " Z") {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("postmaster %d still running", pid)
}

func TestKilledParentStopsServer(t *testing.T) {
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("needs /proc and a parent-death signal (Linux)")
	}
	cmd, pid, dir := startHelper(t, "kill")
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	waitGone(t, pid)

	// The directory outlives a SIGKILL; the next run's sweep removes it.
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("stat %s after kill: %v", dir, err)
	}
	removed, err := SweepStale(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !contains(removed, dir) {
		t.Errorf("SweepStale removed %v, want it to include %s", removed, dir)
	}
}

func TestSignalStopsServerAndExits(t *testing.T) {
	cmd, pid, dir := startHelper(t, "signal")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != 143 {
		t.Errorf("helper exit: %v, want exit status 143", err)
	}
	waitGone(t, pid)
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stat %s after SIGTERM: %v, want not exist", dir, err)
	}
}

func TestSweepKeepsLiveServer(t *testing.T) {
	s, err := Start(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	removed, err := SweepStale(filepath.Dir(s.Dir()))
	if err != nil {
		t.Fatal(err)
	}
	if contains(removed, s.Dir()) {
		t.Fatalf("SweepStale removed the live server's directory %s", s.Dir())
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
