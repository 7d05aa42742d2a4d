package planner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/parser"
)

// TestFunctionBodiesCheckedLast: functions load before tables, so a PL/pgSQL body
// that declares a table's row type or a column's type (%TYPE) names what does not
// exist yet when it is created. It is created unchecked and checked once every
// statement has run: the schema plans and converges; a body with a real mistake is
// still an error at its function's file:line.
func TestFunctionBodiesCheckedLast(t *testing.T) {
	write := func(t *testing.T, sql string) string {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "s.sql"), []byte(sql), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	const tables = `CREATE TABLE orders (id int PRIMARY KEY, total numeric);
CREATE TABLE order_totals (id int, total numeric DEFAULT order_total(0));
`
	t.Run("converges", func(t *testing.T) {
		dir := write(t, tables+`CREATE FUNCTION order_total(in_id int) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    r orders;
    t orders.total%TYPE;
BEGIN
    SELECT * INTO r FROM orders WHERE id = in_id;
    t := r.total;
    RETURN coalesce(t, 0);
END $$;
`)
		target := pgtest.NewDatabase(t)
		opts := Options{DevURL: pgtest.Server().ConnString("postgres")}
		result, err := Plan(context.Background(), opts, URLSource(target), SchemaSource(dir))
		if err != nil {
			t.Fatalf("plan: %v", err)
		}
		applyAndReplan(t, target, dir, opts, result)
	})
	t.Run("mistake reported", func(t *testing.T) {
		dir := write(t, tables+`CREATE FUNCTION order_total(in_id int) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    r orders;
BEGIN
    RETURN r.total +;
END $$;
`)
		_, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres")}, URLSource(pgtest.NewDatabase(t)), SchemaSource(dir))
		var pe *parser.Error
		if !errors.As(err, &pe) || pe.Source.Line != 3 || !strings.Contains(pe.Message, "syntax error") ||
			!strings.Contains(pe.Message, "checked once every statement had run") {
			t.Fatalf("error %v, want a syntax error at s.sql:3 checked at the end", err)
		}
	})
}

// applyAndReplan applies result's plan to target and checks that planning
// target against schemaDir with opts again finds nothing to do.
func applyAndReplan(t *testing.T, target, schemaDir string, opts Options, result *Result) {
	t.Helper()
	if err := shadow.Apply(context.Background(), target, result.Plan); err != nil {
		t.Fatalf("apply: %v\n%s", err, result.Plan.SQL())
	}
	again, err := Plan(context.Background(), opts, URLSource(target), SchemaSource(schemaDir))
	if err != nil {
		t.Fatalf("second plan: %v", err)
	}
	if !again.Plan.Empty() {
		t.Errorf("second plan is not empty:\n%s", again.Plan.SQL())
	}
}
