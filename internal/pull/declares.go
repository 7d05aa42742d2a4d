package pull

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// declaresSomething reports whether SQL text holds anything but white space and
// comments: a file that does could declare objects that pull would declare again.
// PostgreSQL's own scanner decides (through pg_query), so comments nest as they do
// there; text it cannot scan counts as declaring something, to be safe.
func declaresSomething(sql string) bool {
	sql = strings.TrimPrefix(sql, "\uFEFF")
	if strings.TrimSpace(sql) == "" {
		return false
	}
	scan, err := pg_query.Scan(sql)
	if err != nil {
		return true
	}
	for _, t := range scan.Tokens {
		if t.Token != pg_query.Token_SQL_COMMENT && t.Token != pg_query.Token_C_COMMENT {
			return true
		}
	}
	return false
}
