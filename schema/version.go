package schema

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// MinServerVersion is the oldest PostgreSQL Inspect reads (server_version_num).
// The catalog queries adapt to every major from there on: where a catalog column is
// newer than the server (pg_attribute.attcompression, pg_range.rngmultitypid: 14),
// the query reads the neutral value instead (no compression, no multirange type),
// which is what such a server has.
const MinServerVersion = 130000

// serverVersion returns the server's server_version_num (130023 for 13.23). It is
// read from the server_version parameter the server reports at connection start, so
// it costs no round trip; a connection that did not get it (a pooler that hides it)
// asks for server_version_num.
func serverVersion(ctx context.Context, conn *pgx.Conn) (int, error) {
	if v, ok := parseServerVersion(conn.PgConn().ParameterStatus("server_version")); ok {
		return v, nil
	}
	var s string
	if err := conn.QueryRow(ctx, "SELECT pg_catalog.current_setting('server_version_num')").Scan(&s); err != nil {
		return 0, fmt.Errorf("read server_version_num: %w", err)
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("server_version_num %q: %w", s, err)
	}
	return v, nil
}

// parseServerVersion turns server_version ("13.23", "18.4 (Debian 18.4-1.pgdg)",
// "18beta1", "17rc1") into server_version_num's form (130023, 180004, 180000). From
// PostgreSQL 10 on, the version is major.minor; a development or release candidate
// build has no minor.
func parseServerVersion(s string) (int, bool) {
	digits := func(s string) (int, string) {
		end := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
		if end < 0 {
			end = len(s)
		}
		n, err := strconv.Atoi(s[:end])
		if err != nil {
			return -1, s
		}
		return n, s[end:]
	}
	major, rest := digits(s)
	if major < 10 {
		return 0, false
	}
	minor := 0
	if strings.HasPrefix(rest, ".") {
		if minor, _ = digits(rest[1:]); minor < 0 {
			return 0, false
		}
	}
	return major*10000 + minor, true
}

// since returns expr when the server's version is at least from (a
// server_version_num), else old: the neutral value of a catalog column the server
// does not have yet.
func since(version, from int, expr, old string) string {
	if version >= from {
		return expr
	}
	return old
}
