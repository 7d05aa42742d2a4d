package parser

import (
	"fmt"
	"sync"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// GrammarVersion is the PostgreSQL release whose grammar the parser reads, as
// libpg_query was built into pg_query_go ("16.1"). pg_query_go has no constant
// for it; every parse result carries PG_VERSION_NUM (160001), so one empty
// parse, done once, tells it.
var GrammarVersion = sync.OnceValue(func() string {
	r, err := pg_query.Parse("")
	if err != nil || r.Version == 0 {
		return "unknown"
	}
	return fmt.Sprintf("%d.%d", r.Version/10000, r.Version%10000)
})
