package config

import (
	"fmt"
	"strings"
)

// confValues turns a .conf file's text into values: flyway.<name> and
// pgshape.<name> keys, ${NAME} expanded. Other keys are not Flyway's or pgshape's
// and are ignored, as Flyway ignores them. Unset variables become warnings.
func confValues(path, text string, env environ) ([]value, []Warning) {
	var out []value
	var warnings []Warning
	for _, e := range readProperties(text) {
		where := fmt.Sprintf("%s:%d", path, e.line)
		unset := func(name string) {
			warnings = append(warnings, Warning{where, fmt.Sprintf(
				"environment variable %s is not set: ${%s} expands to nothing (as in Flyway)", name, name)})
		}
		for _, n := range e.swallowed {
			warnings = append(warnings, Warning{fmt.Sprintf("%s:%d", path, n), fmt.Sprintf(
				"read as part of the value on line %d, whose line ends with a backslash (Flyway reads it so too: only flyway.* lines stop a continuation)", e.line)})
		}
		key := expandConf(e.key, env, unset)
		name, ok := strings.CutPrefix(key, "flyway.")
		if !ok {
			if !strings.HasPrefix(key, "pgshape.") {
				continue
			}
			name = key
		}
		if i := strings.LastIndex(e.value, "${"); i >= 0 && !strings.Contains(e.value[i:], "}") {
			warnings = append(warnings, Warning{where, "unterminated ${ in the value, kept as written (as in Flyway)"})
		}
		out = append(out, value{name: name, raw: expandConf(e.value, env, unset), where: where, spelled: key})
	}
	return out, warnings
}
