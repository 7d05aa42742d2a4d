package pgtemp

import "syscall"

// setParentDeathSignal asks the kernel to send the postmaster SIGQUIT (immediate
// shutdown) when we die, so a killed pgshape never leaves a server running. Go sets
// it after switching credentials, which would otherwise clear it.
func setParentDeathSignal(attr *syscall.SysProcAttr) {
	attr.Pdeathsig = syscall.SIGQUIT
}
