package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// value is one setting as one source gave it.
type value struct {
	name string // canonical name: "url", "baselineOnMigrate", "placeholders.x", "pgshape.devUrl"
	raw  any    // string from .conf and environment variables; string, bool, int64, []any from TOML
	// where names the source for messages and Settings.Sources: "conf/dev.conf:3",
	// "env FLYWAY_URL", "flyway.toml:12: environments.prod.url".
	where string
	// spelled is the key as the source spells it, for messages: "flyway.url",
	// "FLYWAY_URL", "environments.prod.url".
	spelled string
	// resolve marks flyway.toml connection values, in which ${env.NAME} is resolved.
	resolve bool
}

// fail returns the error for a bad value: "config: <where>: <key>: <what>".
func (v value) fail(err error) error {
	if strings.HasSuffix(v.where, v.spelled) {
		return fmt.Errorf("config: %s: %w", v.where, err)
	}
	return fmt.Errorf("config: %s: %s: %w", v.where, v.spelled, err)
}

// text returns the value as text, for string settings and for comparisons.
func (v value) text() string {
	switch r := v.raw.(type) {
	case string:
		return r
	case []any:
		parts := make([]string, len(r))
		for i, p := range r {
			parts[i] = fmt.Sprint(p)
		}
		return strings.Join(parts, ",")
	default:
		return fmt.Sprint(r)
	}
}

func (v value) str() (string, error) {
	switch r := v.raw.(type) {
	case string:
		return r, nil
	case int64, bool, float64:
		return fmt.Sprint(r), nil
	}
	return "", v.fail(fmt.Errorf("%w: want a string, got %s", ErrInvalidValue, tomlType(v.raw)))
}

// boolean accepts true and false in any case, as Flyway does (ConfigUtils.removeBoolean).
func (v value) boolean() (bool, error) {
	switch r := v.raw.(type) {
	case bool:
		return r, nil
	case string:
		switch strings.ToLower(strings.TrimSpace(r)) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return false, v.fail(fmt.Errorf("%w: %q is not true or false", ErrInvalidValue, r))
	}
	return false, v.fail(fmt.Errorf("%w: want true or false, got %s", ErrInvalidValue, tomlType(v.raw)))
}

// integer accepts a 32-bit integer, as Flyway does (Integer.valueOf).
func (v value) integer() (int, error) {
	switch r := v.raw.(type) {
	case int64:
		if r < -1<<31 || r > 1<<31-1 {
			return 0, v.fail(fmt.Errorf("%w: %d is out of range", ErrInvalidValue, r))
		}
		return int(r), nil
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(r), 10, 32)
		if err != nil {
			return 0, v.fail(fmt.Errorf("%w: %q is not an integer", ErrInvalidValue, r))
		}
		return int(n), nil
	}
	return 0, v.fail(fmt.Errorf("%w: want an integer, got %s", ErrInvalidValue, tomlType(v.raw)))
}

// duration accepts a Go duration ("500ms", "2s", "1m30s") or a whole number of
// milliseconds (an integer, as Flyway writes its intervals), not negative.
func (v value) duration() (time.Duration, error) {
	var d time.Duration
	switch r := v.raw.(type) {
	case int64:
		d = time.Duration(r) * time.Millisecond
	case string:
		text := strings.TrimSpace(r)
		if n, err := strconv.ParseInt(text, 10, 32); err == nil {
			d = time.Duration(n) * time.Millisecond
		} else if d, err = time.ParseDuration(text); err != nil {
			return 0, v.fail(fmt.Errorf("%w: %q is not a duration (500ms, 2s) or a number of milliseconds", ErrInvalidValue, r))
		}
	default:
		return 0, v.fail(fmt.Errorf("%w: want a duration, got %s", ErrInvalidValue, tomlType(v.raw)))
	}
	if d < 0 {
		return 0, v.fail(fmt.Errorf("%w: %s is negative", ErrInvalidValue, d))
	}
	return d, nil
}

// list accepts a comma-separated string (items trimmed, empty items dropped) or a
// TOML array of strings.
func (v value) list() ([]string, error) {
	switch r := v.raw.(type) {
	case string:
		return splitList(r), nil
	case []any:
		out := make([]string, 0, len(r))
		for _, item := range r {
			s, ok := item.(string)
			if !ok {
				return nil, v.fail(fmt.Errorf("%w: want an array of strings, found %s", ErrInvalidValue, tomlType(item)))
			}
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out, nil
	}
	return nil, v.fail(fmt.Errorf("%w: want a list, got %s", ErrInvalidValue, tomlType(v.raw)))
}

func splitList(s string) []string {
	out := []string{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

func tomlType(x any) string {
	switch x.(type) {
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", x)
}
