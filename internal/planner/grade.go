package planner

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/review"
)

// The blocking model: how fast PostgreSQL works through a table while a change
// holds its lock, in bytes of the table's size on disk (heap, TOAST and indexes,
// model.TableStats.Bytes) per second. Deliberately simple and on the slow side
// of a production server that is serving its usual load meanwhile (cold cache,
// WAL written, one core per statement): the estimate is meant to tell a change
// of seconds from one of hours, not to time it.
const (
	// scanBytesPerSecond: a validating scan (SET NOT NULL, CHECK, FOREIGN KEY,
	// ATTACH PARTITION) reads the table sequentially.
	scanBytesPerSecond = 200 << 20
	// indexBuildBytesPerSecond: an index build reads the table and sorts and
	// writes the index.
	indexBuildBytesPerSecond = 100 << 20
	// rewriteBytesPerSecond: a rewrite (type change, volatile default) reads the
	// table, writes a new copy with its WAL and builds every index again.
	rewriteBytesPerSecond = 50 << 20
)

// work is what a change does to its table while it holds its lock, from the
// lightest to the heaviest.
type work int

const (
	catalogOnly work = iota // a catalog update: instant once the lock is granted
	indexBuild
	scan
	rewrite
)

func (w work) bytesPerSecond() float64 {
	switch w {
	case scan:
		return scanBytesPerSecond
	case indexBuild:
		return indexBuildBytesPerSecond
	case rewrite:
		return rewriteBytesPerSecond
	}
	return 0
}

// grade grades every change of the plan that has hazards and touches a table
// whose size current knows (model.Table.Stats, the target's): the table's rows
// and size, and how long the change blocks it. What the change's lock blocks
// is the strongest lock held on the table while its statements ran in the
// rehearsal (see heldLocks), else what its hazards say.
func grade(plan *emitter.Plan, current *model.Catalog) review.Grades {
	grades := review.Grades{}
	statements := map[differ.Change][]emitter.Statement{}
	for _, g := range plan.Groups {
		for _, s := range g.Statements {
			statements[s.Change] = append(statements[s.Change], s)
		}
	}
	held := heldLocks(plan)
	for _, c := range plan.Changes {
		if len(c.Hazards()) == 0 {
			continue
		}
		name, ok := changeTable(c)
		if !ok {
			continue
		}
		rows, bytes, ok := tableSize(current, name)
		if !ok {
			continue
		}
		g := review.HazardGrade{Table: name, Rows: rows, Bytes: bytes}
		w, blocks := workOf(c, name, statements[c], held[c])
		if blocks != "" {
			g.Blocks = blocks
			if rate := w.bytesPerSecond(); rate > 0 {
				g.BlockingSeconds = float64(bytes) / rate
			}
		}
		grades[c] = g
	}
	return grades
}

// changeTable is the table a change works on: for constraints, columns and
// indexes, their table (an index's Object names the index itself).
func changeTable(c differ.Change) (model.QName, bool) {
	switch c := c.(type) {
	case *differ.AddColumn:
		return c.Table, true
	case *differ.DropColumn:
		return c.Table, true
	case *differ.AlterColumn:
		return c.Table, true
	case *differ.AddConstraint:
		return c.Table, true
	case *differ.DropConstraint:
		return c.Table, true
	case *differ.CreateIndex:
		return c.Table, true
	case *differ.DropIndex:
		return c.Table, true
	case *differ.AttachIndex:
		return c.Table, true
	case *differ.DropTable:
		return c.Name, true
	case *differ.AttachPartition:
		return c.Table, true // the partition, which is scanned
	}
	switch obj := c.Object(); obj.Kind {
	case model.KindTable, model.KindColumn, model.KindConstraint:
		return obj.Name, true
	}
	return model.QName{}, false
}

// tableSize is the size of a table of current with known stats; a partitioned
// table's is the sum of its partitions' (its own is empty), rows unknown (-1)
// when any partition's are.
func tableSize(current *model.Catalog, name model.QName) (rows, bytes int64, ok bool) {
	t := current.Tables[name]
	if t == nil || t.Stats == nil {
		return 0, 0, false
	}
	if t.PartitionKey == "" {
		return t.Stats.Rows, t.Stats.Bytes, true
	}
	for _, p := range current.Tables {
		if p.PartitionOf == nil || *p.PartitionOf != name {
			continue
		}
		r, b, ok := tableSize(current, p.Name)
		if !ok {
			continue
		}
		if r < 0 || rows < 0 {
			rows = -1
		} else {
			rows += r
		}
		bytes += b
	}
	return rows, bytes, true
}

// workOf says what a change does to its table and what its lock blocks
// meanwhile ("" when not writes); held are the locks held while it ran in the
// rehearsal, nil when not observed.
func workOf(c differ.Change, table model.QName, stmts []emitter.Statement, held map[string]string) (work, string) {
	w := catalogOnly
	reads := false // a hazard that says reads are blocked too
	for _, h := range c.Hazards() {
		if concurrent(h, stmts) {
			continue
		}
		switch h.Kind {
		case differ.TableRewrite:
			w = max(w, rewrite)
			reads = true
		case differ.BlockingScan:
			w = max(w, scan)
			reads = reads || strings.Contains(h.Message, "reads")
		case differ.IndexBuild:
			w = max(w, indexBuild)
		case differ.DataLoss, differ.IndexDropped:
			reads = true // DROP takes ACCESS EXCLUSIVE
		}
	}
	if held != nil {
		return w, emitter.LockBlocks(held[table.String()])
	}
	if allConcurrent(c, stmts) {
		return w, ""
	}
	if reads {
		return w, "reads and writes"
	}
	return w, "writes"
}

// concurrent reports whether a hazard says its work lets writes continue
// (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT), or its statements all run
// CONCURRENTLY outside a transaction.
func concurrent(h differ.Hazard, stmts []emitter.Statement) bool {
	msg := strings.ToLower(h.Message)
	for _, s := range []string{"concurrently", "writes continue", "does not block", "without blocking"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return allConcurrentStatements(stmts)
}

func allConcurrent(c differ.Change, stmts []emitter.Statement) bool {
	for _, h := range c.Hazards() {
		if !concurrent(h, stmts) {
			return false
		}
	}
	return true
}

func allConcurrentStatements(stmts []emitter.Statement) bool {
	for _, s := range stmts {
		if !strings.Contains(strings.ToUpper(s.SQL), "CONCURRENTLY") {
			return false
		}
	}
	return len(stmts) > 0
}

// heldLocks are, for each change of the plan with a statement observed in the
// rehearsal, the strongest lock held on each relation while its statements
// ran: Observed lists only the locks a statement added, and a lock taken by an
// earlier statement of the same transaction is still held.
func heldLocks(plan *emitter.Plan) map[differ.Change]map[string]string {
	out := map[differ.Change]map[string]string{}
	for _, g := range plan.Groups {
		inTx := map[string]string{} // locks end with the transaction
		for _, s := range g.Statements {
			if s.Observed == nil {
				continue
			}
			for _, l := range s.Observed {
				if emitter.LockStronger(l.Mode, inTx[l.Relation]) {
					inTx[l.Relation] = l.Mode
				}
			}
			h := out[s.Change]
			if h == nil {
				h = map[string]string{}
				out[s.Change] = h
			}
			for rel, mode := range inTx {
				if emitter.LockStronger(mode, h[rel]) {
					h[rel] = mode
				}
			}
		}
	}
	return out
}
