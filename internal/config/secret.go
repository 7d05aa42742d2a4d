package config

import (
	"regexp"
	"strings"
)

// mask replaces secrets in everything this package prints.
const mask = "xxxxx"

// Secret is a string that never prints: String, GoString and MarshalText show a
// mask. Reveal returns the secret itself.
type Secret string

// Reveal returns the secret, for the code that needs it (a database driver).
func (s Secret) Reveal() string { return string(s) }

func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return mask
}

func (s Secret) GoString() string { return `config.Secret("` + s.String() + `")` }

// MarshalText masks the secret in JSON, TOML and other text encodings.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ConnString is a connection string (postgres:// URL or key=value string) that
// prints with its passwords masked. Reveal returns it whole, for pgx.
type ConnString string

// Reveal returns the connection string with its password, for pgx.ParseConfig.
func (c ConnString) Reveal() string { return string(c) }

func (c ConnString) String() string { return RedactURL(string(c)) }

func (c ConnString) GoString() string { return `config.ConnString("` + c.String() + `")` }

// MarshalText masks the password in JSON, TOML and other text encodings.
func (c ConnString) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// RedactURL returns a connection string with its passwords masked: the password
// of a URL's user information, password and sslpassword query parameters (in
// postgres://, postgresql:// and jdbc:postgresql:// URLs, with one host or
// several), and password and sslpassword settings of a key=value string.
// Everything else is kept as written.
func RedactURL(s string) string {
	if _, rest, ok := strings.Cut(s, "://"); ok {
		return redactURLForm(s, len(s)-len(rest))
	}
	if strings.HasPrefix(s, "jdbc:") {
		return redactURLForm(s, 0)
	}
	return keywordPassword.ReplaceAllString(s, "${1}"+mask)
}

// keywordPassword matches a password or sslpassword setting of a key=value string,
// its value quoted or not.
var keywordPassword = regexp.MustCompile(`((?:^|\s)(?:ssl)?password\s*=\s*)(?:'(?:[^'\\]|\\.)*'?|\S+)`)

// queryPassword matches a password or sslpassword parameter in a URL query.
var queryPassword = regexp.MustCompile(`((?:[?&;])(?:ssl)?password=)[^&#]*`)

// redactURLForm masks a URL; its authority starts at index start (after "://");
// start 0 means it has none.
func redactURLForm(s string, start int) string {
	head, tail := s[:start], s[start:]
	if start > 0 {
		end := strings.IndexAny(tail, "/?#")
		if end < 0 {
			end = len(tail)
		}
		at := strings.LastIndex(tail[:end], "@")
		if at < 0 {
			// A password holding an unescaped '/' ends the authority early
			// ("u:pa/ss@host"): look for the '@' up to the query instead.
			q := strings.IndexAny(tail, "?#")
			if q < 0 {
				q = len(tail)
			}
			at = strings.LastIndex(tail[:q], "@")
		}
		if at >= 0 {
			if colon := strings.Index(tail[:at], ":"); colon >= 0 {
				tail = tail[:colon+1] + mask + tail[at:]
			}
		}
	}
	return head + queryPassword.ReplaceAllString(tail, "${1}"+mask)
}
