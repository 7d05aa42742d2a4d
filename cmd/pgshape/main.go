package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit codes, part of the CLI contract.
const (
	exitOK          = 0
	exitDifferences = 1 // drift or check found differences
	exitError       = 2 // usage or runtime error
)

// exitCodeError makes main exit with a code other than exitError, after printing
// nothing more than what the command already printed.
type exitCodeError struct{ code int }

func (e exitCodeError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func main() {
	// A plan holds several catalogs of the whole schema at once; with Go's
	// default (the heap may grow to twice what is live before a collection)
	// a schema of 10,000 tables took 1.2 GB, with 50 it takes under 1 GB,
	// for a few percent more time collecting. GOGC, when set, decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ec exitCodeError
	if errors.As(err, &ec) {
		return ec.code
	}
	fmt.Fprintln(stderr, "pgshape: "+err.Error())
	return exitError
}
