package parser

import (
	"runtime"
	"sync"
)

// readWindow is how many statements are decoded and read at a time: their
// trees are held together (see trees.go), and each window is shared out
// among the processors.
const readWindow = 256

// readResult is what a file's statements read to.
type readResult struct {
	stmts  []*stmt
	errs   []error
	opaque bool // some statement is opaque
}

// readStatements decodes and analyses the statements of a file, in order
// of the file, a window at a time; within a window, the statements are
// decoded and analysed at the same time, on every processor, and the intake
// of pg_dump's and Rails' extras (dumpFile.read) goes through them in order
// in between. The result is the one reading them one by one gives.
func readStatements(f *file, raws []*rawStmt) readResult {
	f.indexLines()
	dump := newDumpFile(f)
	var out readResult
	for lo := 0; lo < len(raws); lo += readWindow {
		window := raws[lo:min(lo+readWindow, len(raws))]
		decodeErrs := make([]error, len(window))
		inParallel(len(window), func(i int) { decodeErrs[i] = window[i].decode() })

		// In order: what to analyse, and what is kept as is.
		slots := make([]readSlot, len(window))
		var analyse []int
		for i, r := range window {
			switch {
			case decodeErrs[i] != nil:
				slots[i].err = decodeErrs[i]
			case !dump.read(r):
				r.node = nil
			case r.node == nil:
				slots[i].stmts = []*stmt{opaqueStmt(r)}
				out.opaque = true
			case isSessionSetting(r.node):
				f.notice(r.start, "skipped session setting %s", r.text())
				r.node = nil
			default:
				slots[i].replacing = dump.replacing[r]
				analyse = append(analyse, i)
			}
		}
		inParallel(len(analyse), func(k int) {
			i := analyse[k]
			slots[i].stmts, slots[i].err = readStatement(window[i], slots[i].replacing)
		})
		for _, s := range slots {
			if s.err != nil {
				out.errs = append(out.errs, s.err)
				continue
			}
			out.stmts = append(out.stmts, s.stmts...)
		}
	}
	dump.notices()
	return out
}

// readSlot is one statement of a window as read.
type readSlot struct {
	stmts     []*stmt
	err       error
	replacing bool // defines a placeholder view (see dumpFile)
}

// readStatement analyses one statement, its tree decoded, and packs the
// trees of what it reads to (see trees.go).
func readStatement(r *rawStmt, replacing bool) ([]*stmt, error) {
	if err := dropOutsidePrelude(r); err != nil {
		r.node = nil
		return nil, err
	}
	ss, err := analyse(r)
	if err != nil {
		r.node = nil
		return nil, err
	}
	if replacing {
		replacesPlaceholder(ss)
	}
	if err := pack(r, ss); err != nil {
		return nil, err
	}
	return ss, nil
}

// inParallel calls fn(0) ... fn(n-1), as many at a time as there are
// processors.
func inParallel(n int, fn func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
