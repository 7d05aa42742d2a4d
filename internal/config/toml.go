package config

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// tomlFile is a flyway.toml file (Flyway 10 and later) read into values.
type tomlFile struct {
	path string
	// global are [flyway] (and [pgshape]) settings.
	global []value
	// environment is [flyway] environment, the default environment's name; envWhere
	// says where it was set.
	environment, envWhere string
	// environments holds the [environments.<name>] tables, unflattened.
	environments map[string]map[string]any
	// lines maps dotted keys to their lines, for messages.
	lines map[string]int
}

// readTOML parses a flyway.toml file. Syntax errors name the file and the line.
func readTOML(path, text string) (*tomlFile, []Warning, error) {
	var doc map[string]any
	if _, err := toml.Decode(text, &doc); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, nil, fmt.Errorf("config: %s:%d: %w", path, pe.Position.Line, syntaxError{pe.Message, err})
		}
		return nil, nil, fmt.Errorf("config: %s: %w", path, err)
	}
	f := &tomlFile{path: path, environments: map[string]map[string]any{}, lines: tomlLines(text)}
	var warnings []Warning
	if fl, ok := doc["flyway"].(map[string]any); ok {
		flatten("", fl, func(name string, raw any) {
			where := f.where("flyway." + name)
			switch name {
			case "environment":
				f.environment, f.envWhere = fmt.Sprint(raw), where
			case "url", "user", "password", "schemas", "connectRetries":
				warnings = append(warnings, Warning{where, "Flyway reads this only in an environment: put it in [environments.<name>]; ignored"})
			default:
				f.global = append(f.global, value{name: name, raw: raw, where: where, spelled: "flyway." + name})
			}
		})
	}
	if pg, ok := doc["pgshape"].(map[string]any); ok {
		f.global = append(f.global, f.pgshapeValues(pg)...)
	}
	if envs, ok := doc["environments"].(map[string]any); ok {
		for name, t := range envs {
			if m, ok := t.(map[string]any); ok {
				f.environments[name] = m
			}
		}
	}
	return f, warnings, nil
}

// syntaxError is a TOML syntax error: its text without the library's own "line N"
// prefix (the file and line are said before it).
type syntaxError struct {
	msg string
	err error
}

func (e syntaxError) Error() string { return e.msg }
func (e syntaxError) Unwrap() error { return e.err }

// pgshapeValues reads a [pgshape] table.
func (f *tomlFile) pgshapeValues(m map[string]any) []value {
	var out []value
	flatten("", m, func(name string, raw any) {
		out = append(out, value{name: "pgshape." + name, raw: raw, where: f.where("pgshape." + name), spelled: name, resolve: name == "devUrl"})
	})
	return out
}

// environmentValues returns the values of [environments.<name>] in this file: its
// connection keys, its [environments.<name>.flyway] and
// [environments.<name>.pgshape] tables. url, user and password (and pgshape's
// devUrl) are marked for ${env.NAME} resolution, which Load does on the values
// that win.
func (f *tomlFile) environmentValues(name string) []value {
	t, ok := f.environments[name]
	if !ok {
		return nil
	}
	var out []value
	flatten("", t, func(key string, raw any) {
		v := value{name: key, raw: raw, where: f.where("environments." + name + "." + key), spelled: key}
		switch first, rest, _ := strings.Cut(key, "."); {
		case first == "flyway":
			v.name = rest
		case first == "pgshape", environmentKeys[first]:
		default:
			v.name = "environments:" + key // not a setting: warned about as unknown
		}
		// Other keys (driver, jarDirs, jdbcProperties.*, ...) are classified when applied.
		v.resolve = v.name == "url" || v.name == "user" || v.name == "password" || v.name == "pgshape.devUrl"
		out = append(out, v)
	})
	return out
}

// environmentKeys are the keys of Flyway's [environments.<name>] tables
// (EnvironmentModel), besides its flyway and pgshape tables.
var environmentKeys = map[string]bool{
	"url": true, "user": true, "password": true, "schemas": true, "connectRetries": true,
	"connectRetriesInterval": true, "driver": true, "jarDirs": true, "initSql": true,
	"jdbcProperties": true, "resolvers": true, "provisioner": true, "token": true,
}

// flatten calls emit for every non-table value of m, in key order, its name the
// dotted path below m: [flyway.postgresql] transactional.lock is
// "postgresql.transactional.lock".
func flatten(prefix string, m map[string]any, emit func(name string, raw any)) {
	for _, k := range sortedKeys(m) {
		if sub, ok := m[k].(map[string]any); ok {
			flatten(prefix+k+".", sub, emit)
			continue
		}
		emit(prefix+k, m[k])
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
