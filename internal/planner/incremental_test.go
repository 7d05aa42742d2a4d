package planner

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// TestLoadChangedIsLoadAll loads, for every diff and equivalence case, one
// side's files from the cached load of the other side's (loadChanged where
// it can, loadAll where it declines), both ways, and compares what it reads
// back with a load of every statement: they must be equal. Enough cases must
// have been loaded in part for the comparison to mean something.
func TestLoadChangedIsLoadAll(t *testing.T) {
	var cases, partial atomic.Int32
	t.Run("cases", func(t *testing.T) {
		dirs := append(caseDirs(t, "../../testdata/diff"), caseDirs(t, "../../testdata/equivalent")...)
		for _, dir := range dirs {
			t.Run(filepath.Base(filepath.Dir(dir))+"/"+caseName(dir), func(t *testing.T) {
				t.Parallel()
				skipOtherMajors(t, dir)
				createRoles(t, dir)
				current, err := parser.ParseDir(sqlDir(t, filepath.Join(dir, "current.sql")))
				if err != nil {
					// Written for psql (a DO block, data): not schema files.
					t.Logf("current.sql is not schema files: %v", err)
					return
				}
				desired, err := parser.ParseDir(desiredDir(t, dir))
				if err != nil {
					t.Fatal(err)
				}
				cases.Add(1)
				ctx := context.Background()
				srv, err := shadow.Connect(ctx, pgtest.Server().ConnString("postgres"), "test server")
				if err != nil {
					t.Fatal(err)
				}
				defer srv.Close()
				// checkParts: parts however large, as in the golden plans.
				opts := Options{WithOwners: caseWithOwners(dir), Cache: statecache.Cache{Dir: t.TempDir()}, checkParts: true}
				load := func(parsed *parser.Result) (*model.Catalog, bool) {
					opts.Progress = progress.New()
					c, err := loadDesired(ctx, srv, parsed, opts, "the state")
					if err != nil {
						t.Fatal(err)
					}
					inPart := false
					for _, p := range opts.Progress.Timings() {
						inPart = inPart || strings.Contains(p.Name, "changed objects")
						if strings.Contains(p.Name, "all of it") {
							t.Log(p.Name)
						}
					}
					return c, inPart
				}
				whole := func(parsed *parser.Result) *model.Catalog {
					c, err := loadAll(ctx, srv, parsed, opts, "the state", "")
					if err != nil {
						t.Fatal(err)
					}
					return c
				}
				currentWhole, inPart := load(current)
				if inPart {
					t.Fatal("the first load read part of the files: the cache was not empty")
				}
				got, forward := load(desired)
				assertSameState(t, "desired after current", got, whole(desired))
				got, back := load(current)
				assertSameState(t, "current after desired", got, currentWhole)
				if forward || back {
					partial.Add(1)
				}
			})
		}
	})
	t.Logf("%d of %d cases loaded in part", partial.Load(), cases.Load())
	if partial.Load() < cases.Load()/2 {
		t.Errorf("only %d of %d cases loaded in part: the comparison proves little", partial.Load(), cases.Load())
	}
}

// sqlDir is a directory holding the file at path alone, as schema files.
func sqlDir(t *testing.T, path string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "schema.sql"), []byte(readFile(t, path)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// assertSameState fails when two states read back differ, naming the
// objects that do.
func assertSameState(t *testing.T, what string, got, want *model.Catalog) {
	t.Helper()
	sortDeps := func(c *model.Catalog) {
		sort.Slice(c.Dependencies, func(i, j int) bool {
			a, b := c.Dependencies[i], c.Dependencies[j]
			if a.From != b.From {
				return a.From.Less(b.From)
			}
			return a.To.Less(b.To)
		})
	}
	got, want = got.ShallowCopy(), want.ShallowCopy()
	sortDeps(got)
	sortDeps(want)
	if equalValues(reflect.ValueOf(got), reflect.ValueOf(want)) {
		return
	}
	for id := range changedSet(got, want) {
		t.Errorf("%s: %s differs from a load of every statement", what, id)
	}
	g, w := *got, *want
	g.Tables, w.Tables, g.Views, w.Views, g.Functions, w.Functions = nil, nil, nil, nil, nil, nil
	g.Sequences, w.Sequences, g.Dependencies, w.Dependencies = nil, nil, nil, nil
	if !equalValues(reflect.ValueOf(g), reflect.ValueOf(w)) {
		t.Errorf("%s: the catalog differs from a load of every statement:\n got %+v\nwant %+v", what, g, w)
	}
	if !t.Failed() {
		t.Errorf("%s: differs from a load of every statement", what)
	}
}
