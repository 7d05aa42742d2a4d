package model

import "strings"

// QName is a schema-qualified object name, unquoted (as stored in the catalog).
type QName struct {
	Schema string
	Name   string
}

// String returns the name as SQL: each part quoted only where needed.
func (q QName) String() string {
	if q.Schema == "" {
		return QuoteIdent(q.Name)
	}
	return QuoteIdent(q.Schema) + "." + QuoteIdent(q.Name)
}

// Less orders names by schema, then name.
func (q QName) Less(o QName) bool {
	if q.Schema != o.Schema {
		return q.Schema < o.Schema
	}
	return q.Name < o.Name
}

// QuoteIdent returns name as a SQL identifier, quoted when PostgreSQL would not read
// it back unchanged unquoted: anything but lower-case ASCII letters, digits and
// underscores (not starting with a digit), and every keyword that is not unreserved.
func QuoteIdent(name string) string {
	if name != "" && !needsQuotes(name) {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// QuoteLiteral returns s as a SQL string literal. Backslashes are doubled and the
// E” form is used for them, so the result is safe whatever standard_conforming_strings is.
func QuoteLiteral(s string) string {
	q := "'" + strings.ReplaceAll(s, "'", "''") + "'"
	if strings.Contains(s, `\`) {
		return "E" + strings.ReplaceAll(q, `\`, `\\`)
	}
	return q
}

func needsQuotes(name string) bool {
	for i, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r == '_':
		case r >= '0' && r <= '9', r == '$':
			if i == 0 {
				return true
			}
		default:
			return true
		}
	}
	return isKeyword(name)
}
