package pgtemp

import (
	"errors"
	"os"
	"syscall"
)

// On Windows the embedded server is not supported yet: it relies on Unix sockets,
// process groups and POSIX signals. These stubs keep the package (and the CLI)
// building there; Start fails with a clear error.

type runAs struct{}

func serverUser() (*runAs, error) {
	return nil, errors.New("pgtemp: the embedded PostgreSQL needs a Unix system; give a database URL instead")
}

func (r *runAs) chown(string) error                           { return nil }
func (r *runAs) explainExec(_ string, err error) error        { return err }
func (r *runAs) sysProcAttr(server bool) *syscall.SysProcAttr { return nil }

func signalProcess(pid int, _ os.Signal) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	return p.Kill()
}

func killGroup(pid int) { _ = signalProcess(pid, os.Kill) }

func alive(pid int) bool {
	_, err := os.FindProcess(pid)
	return err == nil
}

var (
	sigFastShutdown      os.Signal = os.Interrupt
	sigImmediateShutdown os.Signal = os.Kill
)
