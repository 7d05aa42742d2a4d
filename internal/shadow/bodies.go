package shadow

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/parser"
)

// Functions load before tables (defaults and checks may call them), but PostgreSQL
// checks a function's body when it is created: a PL/pgSQL function that declares a
// variable of a table's row type (DECLARE r orders) fails when that table is not
// there yet, and one naming a column's type (buy%TYPE) even reads as a syntax
// error. pg_dump avoids it with check_function_bodies = off. Load does the same for
// a function whose creation fails only: it is created again with its body
// unchecked (an error then is the statement's own, reported as it is), and its body
// is checked by its language's validator once every statement has run, where a real
// mistake is still reported at the function's file:line.

// deferredBody is a function created with its body unchecked, by the oid it got.
type deferredBody struct {
	stmt parser.Statement
	oid  uint32
}

// createUnchecked creates the function of s with check_function_bodies off, in a
// transaction that also reads the oid it got (the pg_proc row this transaction
// wrote).
func createUnchecked(ctx context.Context, conn *pgx.Conn, s parser.Statement) (deferredBody, error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return deferredBody{}, err
	}
	defer tx.Rollback(ctx) //nolint:errcheck // the statement's own error is the one to report
	if _, err := tx.Exec(ctx, "SET LOCAL check_function_bodies = off"); err != nil {
		return deferredBody{}, err
	}
	if _, err := tx.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
		return deferredBody{}, err
	}
	var oid uint32
	err = tx.QueryRow(ctx, `SELECT p.oid FROM pg_catalog.pg_proc p
		WHERE p.xmin::text = (pg_catalog.txid_current() % 4294967296)::text ORDER BY p.oid DESC LIMIT 1`).Scan(&oid)
	if err != nil {
		return deferredBody{}, err
	}
	return deferredBody{stmt: s, oid: oid}, tx.Commit(ctx)
}

// checkBody runs the validator of the function's language on it, as CREATE
// FUNCTION would have with check_function_bodies on.
func checkBody(ctx context.Context, conn *pgx.Conn, d deferredBody) error {
	var validator string
	err := conn.QueryRow(ctx, `SELECT l.lanvalidator::pg_catalog.regproc::text FROM pg_catalog.pg_proc p
		JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE p.oid = $1 AND l.lanvalidator <> 0`, d.oid).Scan(&validator)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = conn.Exec(ctx, "SELECT "+validator+"($1::pg_catalog.oid)", d.oid)
	return err
}

// isRoutine reports whether s creates a function or a procedure.
func isRoutine(s parser.Statement) bool {
	return s.Kind == "CREATE FUNCTION" || s.Kind == "CREATE PROCEDURE"
}
