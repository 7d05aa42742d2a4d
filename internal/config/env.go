package config

import (
	"strings"
)

// envValues returns the settings given by environment variables: FLYWAY_<NAME>
// and PGSHAPE_<NAME> for every setting, FLYWAY_PLACEHOLDERS_<KEY> for placeholders
// (the key lower-cased, as Flyway does), and the Flyway settings pgshape does not
// support, so that they can be warned about. Other FLYWAY_* variables (FLYWAY_HOME,
// ...) are not settings and are ignored, as Flyway ignores them.
func envValues(env environ) []value {
	var out []value
	add := func(name, variable string) {
		if v := env.get(variable); v != "" {
			out = append(out, value{name: name, raw: v, where: "env " + variable, spelled: variable})
		}
	}
	for _, st := range settings {
		add(st.name, envName(st.name))
	}
	for _, variable := range env.names("FLYWAY_PLACEHOLDERS_") {
		add(placeholderPrefix+strings.ToLower(strings.TrimPrefix(variable, "FLYWAY_PLACEHOLDERS_")), variable)
	}
	for _, name := range sortedKeys(unsupported) {
		add(name, envName(name))
	}
	return out
}
