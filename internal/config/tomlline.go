package config

import (
	"strings"
)

// tomlLines finds the line of each key of a TOML text, for messages: the TOML
// library reports lines for syntax errors only. It follows [table] headers and
// reads "key = value" lines, dotted keys included; it does not look inside
// multi-line strings or arrays, inline tables or quoted keys holding dots, so
// keys written that way get no line (0).
func tomlLines(text string) map[string]int {
	lines := map[string]int{}
	table := ""
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case strings.HasPrefix(line, "[["):
			table = "" // arrays of tables: not settings
		case line[0] == '[':
			end := strings.Index(line, "]")
			if end < 0 {
				continue
			}
			table = tomlKey(line[1:end])
		default:
			key, _, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			full := tomlKey(key)
			if table != "" {
				full = table + "." + full
			}
			if _, seen := lines[full]; !seen {
				lines[full] = i + 1
			}
		}
	}
	return lines
}

// tomlKey normalizes a dotted key: blanks around the dots and quotes removed.
func tomlKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

// where names a key of a TOML file for messages: "file:line: key", or "file: key"
// when the line is unknown.
func (f *tomlFile) where(key string) string {
	if n := f.lines[key]; n > 0 {
		return f.path + ":" + itoa(n) + ": " + key
	}
	return f.path + ": " + key
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
