package schema

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// benchTables is the DDL of tables from to to (inclusive), shaped like an application's:
// eight columns of common types with defaults, a serial primary key, a foreign key to
// the previous table, a check, a unique constraint, a partial expression index and a
// comment each. It needs the enum status.
func benchTables(from, to int) string {
	return fmt.Sprintf(`DO $$ BEGIN
	FOR i IN %d..%d LOOP
		EXECUTE format($f$
			CREATE TABLE t%%1$s (
				id serial PRIMARY KEY,
				parent_id integer REFERENCES t%%2$s (id) ON DELETE CASCADE,
				name varchar(100) NOT NULL,
				email text UNIQUE,
				price numeric(10,2) CHECK (price >= 0),
				state status NOT NULL DEFAULT 'new',
				data jsonb DEFAULT '{}',
				created_at timestamptz NOT NULL DEFAULT now());
			CREATE INDEX t%%1$s_name_idx ON t%%1$s (lower(name)) WHERE state <> 'done';
			COMMENT ON TABLE t%%1$s IS 'table %%1$s';
		$f$, i, greatest(i - 1, 1));
	END LOOP;
END $$`, from, to)
}

// benchDatabase returns a connection to a fresh database holding n tables. Tables
// are created 500 per transaction: one transaction for all of them would run out of
// lock table slots (max_locks_per_transaction).
func benchDatabase(b *testing.B, n int) *pgx.Conn {
	url := pgtest.NewDatabase(b)
	pgtest.Exec(b, url, `CREATE TYPE status AS ENUM ('new', 'active', 'done')`)
	for from := 1; from <= n; from += 500 {
		pgtest.Exec(b, url, benchTables(from, min(from+499, n)))
	}
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		b.Fatalf("connect: %v", err)
	}
	b.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// BenchmarkInspect times Inspect on generated schemas. Each size is built once,
// outside the timed loop; 10,000 tables take about a minute to build and are skipped
// with -short. Run with
//
//	go test ./schema -run '^$' -bench Inspect -benchtime 5x
func BenchmarkInspect(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		if n > 1000 && testing.Short() {
			continue
		}
		conn := benchDatabase(b, n)
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				cat, err := Inspect(ctx, conn, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if len(cat.Tables) != n {
					b.Fatalf("tables: got %d, want %d", len(cat.Tables), n)
				}
			}
		})
	}
}
