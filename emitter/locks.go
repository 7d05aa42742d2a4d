package emitter

import (
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// Lock is a table-level lock a statement takes: its mode as pg_locks names it
// ("AccessExclusiveLock", "ShareUpdateExclusiveLock", ...) and the relation it is
// taken on, qualified and quoted as in the plan ("public.orders").
type Lock struct {
	Mode     string
	Relation string
}

// The lock modes a plan's statements take, as pg_locks names them.
const (
	accessExclusive      = "AccessExclusiveLock"
	exclusive            = "ExclusiveLock"
	shareRowExclusive    = "ShareRowExclusiveLock"
	share                = "ShareLock"
	shareUpdateExclusive = "ShareUpdateExclusiveLock"
	rowShare             = "RowShareLock"
)

// BlocksWrites reports whether the lock conflicts with the ROW EXCLUSIVE lock that
// INSERT, UPDATE and DELETE take: writers of the relation wait while it is held,
// and while it is waited for.
func (l Lock) BlocksWrites() bool {
	switch l.Mode {
	case accessExclusive, exclusive, shareRowExclusive, share:
		return true
	}
	return false
}

// ModeName spells the mode as the documentation does: "ACCESS EXCLUSIVE".
func (l Lock) ModeName() string {
	m := strings.TrimSuffix(l.Mode, "Lock")
	var b strings.Builder
	for i, r := range m {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// Effective returns the locks to go by: the ones the rehearsal saw the statement
// take, with the predicted ones it did not see (a lock its transaction took for an
// earlier statement is not seen again); the predicted ones alone when the statement
// was not observed (it runs outside a transaction, or the plan was not rehearsed).
func (s Statement) Effective() []Lock {
	if s.Observed == nil {
		return s.Locks
	}
	out := append([]Lock{}, s.Observed...)
	for _, p := range s.Locks {
		seen := false
		for _, o := range s.Observed {
			seen = seen || o.Relation == p.Relation && (o.BlocksWrites() || !p.BlocksWrites())
		}
		if !seen {
			out = append(out, p)
		}
	}
	return out
}

// BlocksWrites reports whether one of the statement's effective locks blocks
// writes.
func (s Statement) BlocksWrites() bool {
	for _, l := range s.Effective() {
		if l.BlocksWrites() {
			return true
		}
	}
	return false
}

// predictLocks fills in the locks a statement of change c takes on relations
// that exist before it runs, and whether it runs long (scans, builds or waits
// for other transactions), from PostgreSQL's documented lock levels. A new
// table, view or index locks nothing anybody else uses; object locks on types
// and functions are not listed. The rehearsal records what is really taken.
func predictLocks(c differ.Change, s *Statement) {
	on := func(mode string, rel model.QName) {
		s.Locks = append(s.Locks, Lock{Mode: mode, Relation: rel.String()})
	}
	sql := s.SQL
	long := false
	for _, h := range c.Hazards() {
		switch h.Kind {
		case differ.TableRewrite, differ.BlockingScan, differ.IndexBuild:
			long = true
		}
	}
	switch c := c.(type) {
	case *differ.CreateTable:
		if c.Table.PartitionOf != nil {
			on(accessExclusive, *c.Table.PartitionOf)
		}
		for _, p := range c.Table.Inherits {
			on(shareUpdateExclusive, p)
		}
		long = false
	case *differ.DropTable:
		on(accessExclusive, c.Name)
	case *differ.AddColumn:
		on(accessExclusive, c.Table)
	case *differ.DropColumn:
		on(accessExclusive, c.Table)
	case *differ.AlterColumn:
		on(accessExclusive, c.Table)
		long = long && (strings.Contains(sql, " TYPE ") || strings.HasSuffix(sql, " SET NOT NULL"))
	case *differ.AddConstraint:
		switch {
		case c.NewTable && c.Constraint.Kind != model.ForeignKey:
		case c.Constraint.Kind == model.ForeignKey:
			on(shareRowExclusive, c.Table)
			if c.Constraint.References != c.Table {
				on(shareRowExclusive, c.Constraint.References)
			}
			long = !c.ValidatedLater && !c.NewTable
		default:
			on(accessExclusive, c.Table)
			long = c.UsingIndex == "" && !c.ValidatedLater && !c.NewTable
		}
	case *differ.ValidateConstraint:
		on(shareUpdateExclusive, c.Table)
		if strings.Contains(sql, " VALIDATE CONSTRAINT ") {
			long = true
		}
	case *differ.DropConstraint:
		on(accessExclusive, c.Table)
		if c.Constraint.Kind == model.ForeignKey && c.Constraint.References != c.Table && c.Constraint.References.Name != "" {
			on(accessExclusive, c.Constraint.References) // its triggers there go too
		}
	case *differ.ProveNotNull:
		on(accessExclusive, c.Table)
	case *differ.SetNotNull:
		on(accessExclusive, c.Table)
		long = false
	case *differ.CreateIndex:
		if c.Concurrently {
			on(shareUpdateExclusive, c.Table)
			long = true
		} else if long {
			on(share, c.Table)
		}
	case *differ.DropIndex:
		if c.Concurrently {
			on(shareUpdateExclusive, c.Table)
			long = true // waits for the transactions that may use the index
		} else {
			on(accessExclusive, c.Table)
		}
	case *differ.SwapIndex:
		if strings.HasPrefix(sql, "DROP INDEX CONCURRENTLY ") {
			on(shareUpdateExclusive, c.Table)
			long = true
		} else {
			on(shareUpdateExclusive, model.QName{Schema: c.Table.Schema, Name: c.Temp})
			long = false
		}
	case *differ.AttachPartition:
		on(shareUpdateExclusive, c.Parent)
		on(accessExclusive, c.Table)
	case *differ.DetachPartition:
		mode := pick(c.Concurrently, shareUpdateExclusive, accessExclusive)
		on(mode, c.Parent)
		on(mode, c.Table)
		long = c.Concurrently // waits for the transactions that use the parent
	case *differ.CreateView:
		if c.Replace {
			on(accessExclusive, c.View.Name)
		}
	case *differ.DropView, *differ.SetViewOptions, *differ.DropTrigger, *differ.CreatePolicy, *differ.AlterPolicy,
		*differ.DropPolicy, *differ.SetTableOption:
		// The view or table the object is (or belongs to) names it.
		on(accessExclusive, c.Object().Name)
	case *differ.CreateObject, *differ.DropObject:
		switch id := c.Object(); {
		case id.Kind == model.KindRule:
			// CREATE RULE and DROP RULE lock the rule's table or view.
			on(accessExclusive, id.Name)
		case id.Kind == model.KindForeignTable && c.Op() == differ.Drop:
			on(accessExclusive, id.Name)
		}
	case *differ.AlterObjectOptions:
		if c.Target.ID.Kind == model.KindForeignTable {
			on(accessExclusive, c.Target.ID.Name)
		}
	case *differ.CreateTrigger, *differ.SetTriggerEnabled:
		on(shareRowExclusive, c.Object().Name)
	case *differ.SetTableParameters:
		on(shareUpdateExclusive, c.Table)
	case *differ.SetInherit:
		on(accessExclusive, c.Table)
		on(shareUpdateExclusive, c.Parent)
	case *differ.Rename:
		switch c.Target.Kind {
		case model.KindIndex:
			on(shareUpdateExclusive, model.QName{Schema: c.Target.Name.Schema, Name: c.From})
		case model.KindTable, model.KindView:
			on(accessExclusive, model.QName{Schema: c.Target.Name.Schema, Name: c.From})
		default:
			on(accessExclusive, c.Target.Name)
		}
	case *differ.SetOwner:
		switch c.Keyword {
		case "TABLE", "VIEW", "MATERIALIZED VIEW", "SEQUENCE", "FOREIGN TABLE":
			on(accessExclusive, c.Target.Name)
		}
	case *differ.AlterSequence:
		on(shareRowExclusive, c.Name)
	case *differ.SetSequenceOwner:
		on(shareRowExclusive, c.Name)
	case *differ.DropSequence:
		on(accessExclusive, c.Name)
	case *differ.RebuildEnum:
		// Its ALTER TABLE statements convert the columns (a rewrite); the type
		// renames and drops lock no table.
		long = false
		for _, col := range c.Columns {
			if strings.HasPrefix(sql, "ALTER TABLE "+col.Table.String()+" ") {
				on(accessExclusive, col.Table)
				long = strings.Contains(sql, " TYPE ")
				break
			}
		}
	}
	s.Long = long
}
