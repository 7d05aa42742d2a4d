//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp"
)

// serverSettings suit a sustained write load on one machine. pgtemp's server is
// tuned for many tiny test databases (32MB of shared buffers), so the benchmark
// starts its own. Durability is off (fsync, synchronous_commit, full_page_writes):
// the data is thrown away, and a commit that waits for a disk flush would measure
// the disk, not the locks. Checkpoints are rare and the benchmark runs one itself
// between measurements, outside every window. Autovacuum is off so it never takes a
// lock on the table in the middle of a window; the table is vacuumed once after
// loading. Parallel workers are off: the machine may have few cores.
var serverSettings = []string{
	"listen_addresses=",
	"port=5432",
	"max_connections=50",
	"shared_buffers=1GB",
	"maintenance_work_mem=512MB",
	"max_wal_size=8GB",
	"min_wal_size=1GB",
	"checkpoint_timeout=1h",
	"fsync=off",
	"synchronous_commit=off",
	"full_page_writes=off",
	"autovacuum=off",
	"max_parallel_workers_per_gather=0",
	"max_parallel_maintenance_workers=0",
	"jit=off",
	"log_lock_waits=on",
	"log_checkpoints=on",
	"log_min_duration_statement=-1",
}

// Time limits of the server's start and stop.
const (
	readyTimeout = 60 * time.Second
	stopTimeout  = 30 * time.Second
)

// server is a PostgreSQL cluster in a temporary directory of its own.
type server struct {
	dir    string // data/ and the socket
	cmd    *exec.Cmd
	exited chan struct{}
}

// startServer runs initdb in a fresh directory under base and starts postgres on
// it, listening on a Unix socket only, with its log in logPath. As root, the server
// runs as the postgres user (PostgreSQL refuses root), which must be able to reach
// base.
func startServer(ctx context.Context, base, logPath string) (*server, error) {
	binDir, err := pgtemp.FindBinDir()
	if err != nil {
		return nil, err
	}
	cred, err := serverCredential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(base, "stallbench-")
	if err != nil {
		return nil, fmt.Errorf("stallbench: server directory: %w", err)
	}
	s := &server{dir: dir}
	if err := s.start(ctx, binDir, cred, logPath); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

func (s *server) start(ctx context.Context, binDir string, cred *syscall.Credential, logPath string) error {
	if cred != nil {
		if err := os.Chown(s.dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return fmt.Errorf("stallbench: chown server directory: %w", err)
		}
	}
	dataDir := filepath.Join(s.dir, "data")
	var out bytes.Buffer
	initdb := exec.CommandContext(ctx, filepath.Join(binDir, "initdb"), "-D", dataDir, "-U", "postgres",
		"--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
	initdb.Env = serverEnv()
	initdb.Stdout, initdb.Stderr = &out, &out
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if err := initdb.Run(); err != nil {
		return fmt.Errorf("stallbench: initdb: %w\n%s", err, out.String())
	}

	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("stallbench: server log: %w", err)
	}
	defer logFile.Close() // the server keeps its own descriptor
	args := []string{"-D", dataDir, "-k", s.dir}
	for _, setting := range serverSettings {
		args = append(args, "-c", setting)
	}
	cmd := exec.Command(filepath.Join(binDir, "postgres"), args...)
	cmd.Env = serverEnv()
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// A process group of its own, so a Ctrl-C reaches us and we stop the server in
	// order; and a parent-death signal, so a killed benchmark leaves no server.
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Setpgid: true, Pdeathsig: syscall.SIGQUIT}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("stallbench: start postgres: %w", err)
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(s.exited)
	}()
	return s.waitReady(ctx, logPath)
}

func (s *server) waitReady(ctx context.Context, logPath string) error {
	deadline := time.Now().Add(readyTimeout)
	for {
		conn, err := pgx.Connect(ctx, s.url("postgres"))
		if err == nil {
			return conn.Close(ctx)
		}
		select {
		case <-s.exited:
			return fmt.Errorf("stallbench: postgres exited during start; see %s", logPath)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("stallbench: postgres not ready after %s: %w; see %s", readyTimeout, err, logPath)
		}
	}
}

// url is the connection URL of database dbname.
func (s *server) url(dbname string) string {
	q := url.Values{}
	q.Set("host", s.dir)
	q.Set("port", "5432")
	q.Set("sslmode", "disable")
	return "postgres://postgres@/" + url.PathEscape(dbname) + "?" + q.Encode()
}

// stop shuts the server down (fast, then immediate, then SIGKILL) and removes its
// directory. It is safe to call on a server that never started.
func (s *server) stop() {
	if s.cmd != nil {
		pid := s.cmd.Process.Pid
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGKILL} {
			if sig == syscall.SIGKILL {
				_ = syscall.Kill(-pid, sig)
			} else {
				_ = syscall.Kill(pid, sig)
			}
			select {
			case <-s.exited:
			case <-time.After(stopTimeout):
				continue
			}
			break
		}
	}
	if err := os.RemoveAll(s.dir); err != nil {
		fmt.Fprintf(os.Stderr, "stallbench: remove %s: %v\n", s.dir, err)
	}
}

// serverCredential is the postgres user's when we run as root, else nil.
func serverCredential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("stallbench: running as root needs a postgres user to run the server: %w", err)
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("stallbench: user postgres: %w", err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}, nil
}

// serverEnv is our environment without the variables that would redirect initdb and
// postgres (PGDATA, PGPORT, ...) or translate their messages.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PG") || strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}
