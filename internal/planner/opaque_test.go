package planner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// TestOpaqueStatementRejected: a statement pgshape's parser does not read is loaded
// as written, and when the server rejects it too, the server's error is reported at
// the file:line:col it points to, not at the statement's start.
func TestOpaqueStatementRejected(t *testing.T) {
	_, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres")},
		URLSource(pgtest.NewDatabase(t)), SchemaSource("testdata/opaque/typo"))
	var pe *parser.Error
	if !errors.As(err, &pe) {
		t.Fatalf("plan: error %v (%T), want a *parser.Error", err, err)
	}
	want := model.Source{File: "testdata/opaque/typo/a.sql", Line: 6, Col: 27}
	if pe.Source != want {
		t.Errorf("error at %s, want %s: %v", pe.Source, want, err)
	}
	for _, part := range []string{`syntax error at or near "'x'"`, "did not read this statement"} {
		if !strings.Contains(pe.Message, part) {
			t.Errorf("error %q does not say %q", pe.Message, part)
		}
	}
}

// TestOpaqueNewerSyntax: PostgreSQL 17's SQL/JSON syntax (JSON_VALUE ... RETURNING
// in a check constraint, JSON_TABLE in a view), which the parser's grammar
// (PostgreSQL 16's) does not read. On 17 and later the table and the view are loaded
// as written, compared from the scratch database like any other object (the index,
// comment and view of another file wait for the table; the view on the JSON_TABLE
// view waits for it), and the plan converges; before 17 the server rejects the
// table at the word it does not know.
func TestOpaqueNewerSyntax(t *testing.T) {
	const dir = "testdata/opaque/newer"
	target := pgtest.NewDatabase(t)
	opts := Options{DevURL: pgtest.Server().ConnString("postgres")}
	result, err := Plan(context.Background(), opts, URLSource(target), SchemaSource(dir))
	if pgtest.Server().Major() < 17 {
		var pe *parser.Error
		line := strings.Split(readFile(t, dir+"/a_tables.sql"), "\n")[6]
		want := model.Source{File: dir + "/a_tables.sql", Line: 7, Col: strings.Index(line, "RETURNING") + 1}
		if !errors.As(err, &pe) || pe.Source != want {
			t.Fatalf("plan on PostgreSQL %d: error %v, want one at %s", pgtest.Server().Major(), err, want)
		}
		return
	}
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	w := result.Parsed.Warnings
	if len(w) != 2 || !strings.HasPrefix(w[0], dir+"/a_tables.sql:4:1: CREATE TABLE not read") ||
		!strings.HasPrefix(w[1], dir+"/b_indexes.sql:4:1: CREATE VIEW not read") {
		t.Errorf("warnings %q, want a_tables.sql:4:1 and b_indexes.sql:4:1", w)
	}
	sql := result.Plan.SQL()
	for _, want := range []string{"JSON_VALUE", "bookings_room", "nights and guests", "JSON_TABLE", "rooms_booked"} {
		if !strings.Contains(sql, want) {
			t.Errorf("plan does not contain %q:\n%s", want, sql)
		}
	}
	applyAndReplan(t, target, dir, opts, result)
}

// TestVirtualGeneratedColumns: PostgreSQL 18's VIRTUAL generated columns, which the
// parser's grammar does not read (the statements are opaque), are read back as
// virtual, not as plain or stored columns: a stored column that becomes virtual is
// rebuilt, a new table keeps its virtual column, and the plan converges. CI runs it
// on PostgreSQL 18 (.ci/run); older servers have no such columns.
func TestVirtualGeneratedColumns(t *testing.T) {
	if pgtest.Server().Major() < 18 {
		t.Skipf("VIRTUAL generated columns are PostgreSQL 18's; this server is %d", pgtest.Server().Major())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "items.sql"), []byte(`CREATE TABLE items (
    price numeric NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty) VIRTUAL
);
CREATE TABLE labels (name text, shout text GENERATED ALWAYS AS (upper(name)) VIRTUAL);
`), 0o644); err != nil {
		t.Fatal(err)
	}
	target := pgtest.NewDatabase(t)
	pgtest.Exec(t, target, `CREATE TABLE items (price numeric NOT NULL, qty integer NOT NULL,
		total numeric GENERATED ALWAYS AS (price * qty) STORED)`)
	opts := Options{DevURL: pgtest.Server().ConnString("postgres")}
	result, err := Plan(context.Background(), opts, URLSource(target), SchemaSource(dir))
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	sql := result.Plan.SQL()
	for _, want := range []string{"DROP COLUMN total", "total numeric GENERATED ALWAYS AS ((price * (qty)::numeric)) VIRTUAL",
		"shout text GENERATED ALWAYS AS (upper(name)) VIRTUAL"} {
		if !strings.Contains(sql, want) {
			t.Errorf("plan does not contain %q:\n%s", want, sql)
		}
	}
	applyAndReplan(t, target, dir, opts, result)
}
