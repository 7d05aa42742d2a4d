package schema

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Most databases hold objects of only a few of the kinds Inspect reads, and a
// scratch database just created holds none. Yet planning a catalog query costs
// far more than running it over a handful of rows (the query for the kinds
// compared as a whole takes about 25 ms to plan and well under 1 ms to run), and
// Inspect mostly runs on new connections, where no plan is cached. So Inspect
// first asks, in one small query, which kinds the database has any object of,
// and leaves out the queries, and the parts of the whole-objects query, that
// could only return nothing.
//
// A kind is present when its catalog has a row of FirstNormalObjectId (16384)
// or above. initdb's own objects have smaller oids, and every one of them lives
// in pg_catalog or information_schema, which no query reports; every object
// created later gets an oid at least that large, wraparound included. A
// presence condition may be true when its query then returns nothing (an
// extension's objects, a schema filtered out): it only has to be true whenever
// the query would return something.

// userRows is the presence condition of a catalog: it has a row whose oid
// column, compared as an oid, is not initdb's. where, when not empty, narrows
// the rows further.
func userRows(catalog, oidColumn, where string) string {
	cond := oidColumn + "::pg_catalog.oid >= 16384"
	if where != "" {
		cond += " AND " + where
	}
	return "EXISTS (SELECT FROM pg_catalog." + catalog + " WHERE " + cond + ")"
}

// presence asks the server which of conds hold, in one query, and returns them
// by condition. Empty conditions (a step that always runs) are not asked.
func presence(ctx context.Context, tx pgx.Tx, conds []string) (map[string]bool, error) {
	var distinct []string
	held := map[string]bool{}
	for _, c := range conds {
		if _, seen := held[c]; c != "" && !seen {
			held[c] = false
			distinct = append(distinct, c)
		}
	}
	if len(distinct) == 0 {
		return held, nil
	}
	var got []bool
	if err := tx.QueryRow(ctx, "SELECT ARRAY["+strings.Join(distinct, ",\n")+"]").Scan(&got); err != nil {
		return nil, fmt.Errorf("find which kinds of objects the database has: %w", err)
	}
	if len(got) != len(distinct) {
		return nil, fmt.Errorf("find which kinds of objects the database has: %d answers to %d questions", len(got), len(distinct))
	}
	for i, c := range distinct {
		held[c] = got[i]
	}
	return held, nil
}
