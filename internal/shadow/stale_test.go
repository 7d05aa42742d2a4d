package shadow

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// Connect drops the scratch databases an earlier run left behind once they are
// older than staleAfter, and only those.
func TestDropStale(t *testing.T) {
	ctx := context.Background()
	admin := pgtest.Server().ConnString("postgres")
	old := time.Now().Add(-staleAfter - time.Hour).UTC().Format(time.RFC3339)
	recent := time.Now().UTC().Format(time.RFC3339)
	pgtest.Exec(t, admin, `CREATE DATABASE pgshape_stale_old`)
	pgtest.Exec(t, admin, `COMMENT ON DATABASE pgshape_stale_old IS '`+marker+`, created `+old+`'`)
	pgtest.Exec(t, admin, `CREATE DATABASE pgshape_stale_recent`)
	pgtest.Exec(t, admin, `COMMENT ON DATABASE pgshape_stale_recent IS '`+marker+`, created `+recent+`'`)
	t.Cleanup(func() { pgtest.Server().DropDatabase(ctx, "pgshape_stale_recent") })

	srv, err := Connect(ctx, admin, "the test server")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var left []string
	err = srv.adminSQL.With(ctx, func(conn *pgx.Conn) error {
		rows, err := conn.Query(ctx, `SELECT datname FROM pg_database WHERE datname LIKE 'pgshape\_stale\_%' ORDER BY 1`)
		if err != nil {
			return err
		}
		left, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0] != "pgshape_stale_recent" {
		t.Errorf("scratch databases left: %v, want only pgshape_stale_recent", left)
	}
}
