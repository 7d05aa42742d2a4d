//go:build unix && !linux

package pgtemp

import "syscall"

// setParentDeathSignal does nothing: only Linux has a parent-death signal. Elsewhere
// the postmaster notices a dead parent only through a later Stop or sweep of stale
// directories.
func setParentDeathSignal(attr *syscall.SysProcAttr) {}
