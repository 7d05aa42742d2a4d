package migrate

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// retryKind says how a statement of a file that runs statement by statement
// may run again after a lock timeout (or a deadlock) stopped it. Most
// statements undo everything when they fail; the concurrent ones commit
// along the way.
type retryKind struct {
	// index and table name the index a CREATE INDEX CONCURRENTLY statement
	// builds and its table, quoted (the table qualified as written): an
	// interrupted build leaves an invalid index, dropped before the statement
	// runs again.
	index, table string
	// never, when set, says why the statement does not run again.
	never string
}

// retryKindOf tells how the statement n may run again.
func retryKindOf(n *pg_query.Node) retryKind {
	switch {
	case n.GetIndexStmt() != nil && n.GetIndexStmt().Concurrent:
		st := n.GetIndexStmt()
		if st.Idxname == "" || st.Relation == nil {
			return retryKind{never: "an interrupted CREATE INDEX CONCURRENTLY may leave an invalid index, " +
				"and this one has no name to find it by"}
		}
		table := quoteIdent(st.Relation.Relname)
		if st.Relation.Schemaname != "" {
			table = quoteIdent(st.Relation.Schemaname) + "." + table
		}
		return retryKind{index: st.Idxname, table: table}
	case n.GetReindexStmt() != nil && hasOption(n.GetReindexStmt().Params, "concurrently"):
		return retryKind{never: "an interrupted REINDEX CONCURRENTLY leaves invalid indexes (named *_ccnew) to drop first"}
	case n.GetAlterTableStmt() != nil:
		for _, c := range n.GetAlterTableStmt().Cmds {
			if pc := c.GetAlterTableCmd().GetDef().GetPartitionCmd(); pc != nil && pc.Concurrent {
				return retryKind{never: "an interrupted DETACH PARTITION CONCURRENTLY must be completed " +
					"with ALTER TABLE ... DETACH PARTITION ... FINALIZE"}
			}
		}
	}
	return retryKind{}
}

// stmtOptions are what Migrate adds to runStatements: who blocks a
// statement, and, for files that run statement by statement, retries.
type stmtOptions struct {
	watch *blockerWatch // nil: blockers are not watched
	// retry, when set, runs a statement again after a lock timeout. Only for
	// files outside a transaction: inside one, the whole file runs again.
	retry *retryPolicy
	logf  func(format string, args ...any)
}

// runStatement runs statement st of s, again after a lock timeout as o.retry
// allows, and returns an *Error naming the file and line when it fails.
func (o stmtOptions) runStatement(ctx context.Context, conn *pgconn.PgConn, path string, s script, st statement) error {
	charsAreBytes := conn.ParameterStatus("server_encoding") == "SQL_ASCII"
	if o.retry != nil {
		// Retries of this statement check for blockers eagerly, the next
		// statement not. (Inside a transaction, the caller decides.)
		defer o.watch.setEager(false)
	}
	var seen []Blocker
	var hadInvalidIndex bool
	for attempt := 1; ; attempt++ {
		// A statement inside a transaction the file opened itself (BEGIN)
		// cannot run again alone: the failure ended that transaction.
		inFileTx := conn.TxStatus() != 'I'
		stop := o.watch.watch()
		err := o.exec(ctx, conn, s, st, attempt, &hadInvalidIndex)
		blockers := stop()
		if err == nil {
			return nil
		}
		pos := 0
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) {
			pos = int(pgErr.Position)
		}
		// A file that opened its own transaction must not leave the session in
		// it (outside our transaction only: ours is rolled back by the caller).
		if s.noTx != "" && conn.TxStatus() != 'I' {
			_ = simpleExec(context.WithoutCancel(ctx), conn, "ROLLBACK")
		}
		e := &Error{Path: path, Line: s.errorLine(st, pos, charsAreBytes), Err: err}
		if retryable(err) || (pgErr != nil && pgErr.Code == queryCanceled) {
			// Who held the lock matters when the statement gave up waiting,
			// not when it failed on its own after a wait.
			e.Blockers = blockers
		}
		if o.retry == nil || !retryable(err) {
			return e
		}
		seen = keepBlockers(e, seen)
		why := st.again.never
		if why == "" && inFileTx {
			why = "the statement ran inside a transaction the file opened itself"
		}
		if why != "" || attempt > o.retry.retries || ctx.Err() != nil {
			return gaveUp(e, attempt, *o.retry, why)
		}
		o.watch.setEager(true)
		d := o.retry.delay(attempt, randFloat)
		o.logf("%s", retryLine(e, attempt, o.retry.retries+1, "the statement", d))
		if err := sleepCtx(ctx, d); err != nil {
			return gaveUp(e, attempt, *o.retry, "interrupted while waiting to retry: "+err.Error())
		}
	}
}

// exec runs the statement once; on a retry of a CREATE INDEX CONCURRENTLY,
// it first drops the invalid index the interrupted build left, unless an
// invalid index of that name was there before the first attempt (an
// interrupted build may have failed before it looked for the name).
func (o stmtOptions) exec(ctx context.Context, conn *pgconn.PgConn, s script, st statement, attempt int, had *bool) error {
	if o.retry != nil && st.again.index != "" {
		switch name, err := invalidIndex(ctx, conn, st.again.table, st.again.index); {
		case err != nil:
			return err
		case attempt == 1:
			*had = name != ""
		case name != "" && !*had:
			o.logf("dropping the invalid index %s left by the interrupted CREATE INDEX CONCURRENTLY", name)
			if err := simpleExec(ctx, conn, "DROP INDEX CONCURRENTLY IF EXISTS "+name); err != nil {
				return err
			}
		}
	}
	return simpleExec(ctx, conn, s.sql(st))
}

// invalidIndex returns the qualified, quoted name of the invalid index named
// index on table, "" when there is none.
func invalidIndex(ctx context.Context, conn *pgconn.PgConn, table, index string) (string, error) {
	res := conn.ExecParams(ctx, `SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE i.indrelid = to_regclass($1) AND c.relname = $2 AND NOT i.indisvalid`,
		[][]byte{[]byte(table), []byte(index)}, nil, nil, nil).Read()
	if res.Err != nil {
		return "", fmt.Errorf("look for an invalid index %s: %w", quoteIdent(index), res.Err)
	}
	if len(res.Rows) == 0 {
		return "", nil
	}
	return string(res.Rows[0][0]), nil
}
