//go:build unix

package pgtemp

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

// runAs is the unprivileged OS user that initdb and postgres run as when pgshape
// runs as root; nil means "as ourselves".
type runAs struct {
	name     string
	uid, gid uint32
}

// serverUser picks the user to run the server as. PostgreSQL refuses to run as root,
// and CI containers and tests often are root.
func serverUser() (*runAs, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	var lastErr error
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			lastErr = err
			continue
		}
		uid, err := strconv.ParseUint(u.Uid, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("pgtemp: user %s: uid %q: %w", name, u.Uid, err)
		}
		gid, err := strconv.ParseUint(u.Gid, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("pgtemp: user %s: gid %q: %w", name, u.Gid, err)
		}
		return &runAs{name: name, uid: uint32(uid), gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("pgtemp: running as root and neither user postgres nor nobody exists "+
		"(PostgreSQL refuses to run as root; create a postgres user): %w", lastErr)
}

// chown gives path to the server user.
func (r *runAs) chown(path string) error {
	if r == nil {
		return nil
	}
	if err := os.Chown(path, int(r.uid), int(r.gid)); err != nil {
		return fmt.Errorf("pgtemp: chown %s to %s: %w", path, r.name, err)
	}
	return nil
}

// explainExec turns the error of starting a binary of binDir as the server user into
// one that says why: that user, not root, must be able to reach the binaries, which
// binaries unpacked under a private directory (root's home, a 0700 cache) are not.
func (r *runAs) explainExec(binDir string, err error) error {
	if r == nil || !errors.Is(err, fs.ErrPermission) {
		return err
	}
	return fmt.Errorf("%w (as root, initdb and postgres run as user %s, who cannot reach %s: "+
		"make it and every directory above it readable and searchable by %[2]s, e.g. chmod a+rx, "+
		"or put the binaries elsewhere)", err, r.name, binDir)
}

// sysProcAttr returns the attributes for initdb (server=false) and the postmaster
// (server=true).
func (r *runAs) sysProcAttr(server bool) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{}
	if r != nil {
		attr.Credential = &syscall.Credential{Uid: r.uid, Gid: r.gid, Groups: []uint32{}}
	}
	if server {
		// Its own process group: a terminal's Ctrl-C goes to pgshape, which then
		// stops the server in order, instead of hitting both at once.
		attr.Setpgid = true
		setParentDeathSignal(attr)
	}
	return attr
}

// signalProcess sends sig to pid. Root may signal the unprivileged server.
func signalProcess(pid int, sig syscall.Signal) error {
	return syscall.Kill(pid, sig)
}

// killGroup kills every process left in the server's process group.
func killGroup(pgid int) {
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
}

// alive reports whether a process with this pid exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

// PostgreSQL's shutdown modes, as signals to the postmaster.
const (
	sigFastShutdown      = syscall.SIGINT
	sigImmediateShutdown = syscall.SIGQUIT
)
