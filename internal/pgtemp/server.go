package pgtemp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Port is the port number every server uses. It only names the socket file
// (.s.PGSQL.5432) inside the server's own directory, so servers never collide.
const Port = 5432

// maxSocketPath is the room for a Unix socket path (sun_path is 108 bytes on Linux,
// 104 on the BSDs and macOS, counting the terminating NUL).
const maxSocketPath = 103

// Timeouts. Start waits generously because a loaded CI machine can be slow to run
// initdb; Stop escalates so that a stuck server cannot hang pgshape.
const (
	readyTimeout    = 60 * time.Second
	fastStopTimeout = 15 * time.Second
	immediateStop   = 5 * time.Second
	logTailBytes    = 2000
)

// serverSettings trade durability and background work for speed: the data is thrown
// away. An empty listen_addresses means Unix socket only. Parallel query is off because
// containers often have a tiny /dev/shm, where parallel workers fail.
var serverSettings = []string{
	"listen_addresses=",
	"fsync=off",
	"synchronous_commit=off",
	"full_page_writes=off",
	"max_connections=100",
	"shared_buffers=32MB",
	"autovacuum=off",
	"max_parallel_workers_per_gather=0",
	"jit=off",
	"log_min_messages=warning",
	"log_min_duration_statement=-1",
}

// Server is a running throwaway PostgreSQL. Its methods are safe for concurrent use.
type Server struct {
	binDir  string
	dir     string // temp dir: data/, postgres.log and the socket
	dataDir string
	logPath string
	major   int
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the postmaster has exited
	waitErr error         // valid once exited is closed
	// adminSession runs CreateDatabase and DropDatabase.
	adminSession *Session

	stopOnce sync.Once
	stopErr  error
}

// Options tune StartWith. The zero value is what Start uses.
type Options struct {
	// BinDir holds initdb, pg_ctl and postgres. Empty: FindBinDir, or when Major
	// is set, the first directory of FindBinDirs with that major version.
	BinDir string
	// Major, when not zero, is the required server major version.
	Major int
	// Dir is where the server's temporary directory (data directory, socket) is
	// created, for a server whose data needs more room than the temp directory has.
	// Empty: os.TempDir(), or /tmp (see makeTempDir). The socket lives there too, so
	// a Dir too long a path for it is an error; as root, the server user must be
	// able to reach it.
	Dir string
	// LogPath is the file the server logs to, for a log that outlives the server.
	// Empty: postgres.log in the server's directory, which Stop removes.
	LogPath string
	// Settings are extra server settings ("name=value"), passed with -c after
	// serverSettings, so that they override them.
	Settings []string
}

// Start initializes a new cluster in a fresh temporary directory and starts a server
// on it, with the binaries FindBinDir finds. The server runs until Stop; ctx bounds
// only the start.
func Start(ctx context.Context) (*Server, error) {
	return StartWith(ctx, Options{})
}

// StartWith is Start with options.
func StartWith(ctx context.Context, opts Options) (*Server, error) {
	binDir, err := chooseBinDir(opts)
	if err != nil {
		return nil, err
	}
	owner, err := serverUser()
	if err != nil {
		return nil, err
	}
	// Best effort: clear what killed runs left behind, so /tmp does not fill up.
	_, _ = SweepStale("")
	if opts.Dir != "" {
		_, _ = SweepStale(opts.Dir)
	}
	dir, err := makeTempDir(opts.Dir, owner != nil)
	if err != nil {
		return nil, err
	}
	s := &Server{
		binDir:  binDir,
		dir:     dir,
		dataDir: filepath.Join(dir, "data"),
		logPath: filepath.Join(dir, "postgres.log"),
	}
	s.adminSession = NewSession(s.ConnString("postgres"))
	if opts.LogPath != "" {
		s.logPath = opts.LogPath
	}
	if err := s.start(ctx, owner, opts.Settings); err != nil {
		_ = s.Stop()
		return nil, err
	}
	return s, nil
}

func chooseBinDir(opts Options) (string, error) {
	if opts.BinDir != "" {
		if missing := missingBinaries(opts.BinDir); len(missing) > 0 {
			return "", fmt.Errorf("%w (%s lacks %s)", ErrNotFound, opts.BinDir, strings.Join(missing, ", "))
		}
		return opts.BinDir, nil
	}
	dirs, err := FindBinDirs()
	if err != nil {
		return "", err
	}
	if opts.Major == 0 {
		return dirs[0], nil
	}
	var have []string
	for _, d := range dirs {
		m, err := BinDirMajor(d)
		if err != nil {
			continue
		}
		if m == opts.Major {
			return d, nil
		}
		have = append(have, fmt.Sprintf("%d in %s", m, d))
	}
	return "", fmt.Errorf("%w: need major version %d, found %s", ErrNotFound, opts.Major, strings.Join(have, "; "))
}

