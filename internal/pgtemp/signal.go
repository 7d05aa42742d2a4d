package pgtemp

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// StopOnSignal makes a SIGINT or SIGTERM stop the server (which removes its
// directory) and then exit the process with status 128+signal (130 for Ctrl-C,
// 143 for SIGTERM), the shell's convention. Without it, Go's default handling
// would exit at once and leave the directory behind. Call cancel once the
// server is stopped to restore the previous signal handling.
//
// It exits the process because the signal interrupts whatever the program was
// doing; only a main package or a test harness should call it.
func (s *Server) StopOnSignal() (cancel func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			_ = s.Stop()
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			signal.Stop(ch)
			close(done)
		})
	}
}
