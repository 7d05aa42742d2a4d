//go:build linux

package main

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// refRows is the size of the small referenced table of the foreign key.
const refRows = 100

// createTable creates the base schema in db and fills stall with rows rows in one
// INSERT ... SELECT from generate_series, indexes it afterwards (faster than row by
// row), then vacuums (freezing, so no later scan sets hint bits) and analyzes.
// Values satisfy every constraint an operation adds: u unique, ref_id in stall_ref,
// qty >= 0, nn never null, label short.
func createTable(ctx context.Context, conn *pgx.Conn, rows int64) error {
	steps := []string{
		`SET maintenance_work_mem = '1GB'`,
		fmt.Sprintf(`CREATE TABLE stall_ref (id integer NOT NULL, name text NOT NULL);
INSERT INTO stall_ref SELECT g, 'ref ' || g FROM generate_series(1, %d) g;
ALTER TABLE stall_ref ADD CONSTRAINT stall_ref_pkey PRIMARY KEY (id)`, refRows),
		fmt.Sprintf(`CREATE TABLE stall (
    id bigint NOT NULL,
    a integer NOT NULL,
    b integer NOT NULL,
    c integer NOT NULL,
    u bigint NOT NULL,
    ref_id integer NOT NULL,
    qty integer NOT NULL,
    nn integer,
    label varchar(50) NOT NULL,
    counter integer DEFAULT 0 NOT NULL
);
INSERT INTO stall (id, a, b, c, u, ref_id, qty, nn, label)
SELECT g, (g * 7919) %% 100000, g %% 1000, (g * 31) %% 1000003, g, 1 + g %% %d, g %% 1000, g %% 5000, 'label ' || g
FROM generate_series(1::bigint, %d) g`, refRows, rows),
		`ALTER TABLE stall ADD CONSTRAINT stall_pkey PRIMARY KEY (id)`,
		`CREATE INDEX stall_a_idx ON stall (a)`,
		`VACUUM (FREEZE, ANALYZE) stall`,
		`VACUUM (FREEZE, ANALYZE) stall_ref`,
		`CHECKPOINT`,
	}
	for _, sql := range steps {
		start := time.Now()
		if _, err := conn.PgConn().Exec(ctx, sql).ReadAll(); err != nil {
			return fmt.Errorf("stallbench: create table: %w\n%s", err, sql)
		}
		logf("  %s (%s)", firstLine(sql), time.Since(start).Round(time.Millisecond))
	}
	return nil
}