// makeTempDir creates the server's directory in base (empty: the temp directory).
// Its path must leave room for the socket file name; as root it must be reachable
// by the server user, which a private TMPDIR (say under /root) is not, so root
// always uses /tmp. A base the caller chose is used as it is, or refused when too
// long: falling back to /tmp would defeat its purpose.
func makeTempDir(base string, asRoot bool) (string, error) {
	socketName := "/.s.PGSQL." + strconv.Itoa(Port)
	// The longest base that leaves room: MkdirTemp appends up to 10 digits to the
	// pattern.
	room := maxSocketPath - len("/pgshape-") - 10 - len(socketName)
	if base == "" {
		base = os.TempDir()
		if asRoot || len(base) > room {
			base = "/tmp"
		}
	} else {
		// Absolute: postgres runs in the server's directory and gets the socket
		// directory on its command line.
		abs, err := filepath.Abs(base)
		if err != nil {
			return "", fmt.Errorf("pgtemp: server directory base %s: %w", base, err)
		}
		if len(abs) > room {
			return "", fmt.Errorf("pgtemp: %s is too long a path for the server's socket (%d bytes at most)", abs, room)
		}
		base = abs
	}
	dir, err := os.MkdirTemp(base, "pgshape-")
	if err != nil {
		return "", fmt.Errorf("pgtemp: create temp dir: %w", err)
	}
	return dir, nil
}

func (s *Server) start(ctx context.Context, owner *runAs, settings []string) error {
	if err := writeOwnerFile(s.dir); err != nil {
		return err
	}
	if err := owner.chown(s.dir); err != nil {
		return err
	}
	if err := s.initdb(ctx, owner); err != nil {
		return err
	}
	major, err := readMajor(s.dataDir)
	if err != nil {
		return err
	}
	s.major = major

	logFile, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("pgtemp: open server log: %w", err)
	}
	defer logFile.Close() // the child keeps its own descriptor

	args := []string{"-D", s.dataDir, "-k", s.dir, "-p", strconv.Itoa(Port)}
	for _, setting := range serverSettings {
		args = append(args, "-c", setting)
	}
	// Later -c options win: the caller's override ours.
	for _, setting := range settings {
		args = append(args, "-c", setting)
	}
	cmd := exec.Command(filepath.Join(s.binDir, "postgres"), args...)
	cmd.Dir = s.dir
	cmd.Env = serverEnv()
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.SysProcAttr = owner.sysProcAttr(true)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("pgtemp: start postgres: %w", err)
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func() {
		s.waitErr = cmd.Wait()
		close(s.exited)
	}()
	return s.waitReady(ctx)
}

// initdb creates the cluster. The C locale always exists and sorts by bytes, which
// keeps output deterministic; C.UTF-8 is the fallback for exotic builds.
func (s *Server) initdb(ctx context.Context, owner *runAs) error {
	var lastErr error
	for _, locale := range []string{"C", "C.UTF-8"} {
		_ = os.RemoveAll(s.dataDir)
		var out bytes.Buffer
		cmd := exec.CommandContext(ctx, filepath.Join(s.binDir, "initdb"),
			"-D", s.dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8",
			"--locale="+locale, "--no-sync")
		cmd.Dir = s.dir
		cmd.Env = serverEnv()
		cmd.Stdout = &out
		cmd.Stderr = &out
		cmd.SysProcAttr = owner.sysProcAttr(false)
		err := cmd.Run()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("pgtemp: initdb: %w", ctx.Err())
		}
		lastErr = fmt.Errorf("pgtemp: initdb --locale=%s: %w\n%s", locale, owner.explainExec(s.binDir, err), tail(out.Bytes()))
	}
	return lastErr
}

// serverEnv is our environment without the PG* variables, which would redirect
// initdb and postgres (PGDATA, PGPORT, ...), and with messages in English so that
// logs and errors read the same everywhere.
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

