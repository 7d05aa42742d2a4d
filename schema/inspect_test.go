package schema

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// countingTracer counts the statements a connection sends, batched or not.
type countingTracer struct{ statements []string }

func (c *countingTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	c.statements = append(c.statements, d.SQL)
	return ctx
}
func (c *countingTracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (c *countingTracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	return ctx
}
func (c *countingTracer) TraceBatchQuery(_ context.Context, _ *pgx.Conn, d pgx.TraceBatchQueryData) {
	c.statements = append(c.statements, d.SQL)
}
func (c *countingTracer) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// TestStatementCount checks that the number of statements does not grow with the
// number of tables: BEGIN, the presence query, two SET LOCAL and one set_config,
// the catalog queries of the kinds present (presence.go), ROLLBACK. An empty
// database needs only those that always run.
func TestStatementCount(t *testing.T) {
	counts := map[int]int{}
	for _, tables := range []int{0, 1, 40} {
		t.Run(fmt.Sprint(tables), func(t *testing.T) {
			tracer := &countingTracer{}
			conn := newDatabase(t, fmt.Sprintf(`DO $$ BEGIN
				FOR i IN 1..%d LOOP
					EXECUTE format('CREATE TABLE t%%s (id serial PRIMARY KEY, a int CHECK (a > 0))', i);
					EXECUTE format('CREATE INDEX ON t%%s (a)', i);
				END LOOP; END $$`, tables), tracer)
			tracer.statements = nil // forget the connection's own setup
			cat, err := Inspect(context.Background(), conn, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(cat.Tables) != tables {
				t.Errorf("tables: got %d, want %d", len(cat.Tables), tables)
			}
			counts[tables] = len(tracer.statements)
			// Tables, columns, constraints, indexes and sequences are present
			// from the first table on.
			want := 9
			if tables > 0 {
				want += 5
			}
			if got := len(tracer.statements); got != want {
				t.Errorf("statements: got %d, want %d:\n%s", got, want, strings.Join(tracer.statements, "\n---\n"))
			}
		})
	}
}

// TestSessionUntouched checks that Inspect leaves the caller's session as it found
// it, and qualifies names whatever the caller's search_path.
func TestSessionUntouched(t *testing.T) {
	ctx := context.Background()
	conn := newDatabase(t, `CREATE SCHEMA app; CREATE TYPE app.e AS ENUM ('x'); CREATE TABLE app.t (e app.e)`)
	if _, err := conn.Exec(ctx, "SET search_path = app, public"); err != nil {
		t.Fatal(err)
	}
	cat, err := Inspect(ctx, conn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Tables[qname("app", "t")].Columns[0].Type; got != "app.e" {
		t.Errorf("type: got %q, want %q", got, "app.e")
	}
	var path string
	if err := conn.QueryRow(ctx, "SHOW search_path").Scan(&path); err != nil {
		t.Fatal(err)
	}
	if path != "app, public" {
		t.Errorf("search_path after Inspect: got %q, want %q", path, "app, public")
	}
	if status := conn.PgConn().TxStatus(); status != 'I' {
		t.Errorf("transaction status after Inspect: got %q, want idle", status)
	}
	// A second run on the same connection reuses its prepared statements.
	if _, err := Inspect(ctx, conn, Options{}); err != nil {
		t.Fatalf("second Inspect: %v", err)
	}
}

// TestInsideTransaction checks that Inspect refuses a connection inside a
// transaction instead of ending the caller's transaction with its own rollback.
func TestInsideTransaction(t *testing.T) {
	ctx := context.Background()
	conn := newDatabase(t, "")
	if _, err := conn.Exec(ctx, "BEGIN"); err != nil {
		t.Fatal(err)
	}
	if _, err := Inspect(ctx, conn, Options{}); !errors.Is(err, ErrConnBusy) {
		t.Errorf("Inspect inside a transaction: got error %v, want ErrConnBusy", err)
	}
	if status := conn.PgConn().TxStatus(); status != 'T' {
		t.Errorf("caller's transaction status: got %q, want still in transaction", status)
	}
}

// TestSessionSettings checks that date and time constants, in defaults and partition
// bounds, read the same whatever the session's time zone and styles, and that those
// settings are the caller's again afterwards.
func TestSessionSettings(t *testing.T) {
	const setup = `CREATE TABLE events (at timestamptz DEFAULT '2024-01-01 00:00+00', d date DEFAULT '2024-02-03',
			i interval DEFAULT '1 day') PARTITION BY RANGE (at);
		CREATE TABLE e24 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00')`
	const settings = "SELECT current_setting('TimeZone'), current_setting('DateStyle'), current_setting('IntervalStyle')"
	ctx := context.Background()
	conn := newDatabase(t, setup)
	if _, err := conn.Exec(ctx, "SET TimeZone = 'Asia/Tokyo'; SET DateStyle = 'SQL, DMY'; SET IntervalStyle = iso_8601"); err != nil {
		t.Fatal(err)
	}
	cat, err := Inspect(ctx, conn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cat.Tables[qname("public", "events")].Columns {
		got = append(got, c.Default)
	}
	got = append(got, cat.Tables[qname("public", "e24")].PartitionBound)
	want := []string{"'2024-01-01 00:00:00+00'::timestamp with time zone", "'2024-02-03'::date", "'1 day'::interval",
		"FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("constants:\ngot  %q\nwant %q", got, want)
	}
	var tz, dateStyle, intervalStyle string
	if err := conn.QueryRow(ctx, settings).Scan(&tz, &dateStyle, &intervalStyle); err != nil {
		t.Fatal(err)
	}
	if tz != "Asia/Tokyo" || dateStyle != "SQL, DMY" || intervalStyle != "iso_8601" {
		t.Errorf("settings after Inspect: got %s, %s, %s; want the caller's", tz, dateStyle, intervalStyle)
	}
}

// TestUnsupportedObjectsAreNamed checks that objects pgshape does not manage are
// reported by name, never silently left out.
func TestUnsupportedObjectsAreNamed(t *testing.T) {
	cat := inspect(t, `CREATE TABLE t (a int, b int);
		CREATE CONVERSION latin_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
		CREATE COLLATION "Num" (provider = icu, locale = 'en-u-kn-true');
		CREATE VIEW v AS SELECT a FROM t`, Options{})
	want := []string{"conversion public.latin_to_utf8"}
	if !reflect.DeepEqual(cat.Unsupported, want) {
		t.Errorf("unsupported objects:\ngot  %q\nwant %q", cat.Unsupported, want)
	}
}
