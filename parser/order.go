package parser

import (
	"container/heap"
	"fmt"
	"strings"
)

// loadOrder sorts statements so that each comes after every statement providing
// something it requires. Among statements free to go, the one with the lowest kind
// priority, then file, then position goes first, so the order is stable and reads
// like a hand-written schema.
func loadOrder(stmts []*stmt) ([]*stmt, error) {
	orderAttachedIndexes(stmts)
	orderOpaque(stmts)
	providers := map[ref][]int{}
	for i, s := range stmts {
		for _, p := range s.provides {
			providers[p] = append(providers[p], i)
		}
	}
	succ := make([][]int, len(stmts))
	pred := make([][]int, len(stmts))
	indeg := make([]int, len(stmts))
	for i, s := range stmts {
		seen := map[int]bool{}
		for _, r := range s.requires {
			ps := providers[r]
			if len(ps) == 0 && (r.kind == refColumn || r.kind == refConstraint) {
				// Not declared anywhere: at least wait for the table, so the error is
				// PostgreSQL's "column does not exist", not "table does not exist".
				ps = providers[ref{kind: refTable, name: r.name}]
			}
			// A function calling its own name (not an aggregate named after its
			// state function, which must wait for it).
			own := r.kind == refFunction && s.arity != nil && s.providesRef(r)
			for _, p := range ps {
				if p == i || seen[p] || own && !overloadAccepts(s, stmts[p], r.name) {
					continue
				}
				seen[p] = true
				succ[p] = append(succ[p], i)
				pred[i] = append(pred[i], p)
				indeg[i]++
			}
		}
	}
	ready := &stmtHeap{stmts: stmts}
	for i := range stmts {
		if indeg[i] == 0 {
			heap.Push(ready, i)
		}
	}
	out := make([]*stmt, 0, len(stmts))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		out = append(out, stmts[i])
		for _, j := range succ[i] {
			if indeg[j]--; indeg[j] == 0 {
				heap.Push(ready, j)
			}
		}
	}
	if len(out) < len(stmts) {
		return nil, cycleError(stmts, pred, indeg)
	}
	return out, nil
}

// providesRef reports whether the statement provides r itself.
func (s *stmt) providesRef(r ref) bool {
	for _, p := range s.provides {
		if p == r {
			return true
		}
	}
	return false
}

// cycleError names the statements of one dependency cycle among those left over.
func cycleError(stmts []*stmt, pred [][]int, indeg []int) error {
	start := -1
	for i := range stmts {
		if indeg[i] > 0 {
			start = i
			break
		}
	}
	// Walk backwards along unfinished predecessors until a statement repeats.
	pos := map[int]int{}
	var path []int
	i := start
	for {
		if p, ok := pos[i]; ok {
			path = path[p:]
			break
		}
		pos[i] = len(path)
		path = append(path, i)
		next := -1
		for _, p := range pred[i] {
			if indeg[p] > 0 {
				next = p
				break
			}
		}
		if next < 0 {
			break
		}
		i = next
	}
	var names []string
	for k := len(path) - 1; k >= 0; k-- {
		s := stmts[path[k]]
		names = append(names, fmt.Sprintf("%s (%s)", s.kind, s.source()))
	}
	first := stmts[path[len(path)-1]]
	return first.errorAt(-1, "statements depend on each other in a cycle: %s", strings.Join(names, " -> "))
}

// stmtHeap orders statement indexes by kind priority, file, position in the file and
// part of a split statement.
type stmtHeap struct {
	stmts []*stmt
	items []int
}

func (h *stmtHeap) Len() int { return len(h.items) }

func (h *stmtHeap) Less(a, b int) bool {
	x, y := h.stmts[h.items[a]], h.stmts[h.items[b]]
	if px, py := x.priority(), y.priority(); px != py {
		return px < py
	}
	if x.raw.file.name != y.raw.file.name {
		return x.raw.file.name < y.raw.file.name
	}
	if x.raw.index != y.raw.index {
		return x.raw.index < y.raw.index
	}
	return x.part < y.part
}

// priority is the statement's kind's priority; an opaque statement of a kind pgshape
// does not model goes after all the others.
func (s *stmt) priority() int {
	p, ok := priority[s.kind]
	if !ok && s.opaque {
		return opaqueLatePriority
	}
	return p
}

func (h *stmtHeap) Swap(a, b int) { h.items[a], h.items[b] = h.items[b], h.items[a] }
func (h *stmtHeap) Push(x any)    { h.items = append(h.items, x.(int)) }
func (h *stmtHeap) Pop() any {
	n := len(h.items) - 1
	x := h.items[n]
	h.items = h.items[:n]
	return x
}