// readMajor reads the data directory's PG_VERSION ("15", or "9.6" before 10).
func readMajor(dataDir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "PG_VERSION"))
	if err != nil {
		return 0, fmt.Errorf("pgtemp: read server version: %w", err)
	}
	v := strings.TrimSpace(string(b))
	major, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
	if err != nil {
		return 0, fmt.Errorf("pgtemp: parse server version %q: %w", v, err)
	}
	return major, nil
}

// waitReady polls until the server accepts connections, fails, or time runs out.
func (s *Server) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	for {
		attemptCtx, attemptCancel := context.WithTimeout(ctx, time.Second)
		conn, err := pgconn.Connect(attemptCtx, s.ConnString("postgres"))
		attemptCancel()
		if err == nil {
			return conn.Close(ctx)
		}
		// The server answered with something other than "starting up": it is up
		// and waiting longer will not help.
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code != "57P03" {
			return fmt.Errorf("pgtemp: connect to new server: %w", err)
		}
		select {
		case <-s.exited:
			return fmt.Errorf("pgtemp: postgres exited during start (%v)\n%s", s.waitErr, s.logTail())
		case <-ctx.Done():
			return fmt.Errorf("pgtemp: postgres not ready: %w (last error: %v)\n%s", ctx.Err(), err, s.logTail())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// ConnString returns a URL for database dbname that pgx and psql accept, e.g.
// postgres://postgres@/db?host=/tmp/pgshape-123&port=5432&sslmode=disable.
func (s *Server) ConnString(dbname string) string {
	q := url.Values{}
	q.Set("host", s.dir)
	q.Set("port", strconv.Itoa(Port))
	q.Set("sslmode", "disable")
	// Built by hand: url.URL cannot render "postgres://user@/db" with an empty
	// host, which is how libpq spells "host comes from the query".
	return "postgres://postgres@/" + url.PathEscape(dbname) + "?" + q.Encode()
}

// Major returns the server's major version, e.g. 15.
func (s *Server) Major() int { return s.major }

// BinDir returns the directory of the binaries the server runs from.
func (s *Server) BinDir() string { return s.binDir }

// Dir returns the server's temporary directory (data directory, socket, and the log
// unless Options.LogPath put it elsewhere).
func (s *Server) Dir() string { return s.dir }

// PID returns the postmaster's process ID, or 0 when it is not running.
func (s *Server) PID() int {
	if s.cmd == nil || s.cmd.Process == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Stop shuts the server down (fast shutdown: sessions are cut, nothing waits for
// clients) and removes its directory. It escalates to an immediate shutdown and
// then SIGKILL when the server does not stop in time. Stop is idempotent and safe
// to call from several goroutines, including a signal handler; later calls wait for
// the first and return its result.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() { s.stopErr = s.stop() })
	return s.stopErr
}

func (s *Server) stop() error {
	var errs []error
	if s.cmd != nil {
		if err := s.shutdown(); err != nil {
			errs = append(errs, err)
		}
	}
	// After the shutdown, which ends the session: a statement running in it
	// (Ctrl-C during a CREATE DATABASE) would hold it until it is done.
	s.adminSession.Close()
	if err := os.RemoveAll(s.dir); err != nil {
		errs = append(errs, fmt.Errorf("pgtemp: remove %s: %w", s.dir, err))
	}
	return errors.Join(errs...)
}

func (s *Server) shutdown() error {
	pid := s.cmd.Process.Pid
	steps := []struct {
		signal  func() error
		timeout time.Duration
	}{
		{func() error { return signalProcess(pid, sigFastShutdown) }, fastStopTimeout},
		{func() error { return signalProcess(pid, sigImmediateShutdown) }, immediateStop},
		{func() error { killGroup(pid); return nil }, immediateStop},
	}
	for _, step := range steps {
		select {
		case <-s.exited:
			return nil
		default:
		}
		// An error here means the process is already gone; Wait will report it.
		_ = step.signal()
		select {
		case <-s.exited:
			return nil
		case <-time.After(step.timeout):
		}
	}
	return fmt.Errorf("pgtemp: postgres (pid %d) did not stop", pid)
}

// logTail returns the end of the server log, for error messages.
func (s *Server) logTail() string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return ""
	}
	return "server log (" + s.logPath + "):\n" + tail(b)
}

// tail returns the last logTailBytes of b, from a line start.
func tail(b []byte) string {
	if len(b) > logTailBytes {
		b = b[len(b)-logTailBytes:]
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b = b[i+1:]
		}
	}
	return strings.TrimRight(string(b), "\n")
}
