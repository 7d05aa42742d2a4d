package shadow

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/parser"
)

// loadBatchSize is how many statements Load sends in one round trip. The
// statements of a batch run as one transaction (a query of several statements
// is one, in PostgreSQL's simple protocol), which locks every table it
// creates until its end: batches stay small enough for the server's lock
// table (see planner's rebuildTransactionSize), and large enough that the
// round trips no longer count.
const loadBatchSize = 50

// loadBatches cuts the statements into batches of at most loadBatchSize; an
// opaque statement is a batch of its own, run as written.
func loadBatches(stmts []parser.Statement) [][]parser.Statement {
	var batches [][]parser.Statement
	start := 0
	cut := func(end int) {
		if end > start {
			batches = append(batches, stmts[start:end])
		}
		start = end
	}
	for i, s := range stmts {
		switch {
		case s.Opaque:
			cut(i)
			cut(i + 1)
		case i-start == loadBatchSize:
			cut(i)
		}
	}
	cut(len(stmts))
	return batches
}

// execBatch runs several statements, one query string, in one round trip.
func execBatch(ctx context.Context, conn *pgx.Conn, sql string) error {
	_, err := conn.Exec(ctx, sql, pgx.QueryExecModeSimpleProtocol)
	return err
}

// statementsSQL joins statements into one query. Each ends on a line of its
// own before its semicolon: a statement may end in a -- comment.
func statementsSQL(stmts []parser.Statement) string {
	return joinSQL(stmts, func(s parser.Statement) string { return s.SQL })
}

// planSQL is statementsSQL for a plan's statements.
func planSQL(stmts []emitter.Statement) string {
	return joinSQL(stmts, func(s emitter.Statement) string { return s.SQL })
}

func joinSQL[S any](stmts []S, sql func(S) string) string {
	var b strings.Builder
	for _, s := range stmts {
		b.WriteString(sql(s))
		b.WriteString("\n;\n")
	}
	return b.String()
}
