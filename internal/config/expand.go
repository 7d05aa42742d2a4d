package config

import (
	"fmt"
	"regexp"
	"strings"
)

// confVariable is the ${NAME} reference Flyway expands in .conf files
// (ConfigUtils.expandEnvironmentVariables).
var confVariable = regexp.MustCompile(`\$\{([A-Za-z0-9_]+)\}`)

// expandConf replaces every ${NAME} in s by the environment variable NAME.
//
// Flyway replaces an unset variable by the empty string, without a word; pgshape
// does the same, so that both tools read the same value, and reports each unset
// name through unset, so the caller can warn.
//
// Flyway expands over the raw file text before parsing it, so a variable whose value
// holds a backslash or a line break is mangled there; pgshape takes the value
// literally.
func expandConf(s string, env environ, unset func(name string)) string {
	if !strings.Contains(s, "${") {
		return s
	}
	return confVariable.ReplaceAllStringFunc(s, func(m string) string {
		name := m[2 : len(m)-1]
		v := env.get(name)
		if v == "" {
			unset(name)
		}
		return v
	})
}

// tomlResolver is the ${resolver.param} reference Flyway resolves in the connection
// values of flyway.toml environments (PropertyResolverContextImpl); $${...} stands
// for a literal ${...}.
var tomlResolver = regexp.MustCompile(`\$?\$\{([^.}]+)\.([^}]*)\}`)

// verbatim is Flyway's !{...}: the whole value, taken as written.
var verbatim = regexp.MustCompile(`^!\{.*\}$`)

// resolveTOML resolves ${env.NAME} in a value of flyway.toml as Flyway does for url,
// user and password: the value is trimmed, !{text} yields text unresolved, $${x.y}
// yields ${x.y}. Only the env resolver exists here (Flyway's others are paid
// features: vault, googlesecrets, ...). An unset variable is an error: Flyway fails
// too, though less clearly.
func resolveTOML(s string, env environ) (string, error) {
	s = strings.TrimSpace(s)
	if verbatim.MatchString(s) {
		return s[2 : len(s)-1], nil
	}
	var err error
	out := tomlResolver.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "$$") {
			return m[1:]
		}
		sub := tomlResolver.FindStringSubmatch(m)
		resolver, name := strings.TrimSpace(sub[1]), strings.TrimSpace(sub[2])
		if resolver != "env" {
			if err == nil {
				err = fmt.Errorf("%w: resolver %q in %s (only ${env.NAME} is supported)", ErrUnsupported, resolver, m)
			}
			return m
		}
		v := env.get(name)
		if v == "" && err == nil {
			err = fmt.Errorf("%w: environment variable %s is not set (or empty)", ErrInvalidValue, name)
		}
		return v
	})
	return out, err
}
