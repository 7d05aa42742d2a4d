package shadow

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// Load executes the desired-state statements, in the given (load) order, in an empty
// database, counting them on phase. The first failure is returned as an error at its
// file:line:col; for an opaque statement (one the parser's grammar did not read) the
// server is the only judge, and the error says so. A function whose body names what
// is not created yet is created unchecked and checked at the end (see bodies.go).
//
// Statements are sent loadBatchSize at a time, in one round trip (batch.go); a
// batch that fails runs again statement by statement, each on its own, which
// finds the failing statement and its position, and lets statements that refuse
// transaction blocks run.
func Load(ctx context.Context, connStr string, stmts []parser.Statement, phase *progress.Phase) error {
	conn, err := ConnectScratch(ctx, connStr)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var deferred []deferredBody // see bodies.go
	for _, batch := range loadBatches(stmts) {
		d, err := loadBatch(ctx, conn, batch, phase)
		if err != nil {
			return err
		}
		deferred = append(deferred, d...)
	}
	for _, d := range deferred {
		if err := checkBody(ctx, conn, d); err != nil {
			return &parser.Error{Source: d.stmt.Source, Message: describe(err) +
				"\n  note: the function's body was checked once every statement had run"}
		}
	}
	return nil
}

// loadBatch runs a batch of statements in one round trip; when that fails
// (or for a batch of one), statement by statement, each on its own (see
// loadOne), counting them on phase. It returns the functions created with
// their bodies unchecked.
func loadBatch(ctx context.Context, conn *pgx.Conn, batch []parser.Statement, phase *progress.Phase) ([]deferredBody, error) {
	if len(batch) > 1 {
		if err := execBatch(ctx, conn, statementsSQL(batch)); err == nil {
			phase.Add(len(batch))
			return nil, nil
		}
	}
	var deferred []deferredBody
	for _, s := range batch {
		d, err := loadOne(ctx, conn, s)
		if err != nil {
			return nil, err
		}
		if d != nil {
			deferred = append(deferred, *d)
		}
		phase.Add(1)
	}
	return deferred, nil
}

// loadOne executes one statement on its own; a function whose creation fails
// is created again with its body unchecked, returned to be checked at the end.
func loadOne(ctx context.Context, conn *pgx.Conn, s parser.Statement) (*deferredBody, error) {
	_, err := conn.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol)
	if err == nil {
		return nil, nil
	}
	if isRoutine(s) {
		d, uncheckedErr := createUnchecked(ctx, conn, s)
		if uncheckedErr == nil {
			return &d, nil
		}
		err = uncheckedErr
	}
	msg := describe(err)
	if s.Opaque {
		msg += "\n  note: pgshape's parser did not read this statement either; it was loaded as written"
	}
	return nil, &parser.Error{Source: errorSource(s, err), Message: msg}
}

// ConnectScratch connects to a scratch database with synchronous_commit off: its
// contents are thrown away anyway, and a schema of thousands of objects loads
// statement by statement, each of which would otherwise wait for its WAL flush.
func ConnectScratch(ctx context.Context, connStr string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(connStr)
	if err != nil {
		return nil, fmt.Errorf("shadow: %w", err)
	}
	cfg.RuntimeParams["synchronous_commit"] = "off"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("shadow: %w", err)
	}
	return conn, nil
}

// errorSource moves the statement's source to the position PostgreSQL reports, when
// the statement is the text as written (not a part the parser split off).
func errorSource(s parser.Statement, err error) model.Source {
	var pgErr *pgconn.PgError
	src := s.Source
	if !errors.As(err, &pgErr) || pgErr.Position <= 0 || int(pgErr.Position) > utf8.RuneCountInString(s.SQL) {
		return src
	}
	before := string([]rune(s.SQL)[:pgErr.Position-1])
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		src.Line += strings.Count(before, "\n")
		src.Col = utf8.RuneCountInString(before[nl+1:]) + 1
	} else {
		src.Col += utf8.RuneCountInString(before)
	}
	return src
}

// describe renders a server error with its SQLSTATE, detail and hint.
func describe(err error) string {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return err.Error()
	}
	s := pgErr.Message + " (SQLSTATE " + pgErr.Code + ")"
	if pgErr.Detail != "" {
		s += "\n  detail: " + pgErr.Detail
	}
	if pgErr.Hint != "" {
		s += "\n  hint: " + pgErr.Hint
	}
	return s
}

// Apply runs a plan on the database at connStr, in a session of its own
// (ApplyConn).
func Apply(ctx context.Context, connStr string, plan *emitter.Plan) error {
	conn, err := ConnectScratch(ctx, connStr)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	return ApplyConn(ctx, conn, plan, nil)
}

// ApplyConn runs a plan on conn, counting its statements on phase: each
// transactional group in one transaction and one round trip, the others
// statement by statement. The error names the failing statement.
func ApplyConn(ctx context.Context, conn *pgx.Conn, plan *emitter.Plan, phase *progress.Phase) error {
	_, err := apply(ctx, conn, plan, false, phase)
	return err
}

// Rehearse runs a plan as ApplyConn does and returns, for each statement of
// plan.Statements() in order, the relation locks it was seen taking (see
// observer): a non-nil list, empty when it took none, for the statements of
// transactional groups; nil for the others, whose locks end with them before
// they can be seen, and for those run after their transaction held
// maxLocksObserved locks.
func Rehearse(ctx context.Context, conn *pgx.Conn, plan *emitter.Plan, phase *progress.Phase) ([][]emitter.Lock, error) {
	return apply(ctx, conn, plan, true, phase)
}

func apply(ctx context.Context, conn *pgx.Conn, plan *emitter.Plan, observe bool, phase *progress.Phase) ([][]emitter.Lock, error) {
	var obs *observer
	if observe {
		var err error
		if obs, err = newObserver(ctx, conn); err != nil {
			return nil, err
		}
	}
	for _, g := range plan.Groups {
		if err := applyGroup(ctx, conn, g, obs); err != nil {
			return nil, err
		}
		phase.Add(len(g.Statements))
	}
	if obs == nil {
		return nil, nil
	}
	return obs.locks, nil
}

// applyGroup runs one group; obs, when not nil, records the locks each
// statement takes.
func applyGroup(ctx context.Context, conn *pgx.Conn, g emitter.Group, obs *observer) error {
	failed := func(err error, s emitter.Statement) error {
		return fmt.Errorf("%s\n  in: %s", describe(err), s.SQL)
	}
	if !g.Transactional {
		for _, s := range g.Statements {
			if _, err := conn.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
				return failed(err, s)
			}
			if obs != nil {
				obs.locks = append(obs.locks, nil)
			}
		}
		return nil
	}
	if obs == nil && len(g.Statements) > 1 {
		// One round trip for the group; when it fails, the group runs again
		// statement by statement, which names the statement that fails.
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			return execBatch(ctx, tx.Conn(), planSQL(g.Statements))
		})
		if err == nil || ctx.Err() != nil {
			return err
		}
	}
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if obs != nil {
			obs.begin()
		}
		for _, s := range g.Statements {
			if _, err := tx.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
				return failed(err, s)
			}
			if obs != nil {
				if err := obs.record(ctx, tx); err != nil {
					return fmt.Errorf("shadow: read the locks taken by %s: %w", s.SQL, err)
				}
			}
		}
		return nil
	})
}
