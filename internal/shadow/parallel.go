package shadow

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/keygroups"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/parser"
)

// A scratch server runs one statement of a session at a time, on one
// processor: loading ten thousand tables leaves the others idle. LoadParallel
// loads on two sessions, and must leave what Load leaves.
//
// Statements keep the load order wherever it can matter: each object group
// (the objects statements change together, parser.Deps.Objects) is a
// reader-writer lock taken in load order. A statement that changes a group
// waits for every earlier statement that read or changed it; one that reads
// a group (Deps.Uses) waits for every earlier statement that changed it. A
// foreign key's referenced table (Deps.References) counts as changed: the
// key's lock conflicts with itself. So statements ready at the same time
// touch disjoint groups, and batches sent at once never wait on each other.
// Statements the parser does not follow (no Deps), CREATE SCHEMA and CREATE
// EXTENSION run alone, after every earlier statement.
//
// What no group orders: names PostgreSQL chooses (an index's, a
// constraint's) avoid the names that exist when it chooses them, and two
// sessions may create in either order; the caller checks the names read back
// (NamesMayDependOnOrder) and loads again with Load if they might. Any error
// is returned as ErrLoadAlone: the caller loads again with Load, in a new
// database, which reports it as it always does.

// ErrLoadAlone says that LoadParallel did not load the statements: load them
// with Load, into a new database.
var ErrLoadAlone = errors.New("shadow: load the statements on one session")

// parallelSessions is how many sessions LoadParallel loads on.
const parallelSessions = 2

// LoadParallel is Load on two sessions (see above).
func LoadParallel(ctx context.Context, connStr string, stmts []parser.Statement, phase *progress.Phase) error {
	plan, ok := scheduleLoad(stmts)
	if !ok {
		return ErrLoadAlone
	}
	conns := make([]*pgx.Conn, parallelSessions)
	for i := range conns {
		conn, err := ConnectScratch(ctx, connStr)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		conns[i] = conn
	}
	run := &parallelRun{plan: plan, stmts: stmts, phase: phase}
	run.cond = sync.NewCond(&run.mu)
	var wg sync.WaitGroup
	for _, conn := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run.work(ctx, conn)
		}()
	}
	wg.Wait()
	if run.err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return ErrLoadAlone
	}
	for _, d := range run.deferred {
		if err := checkBody(ctx, conns[0], d); err != nil {
			return ErrLoadAlone
		}
	}
	return nil
}

// loadSchedule is the order LoadParallel keeps: for each statement, how
// many earlier ones it waits for and which later ones wait for it, and
// whether it runs alone.
type loadSchedule struct {
	waits   []int
	next    [][]int
	isAlone []bool
}

// maxAlone bounds the statements that run alone: past it, the schedule is
// no longer worth making.
const maxAlone = 200

func scheduleLoad(stmts []parser.Statement) (*loadSchedule, bool) {
	groups := keygroups.New()
	for _, s := range stmts {
		if s.Deps != nil && len(s.Deps.Objects) > 0 {
			for _, k := range s.Deps.Objects[1:] {
				groups.Union(s.Deps.Objects[0], k)
			}
		}
	}
	sc := &loadSchedule{waits: make([]int, len(stmts)), next: make([][]int, len(stmts)), isAlone: make([]bool, len(stmts))}
	after := func(i, earlier int) {
		sc.waits[i]++
		sc.next[earlier] = append(sc.next[earlier], i)
	}
	lastWriter := map[string]int{}
	readers := map[string][]int{} // since the last writer
	lastAlone := -1
	alone := 0
	for i, s := range stmts {
		if s.Deps == nil || s.Kind == "CREATE SCHEMA" || s.Kind == "CREATE EXTENSION" {
			if alone++; alone > maxAlone {
				return nil, false
			}
			sc.isAlone[i] = true
			for j := max(lastAlone, 0); j < i; j++ {
				after(i, j)
			}
			lastAlone = i
			clear(lastWriter)
			clear(readers)
			continue
		}
		waitFor := map[int]bool{}
		if lastAlone >= 0 {
			waitFor[lastAlone] = true
		}
		writes := map[string]bool{}
		for _, k := range s.Deps.Objects {
			writes[groups.Find(k)] = true
		}
		for _, k := range s.Deps.References {
			writes[groups.Find(k)] = true
		}
		for g := range writes {
			if w, ok := lastWriter[g]; ok {
				waitFor[w] = true
			}
			for _, r := range readers[g] {
				waitFor[r] = true
			}
			lastWriter[g] = i
			readers[g] = nil
		}
		for _, k := range s.Deps.Uses {
			g := groups.Find(k)
			if writes[g] {
				continue
			}
			if w, ok := lastWriter[g]; ok {
				waitFor[w] = true
			}
			readers[g] = append(readers[g], i)
		}
		for j := range waitFor {
			after(i, j)
		}
	}
	return sc, true
}

// parallelRun is the state of a LoadParallel shared by its sessions.
type parallelRun struct {
	plan  *loadSchedule
	stmts []parser.Statement
	phase *progress.Phase

	mu       sync.Mutex
	cond     *sync.Cond
	ready    []int // statements whose waits are over, not taken
	started  bool
	running  int // batches being run
	done     int
	deferred []deferredBody
	err      error
}

// work takes batches of ready statements and runs them, until every
// statement ran or a session failed.
func (r *parallelRun) work(ctx context.Context, conn *pgx.Conn) {
	for {
		batch := r.take()
		if batch == nil {
			return
		}
		deferred, err := r.runBatch(ctx, conn, batch)
		r.finish(batch, deferred, err)
	}
}

// take returns the next batch: up to loadBatchSize ready statements, lowest
// first; a statement that runs alone waits for the other session to finish
// and is a batch of its own. Nil when there is nothing left to do.
func (r *parallelRun) take() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.started {
		r.started = true
		for i, w := range r.plan.waits {
			if w == 0 {
				r.ready = append(r.ready, i)
			}
		}
	}
	for {
		if r.err != nil || r.done == len(r.stmts) {
			return nil
		}
		if len(r.ready) > 0 {
			sort.Ints(r.ready)
			if r.plan.isAlone[r.ready[0]] {
				if r.running == 0 {
					batch := []int{r.ready[0]}
					r.ready = r.ready[1:]
					r.running++
					return batch
				}
			} else {
				n := 0
				for n < len(r.ready) && n < loadBatchSize && !r.plan.isAlone[r.ready[n]] {
					n++
				}
				batch := append([]int(nil), r.ready[:n]...)
				r.ready = r.ready[n:]
				r.running++
				return batch
			}
		}
		r.cond.Wait()
	}
}

// finish records a batch run: what waited for its statements may be ready.
func (r *parallelRun) finish(batch []int, deferred []deferredBody, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.running--
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		r.cond.Broadcast()
		return
	}
	r.deferred = append(r.deferred, deferred...)
	r.done += len(batch)
	for _, i := range batch {
		for _, j := range r.plan.next[i] {
			if r.plan.waits[j]--; r.plan.waits[j] == 0 {
				r.ready = append(r.ready, j)
			}
		}
	}
	r.cond.Broadcast()
}

// runBatch runs a batch as Load does (loadBatch).
func (r *parallelRun) runBatch(ctx context.Context, conn *pgx.Conn, batch []int) ([]deferredBody, error) {
	stmts := make([]parser.Statement, len(batch))
	for k, i := range batch {
		stmts[k] = r.stmts[i]
	}
	return loadBatch(ctx, conn, stmts, r.phase)
}
