package planner

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/parser"
)

// pgDumpCleanDir is pg_dump --clean --if-exists --schema-only --no-owner output of a
// database whose view public.v and function public.f need each other: pg_dump
// breaks the cycle with a placeholder view, defined later by CREATE OR REPLACE VIEW.
const pgDumpCleanDir = "../../parser/testdata/dumps/pg_dump_clean/schema"

// TestPgDumpCleanCycle: the desired state of a pg_dump --clean --if-exists file loads
// into a database (prelude skipped, placeholder then final view), where the view has
// its final query; planned from an empty database, the plan creates the view as a
// placeholder, then the function, then the view's query, and converges.
func TestPgDumpCleanCycle(t *testing.T) {
	ctx := context.Background()
	parsed, err := parser.ParseDir(pgDumpCleanDir)
	if err != nil {
		t.Fatal(err)
	}
	db := pgtest.NewDatabase(t)
	if err := shadow.Load(ctx, db, parsed.Statements, nil); err != nil {
		t.Fatalf("load: %v", err)
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var def string
	if err := conn.QueryRow(ctx, "SELECT pg_get_viewdef('public.v'::regclass)").Scan(&def); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(def, "f()") {
		t.Errorf("view public.v is %q, want its final query (calling f())", def)
	}

	target := pgtest.NewDatabase(t)
	opts := Options{DevURL: pgtest.Server().ConnString("postgres")}
	result, err := Plan(ctx, opts, URLSource(target), SchemaSource(pgDumpCleanDir))
	if err != nil {
		t.Fatalf("plan from an empty database: %v", err)
	}
	sql := result.Plan.SQL()
	placeholder := strings.Index(sql, "CREATE VIEW public.v AS\nSELECT NULL::integer AS id")
	function := strings.Index(sql, "FUNCTION public.f()")
	view := strings.Index(sql, "CREATE OR REPLACE VIEW public.v")
	if placeholder < 0 || function < placeholder || view < function {
		t.Errorf("plan does not create the placeholder view, then f, then the view's query:\n%s", sql)
	}
	applyAndReplan(t, target, pgDumpCleanDir, opts, result)
}
