package differ

import (
	"container/heap"
	"fmt"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// graph orders changes. Every change is a vertex; an edge a → b says a must run
// before b. Edges come from the dependencies between objects: an object is created
// after what it needs and dropped before what it needs. Among the changes free to run,
// the earliest phase goes first, then the change planned first, so plans are stable
// and read in a natural order: drops, types, tables, constraints, indexes, comments.
type graph struct {
	changes []Change
	after   [][]int // after[a] are the changes that must wait for a
	waiting []int   // number of changes each one still waits for
}

func newGraph(changes []Change) *graph {
	return &graph{changes: changes, after: make([][]int, len(changes)), waiting: make([]int, len(changes))}
}

// mustRunBefore adds the edge a → b.
func (g *graph) mustRunBefore(a, b int) {
	if a == b {
		return
	}
	g.after[a] = append(g.after[a], b)
	g.waiting[b]++
}

// sorted returns the changes in an order that respects every edge, or an error naming
// the changes of a cycle.
func (g *graph) sorted() ([]Change, error) {
	ready := &readyQueue{changes: g.changes}
	for i, n := range g.waiting {
		if n == 0 {
			heap.Push(ready, i)
		}
	}
	out := make([]Change, 0, len(g.changes))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		out = append(out, g.changes[i])
		for _, j := range g.after[i] {
			if g.waiting[j]--; g.waiting[j] == 0 {
				heap.Push(ready, j)
			}
		}
	}
	if len(out) < len(g.changes) {
		var stuck []string
		for i, n := range g.waiting {
			if n > 0 {
				stuck = append(stuck, Describe(g.changes[i]))
			}
		}
		return nil, fmt.Errorf("differ: the changes depend on each other in a cycle: %s", strings.Join(stuck, "; "))
	}
	return out, nil
}

// readyQueue holds the changes free to run, earliest phase first, then plan order.
type readyQueue struct {
	changes []Change
	items   []int
}

func (q *readyQueue) Len() int { return len(q.items) }
func (q *readyQueue) Less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	pa, pb := q.changes[a].meta().phase, q.changes[b].meta().phase
	if pa != pb {
		return pa < pb
	}
	return a < b
}
func (q *readyQueue) Swap(i, j int) { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *readyQueue) Push(x any)    { q.items = append(q.items, x.(int)) }
func (q *readyQueue) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

// order sorts the planned changes: phase order, overruled where the catalogs'
// dependencies demand it. placeholders are the views created first as placeholders
// (see breakViewCycles): the functions that need such a view wait for its
// placeholder only.
func (d *differ) order(placeholders map[Object]Change) ([]Change, error) {
	g := newGraph(d.changes)
	index := make(map[Change]int, len(d.changes))
	for i, c := range d.changes {
		index[c] = i
	}
	creates := map[model.ObjectID][]int{} // changes that create or alter an object
	drops := map[model.ObjectID][]int{}
	for i, c := range d.changes {
		if cv, ok := c.(*CreateView); !definesObject(c) || ok && cv.Placeholder {
			continue
		}
		id := c.Object()
		if c.Op() == Drop {
			drops[id] = append(drops[id], i)
		} else {
			creates[id] = append(creates[id], i)
		}
	}
	// What an object needs is created or altered before it.
	for _, dep := range d.to.Dependencies {
		if p, ok := placeholders[Object{Kind: model.KindView, Name: dep.To.Name}]; ok && dep.From.Kind == model.KindFunction &&
			(dep.To.Kind == model.KindView || dep.To.Kind == model.KindColumn) {
			for _, b := range lookup(creates, dep.From) {
				g.mustRunBefore(index[p], b)
			}
			continue
		}
		for _, a := range lookup(creates, dep.To) {
			for _, b := range lookup(creates, dep.From) {
				g.mustRunBefore(a, b)
			}
		}
	}
	// An object is dropped before what it needs is dropped or altered.
	for _, dep := range d.from.Dependencies {
		for _, a := range lookup(drops, dep.From) {
			for _, b := range lookup(drops, dep.To) {
				g.mustRunBefore(a, b)
			}
			for _, b := range lookup(creates, dep.To) {
				if d.changes[b].Op() == Alter {
					g.mustRunBefore(a, b)
				}
			}
		}
	}
	// Default privileges change after every object they would apply to is created,
	// whatever else it waits for (a column counts: an identity column makes a
	// sequence). Indexes, built concurrently at the very end, take none.
	for j, c := range d.changes {
		if _, ok := c.(*AlterDefaultPrivileges); !ok {
			continue
		}
		for id, ids := range creates {
			if defaultACLKind(id.Kind) == "" && id.Kind != model.KindColumn {
				continue
			}
			for _, i := range ids {
				if d.changes[i].Op() == Create {
					g.mustRunBefore(i, j)
				}
			}
		}
	}
	// The steps of an online operation keep their order.
	for j, c := range d.changes {
		for _, a := range c.meta().after {
			if i, ok := index[a]; ok {
				g.mustRunBefore(i, j)
			}
		}
	}
	// Phases that must hold whatever the dependencies say: an object is dropped before
	// one of the same identity is created again.
	for id, ds := range drops {
		for _, a := range ds {
			for _, b := range creates[id] {
				g.mustRunBefore(a, b)
			}
		}
	}
	return g.sorted()
}

// definesObject reports whether a change creates, drops or redefines its object, as
// opposed to settings around it (comments, grants, ownership, enabled state), which
// nothing depends on and which run in their own late phases.
func definesObject(c Change) bool {
	switch c.(type) {
	case *SetComment, *Grant, *Revoke, *SetSequenceOwner, *SetTriggerEnabled, *SetTableOption, *SetTableParameters,
		*SetOwner, *AlterDefaultPrivileges:
		return false
	}
	return true
}

// lookup returns the changes on an object. A column is also made or dropped with its
// table or view (CREATE TABLE, DROP VIEW), so those count for it too.
func lookup(changes map[model.ObjectID][]int, id model.ObjectID) []int {
	out := changes[id]
	if id.Kind == model.KindColumn {
		out = append(out, changes[model.ObjectID{Kind: model.KindTable, Name: id.Name}]...)
		out = append(out, changes[model.ObjectID{Kind: model.KindView, Name: id.Name}]...)
	}
	return out
}
