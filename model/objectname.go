package model

import (
	"strings"
	"unicode/utf8"
)

// MaxIdentifierBytes is NAMEDATALEN - 1: PostgreSQL cuts longer identifiers.
const MaxIdentifierBytes = 63

// ClipIdentifier cuts s to at most n bytes on a character boundary, as PostgreSQL's
// pg_mbcliplen does.
func ClipIdentifier(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ObjectName is PostgreSQL's makeObjectName, which names what it generates (indexes,
// constraints, sequences): name1_name2_label, shortening the longer of name1 and name2
// until the whole fits in 63 bytes. name2 and label may be empty.
func ObjectName(name1, name2, label string) string {
	overhead := 0
	n1, n2 := len(name1), len(name2)
	if name2 != "" {
		overhead++
	}
	if label != "" {
		overhead += len(label) + 1
	}
	avail := MaxIdentifierBytes - overhead
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	name := ClipIdentifier(name1, n1)
	if name2 != "" {
		name += "_" + ClipIdentifier(name2, n2)
	}
	if label != "" {
		name += "_" + label
	}
	return name
}

// NameAddition is PostgreSQL's ChooseIndexNameAddition (and the foreign-key one):
// names joined by underscores, stopping once the result is longer than any identifier
// could be.
func NameAddition(names []string) string {
	var b strings.Builder
	for _, n := range names {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(ClipIdentifier(n, MaxIdentifierBytes))
		if b.Len() > MaxIdentifierBytes {
			break
		}
	}
	return b.String()
}
