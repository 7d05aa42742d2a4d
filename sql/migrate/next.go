package migrate

import (
	"errors"
	"strings"
	"unicode"
)

// NextName returns the file name for a new versioned migration after the highest
// version in d, in the directory's own style: the last part of the version is
// incremented numerically, its zero padding and the "." or "_" separators kept
// (V007__ → V008__, V099__ → V100__, V9__ → V10__, V1_2__ → V1_3__,
// V1.2__ → V1.3__). An empty directory starts at V001__. The description becomes
// lower-case words joined by "_", without characters unsafe in file names
// ("Add reviews!" → add_reviews); one with no letters or digits is an error.
func NextName(d *Dir, description string) (string, error) {
	desc := fileDescription(description)
	if desc == "" {
		return "", errors.New("migrate: the migration description must contain letters or digits")
	}
	latest, ok := d.Latest()
	if !ok {
		return "V001" + separator + desc + suffix, nil
	}
	name := latest.Name()
	prefix, ext := name[:1], name[len(name)-len(suffix):] // keep "v" or ".SQL" if used
	return prefix + nextVersion(latest.Version.Raw()) + separator + desc + ext, nil
}

// nextVersion increments the last part of a version as written, keeping its width.
func nextVersion(raw string) string {
	i := strings.LastIndexAny(raw, "._")
	head, last := raw[:i+1], raw[i+1:]
	return head + increment(last)
}

// increment adds one to a decimal digit string of any length, keeping its width
// unless it overflows ("099" → "100", "9" → "10").
func increment(digits string) string {
	b := []byte(digits)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// fileDescription turns free text into the description part of a file name: words
// of letters and digits, lower-cased, joined by "_". Spaces and punctuation that
// separate words ("-", ".", "/", ...) become word breaks; apostrophes vanish
// ("don't" → dont).
func fileDescription(s string) string {
	var words []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			words = append(words, word.String())
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '"' || r == '!' || r == '?':
			// Dropped without breaking the word.
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, "_")
}
