package planner

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/parser"
)

// TestLoadParallelIsLoad loads the desired files of every diff and
// equivalence case (and of PGSHAPE_TEST_CORPUS's, see
// TestLoadChangedIsLoadAll) on two sessions and on one: what the two read
// back must be equal, or the two sessions must have declined.
func TestLoadParallelIsLoad(t *testing.T) {
	var cases, parallel atomic.Int32
	t.Run("cases", func(t *testing.T) {
		forEachCase(t, func(t *testing.T, dir string) {
			desired, err := parser.ParseDir(desiredDir(t, dir))
			if err != nil {
				t.Logf("desired.sql is not schema files: %v", err)
				return
			}
			ctx := context.Background()
			srv, err := shadow.Connect(ctx, pgtest.Server().ConnString("postgres"), "test server")
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			opts := Options{WithOwners: caseWithOwners(dir)}
			alone, err := loadInto(ctx, srv, desired.Statements, opts, "load", "inspect", shadow.Load)
			if err != nil {
				t.Fatal(err)
			}
			cases.Add(1)
			two, err := loadInto(ctx, srv, desired.Statements, opts, "load", "inspect", shadow.LoadParallel)
			if errors.Is(err, shadow.ErrLoadAlone) {
				t.Logf("declined: %v", err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			parallel.Add(1)
			if namesMayDependOnOrder(two) {
				t.Log("names may depend on the order: loadAll loads again on one session")
				return
			}
			assertSameState(t, "two sessions", two, alone)
		})
	})
	t.Logf("%d of %d cases loaded on two sessions", parallel.Load(), cases.Load())
	if parallel.Load() < cases.Load()*3/4 {
		t.Errorf("only %d of %d cases loaded on two sessions", parallel.Load(), cases.Load())
	}
}
