package shadow

import (
	"net/url"
	"regexp"
	"strings"
)

// WithDatabase returns the connection string connStr pointed at another database on
// the same server, with every other setting kept. It accepts both forms libpq does:
// URLs and key=value strings.
func WithDatabase(connStr, dbname string) string {
	if strings.HasPrefix(connStr, "postgres://") || strings.HasPrefix(connStr, "postgresql://") {
		u, err := url.Parse(connStr)
		if err == nil {
			u.Path = "/" + dbname
			u.RawPath = ""
			return u.String()
		}
	}
	// In key=value strings the last setting of a key wins.
	return strings.TrimSpace(connStr + " dbname='" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(dbname) + "'")
}

// Redact returns the connection string with its password masked, for messages.
func Redact(connStr string) string {
	if strings.HasPrefix(connStr, "postgres://") || strings.HasPrefix(connStr, "postgresql://") {
		if u, err := url.Parse(connStr); err == nil {
			if _, has := u.User.Password(); has {
				u.User = url.UserPassword(u.User.Username(), "xxxxx")
			}
			q := u.Query()
			if q.Has("password") {
				q.Set("password", "xxxxx")
				u.RawQuery = q.Encode()
			}
			return u.String()
		}
		return "(unparseable connection URL)"
	}
	return passwordSetting.ReplaceAllString(connStr, "password=xxxxx")
}

// passwordSetting matches password=value in a key=value string, quoted or not.
var passwordSetting = regexp.MustCompile(`password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)`)
