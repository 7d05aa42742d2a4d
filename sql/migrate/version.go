package migrate

import (
	"errors"
	"fmt"
	"strings"
)

// Version is a migration version: dot-separated unsigned integers of any length.
// The zero Version is the empty version of repeatable migrations.
type Version struct {
	raw   string   // as written in the file name, e.g. "001" or "1_2"
	parts []string // numeric parts without leading zeros; "0" for zero
}

// ParseVersion parses a version as written in a file name: digits separated by "."
// or "_" (Flyway treats both alike).
func ParseVersion(s string) (Version, error) {
	if s == "" {
		return Version{}, errors.New("empty version")
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '_' })
	// FieldsFunc drops empty fields; "1..2", ".1" and "1_" must not parse.
	if len(fields) != strings.Count(s, ".")+strings.Count(s, "_")+1 {
		return Version{}, fmt.Errorf("version %q has an empty part", s)
	}
	parts := make([]string, len(fields))
	for i, f := range fields {
		for j := 0; j < len(f); j++ {
			if f[j] < '0' || f[j] > '9' {
				return Version{}, fmt.Errorf("version %q is not dot-separated numbers", s)
			}
		}
		p := strings.TrimLeft(f, "0")
		if p == "" {
			p = "0"
		}
		parts[i] = p
	}
	return Version{raw: s, parts: parts}, nil
}

// String returns the version as Flyway stores it in its history table: as written,
// leading zeros kept, with "_" turned into "." ("001", "1.2").
func (v Version) String() string { return strings.ReplaceAll(v.raw, "_", ".") }

// Raw returns the version exactly as written in the file name ("1_2").
func (v Version) Raw() string { return v.raw }

// IsZero reports whether v is the empty version of a repeatable migration.
func (v Version) IsZero() bool { return len(v.parts) == 0 }

// Compare returns -1, 0 or +1 as v is lower than, equal to or higher than w.
// Parts compare as integers of any size; missing parts count as zero.
func (v Version) Compare(w Version) int {
	n := max(len(v.parts), len(w.parts))
	for i := 0; i < n; i++ {
		a, b := part(v.parts, i), part(w.parts, i)
		// Without leading zeros, a longer digit string is a larger number.
		if len(a) != len(b) {
			if len(a) < len(b) {
				return -1
			}
			return 1
		}
		if c := strings.Compare(a, b); c != 0 {
			return c
		}
	}
	return 0
}

// Equal reports whether v and w are the same version, however written.
func (v Version) Equal(w Version) bool { return v.Compare(w) == 0 }

func part(parts []string, i int) string {
	if i < len(parts) {
		return parts[i]
	}
	return "0"
}

// key returns a canonical spelling of v for lookups: equal versions, however
// written, have the same key ("1.0" and "001" give "1").
func (v Version) key() string {
	n := len(v.parts)
	for n > 1 && v.parts[n-1] == "0" {
		n--
	}
	return strings.Join(v.parts[:n], ".")
}
