package config

import "strings"

// entry is one key = value pair read from a .conf file, with the line it started on.
type entry struct {
	key, value string
	line       int
	// swallowed lists the lines that looked like pgshape.* settings but were read
	// as the continuation of this value.
	swallowed []int
}

// readProperties reads the text of a Flyway .conf file the way Flyway's
// ConfigUtils.loadConfigurationFromString does before it hands the text to
// java.util.Properties:
//
//   - every line is trimmed;
//   - every backslash is literal (Flyway doubles them all, so `C:\sql` and a
//     password holding `\` survive; there are no `\t`, `\uXXXX` or `\=` escapes);
//   - except a backslash that ends a line: it joins the next line, unless that
//     line is empty or is itself a property (starts with "flyway." and holds "=");
//     a backslash at the end of the last line is kept;
//   - lines starting with # or ! are comments (not inside a continued value);
//   - the key ends at the first '=', ':' or blank; then blanks, at most one '=' or
//     ':', and blanks are skipped; the rest is the value. A later key wins.
//
// A leading byte-order mark is dropped (Java would keep it as part of the first key).
func readProperties(text string) []entry {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")

	var out []entry
	for i := 0; i < len(lines); i++ {
		start := i
		line := javaTrim(lines[i])
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		var logical strings.Builder
		var swallowed []int
		for {
			cont := continues(lines, i, line)
			if !cont {
				logical.WriteString(line)
				break
			}
			logical.WriteString(line[:len(line)-1])
			i++
			line = javaTrim(lines[i])
			if strings.HasPrefix(line, "pgshape.") && strings.Contains(line, "=") {
				swallowed = append(swallowed, i+1)
			}
		}
		key, value := splitProperty(logical.String())
		out = append(out, entry{key: key, value: value, line: start + 1, swallowed: swallowed})
	}
	return out
}

// continues reports whether line (the trimmed lines[i]) goes on on the next line.
func continues(lines []string, i int, line string) bool {
	if !strings.HasSuffix(line, `\`) || i == len(lines)-1 {
		return false
	}
	next := lines[i+1]
	if next == "" {
		return false
	}
	if strings.HasPrefix(javaTrim(next), "flyway.") && strings.Contains(next, "=") {
		return false
	}
	return true
}

// splitProperty splits a logical line into key and value as java.util.Properties does
// when no backslash escapes anything.
func splitProperty(s string) (key, value string) {
	end := strings.IndexAny(s, "=: \t\f")
	if end < 0 {
		return s, ""
	}
	key, rest := s[:end], s[end:]
	rest = strings.TrimLeft(rest, " \t\f")
	if rest != "" && (rest[0] == '=' || rest[0] == ':') {
		rest = strings.TrimLeft(rest[1:], " \t\f")
	}
	return key, rest
}

// javaTrim is Java's String.trim: it removes every character up to and including
// the space from both ends.
func javaTrim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
}
