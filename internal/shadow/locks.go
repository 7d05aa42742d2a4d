package shadow

import (
	"context"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// relationsQuery lists the relations of the database before a rehearsal: the
// user's tables, sequences and views, by oid. Only locks on them are recorded.
// PostgreSQL's own catalogs (which DDL locks until commit), TOAST tables and
// temporary objects are noise to a reviewer; so are indexes, whose locks come
// with their table's (a DROP INDEX locks the table too), and the relations the
// plan creates itself, which no other session can be using yet.
const relationsQuery = `SELECT c.oid, n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname <> 'information_schema' AND n.nspname !~ '^pg_' AND c.relkind NOT IN ('i', 'I', 't', 'c')`

// locksQuery lists the relation locks the session holds. It sees the oids
// only: a table the statement has just dropped has left pg_class, and its name
// comes from relationsQuery.
const locksQuery = `SELECT relation, mode FROM pg_catalog.pg_locks
WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' AND granted`

// maxLocksObserved is how many locks a transaction may hold for the observer
// to go on reading pg_locks after each of its statements. Each read copies the
// server's whole lock table, and every object a plan creates stays locked until
// commit: reading after every statement of a transaction that creates
// thousands of objects is quadratic (an initial plan of 2,000 tables rehearsed
// in 15 s took 2.5 min). Past it, the rest of the transaction is not observed.
const maxLocksObserved = 1000

// observer records, statement by statement, the relation locks a rehearsal
// takes: after each statement of a transaction it reads pg_locks (one cheap
// query) and keeps what is new since the previous one: the strongest mode now
// held on each relation, where it is stronger than before (a first lock, or an
// upgrade). The weaker modes a statement takes on the way (a foreign key reads
// the referenced table, then locks it SHARE ROW EXCLUSIVE) add nothing.
// Locks last until the transaction ends, so a statement outside a transaction
// cannot be observed this way; nor, to keep the rehearsal fast, one that runs
// after its transaction holds maxLocksObserved locks.
type observer struct {
	names map[uint32]model.QName
	held  map[uint32]string // the strongest mode held, by relation
	full  bool              // the transaction holds too many locks to go on
	locks [][]emitter.Lock  // by statement of the plan
}

func newObserver(ctx context.Context, conn *pgx.Conn) (*observer, error) {
	o := &observer{names: map[uint32]model.QName{}}
	var (
		oid  uint32
		name model.QName
	)
	rows, err := conn.Query(ctx, relationsQuery)
	if err == nil {
		_, err = pgx.ForEachRow(rows, []any{&oid, &name.Schema, &name.Name}, func() error {
			o.names[oid] = name
			return nil
		})
	}
	if err != nil {
		return nil, fmt.Errorf("shadow: list the relations before a rehearsal: %w", err)
	}
	return o, nil
}

// begin starts a transaction: no lock is held yet.
func (o *observer) begin() { o.held, o.full = map[uint32]string{}, false }

// record adds the locks taken by the statement just run in tx (nil when the
// transaction holds too many to read them).
func (o *observer) record(ctx context.Context, tx pgx.Tx) error {
	if o.full {
		o.locks = append(o.locks, nil)
		return nil
	}
	var (
		relation uint32
		mode     string
		n        int
	)
	rows, err := tx.Query(ctx, locksQuery)
	if err != nil {
		return err
	}
	now := map[uint32]string{}
	_, err = pgx.ForEachRow(rows, []any{&relation, &mode}, func() error {
		n++
		if _, ok := o.names[relation]; ok && emitter.LockStronger(mode, now[relation]) {
			now[relation] = mode
		}
		return nil
	})
	if err != nil {
		return err
	}
	o.full = n >= maxLocksObserved
	taken := []emitter.Lock{}
	for rel, mode := range now {
		if emitter.LockStronger(mode, o.held[rel]) {
			o.held[rel] = mode
			taken = append(taken, emitter.Lock{Mode: mode, Relation: o.names[rel].String()})
		}
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Relation < taken[j].Relation })
	o.locks = append(o.locks, taken)
	return nil
}
