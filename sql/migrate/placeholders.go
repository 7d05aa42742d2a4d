package migrate

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// placeholders replaces ${key} in scripts. Keys are case-insensitive, as in
// Flyway; the built-ins are ${flyway:defaultSchema}, ${flyway:user},
// ${flyway:database}, ${flyway:timestamp}, ${flyway:filename} and
// ${flyway:table}.
type placeholders map[string]string // lower-case key → value

// builtins are the values of the flyway: placeholders known at connection time.
type builtins struct {
	defaultSchema, user, database, table string
	now                                  time.Time
}

func newPlaceholders(user map[string]string, b builtins) placeholders {
	p := placeholders{}
	for k, v := range user {
		p[strings.ToLower(k)] = v
	}
	p["flyway:defaultschema"] = b.defaultSchema
	p["flyway:user"] = b.user
	p["flyway:database"] = b.database
	p["flyway:timestamp"] = b.now.Format("2006-01-02 15:04:05")
	p["flyway:table"] = b.table
	return p
}

// replace returns text with every ${key} replaced; file is the script's path,
// for ${flyway:filename} and messages. A placeholder with no value is an error,
// as in Flyway.
func (p placeholders) replace(text, file string) (string, error) {
	if !strings.Contains(text, "${") {
		return text, nil
	}
	var b strings.Builder
	var missing []string
	rest := text
	for {
		i := strings.Index(rest, "${")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i+2:], '}')
		if j < 0 {
			b.WriteString(rest)
			break
		}
		key := rest[i+2 : i+2+j]
		b.WriteString(rest[:i])
		lower := strings.ToLower(key)
		switch v, ok := p[lower]; {
		case ok:
			b.WriteString(v)
		case lower == "flyway:filename":
			b.WriteString(file[strings.LastIndexByte(file, '/')+1:])
		default:
			missing = append(missing, "${"+key+"}")
			b.WriteString(rest[i : i+3+j])
		}
		rest = rest[i+3+j:]
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return "", fmt.Errorf("migrate: %s: no value for placeholder %s: set it (--placeholder key=value, flyway.placeholders.key)",
			file, strings.Join(missing, ", "))
	}
	return b.String(), nil
}
