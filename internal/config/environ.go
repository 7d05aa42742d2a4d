package config

import (
	"sort"
	"strings"
)

// environ is the process environment given to Load, as a map.
type environ map[string]string

// newEnviron reads "NAME=value" pairs as os.Environ returns them; a later
// duplicate wins.
func newEnviron(pairs []string) environ {
	env := environ{}
	for _, p := range pairs {
		name, value, ok := strings.Cut(p, "=")
		if ok && name != "" {
			env[name] = value
		}
	}
	return env
}

// get returns the variable's value; an unset and an empty variable are the same.
func (e environ) get(name string) string { return e[name] }

// names returns the variable names with the prefix, sorted.
func (e environ) names(prefix string) []string {
	var out []string
	for name, value := range e {
		if strings.HasPrefix(name, prefix) && value != "" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
