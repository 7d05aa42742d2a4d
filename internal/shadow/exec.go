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
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// Load executes the desired-state statements, in the given (load) order, in an empty
// database. Each runs on its own, so that statements that refuse transaction blocks
// work too. The first failure is returned as an error at its file:line:col.
func Load(ctx context.Context, connStr string, stmts []parser.Statement) error {
	conn, err := ConnectScratch(ctx, connStr)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
			return &parser.Error{Source: errorSource(s, err), Message: describe(err)}
		}
	}
	return nil
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

// Apply runs a plan: each transactional group in one transaction, the others
// statement by statement. The error names the failing statement.
func Apply(ctx context.Context, connStr string, plan *emitter.Plan) error {
	conn, err := ConnectScratch(ctx, connStr)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	for _, g := range plan.Groups {
		if err := applyGroup(ctx, conn, g); err != nil {
			return err
		}
	}
	return nil
}

func applyGroup(ctx context.Context, conn *pgx.Conn, g emitter.Group) error {
	run := func(exec func(string) error) error {
		for _, s := range g.Statements {
			if err := exec(s.SQL); err != nil {
				return fmt.Errorf("%s\n  in: %s", describe(err), s.SQL)
			}
		}
		return nil
	}
	if !g.Transactional {
		return run(func(sql string) error {
			_, err := conn.Exec(ctx, sql, pgx.QueryExecModeSimpleProtocol)
			return err
		})
	}
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		return run(func(sql string) error {
			_, err := tx.Exec(ctx, sql, pgx.QueryExecModeSimpleProtocol)
			return err
		})
	})
}
