package config

import (
	"fmt"
	"strings"
)

// applyLocations sets flyway.locations: filesystem:<dir> or <dir>. Flyway's
// classpath: locations (inside Java jars) and cloud locations (s3:, gcs:) cannot
// be read by pgshape: an error, rather than a run that silently finds no
// migrations.
func applyLocations(s *Settings, v value) error {
	items, err := v.list()
	if err != nil {
		return err
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		if dir, ok := strings.CutPrefix(item, "filesystem:"); ok {
			out = append(out, dir)
			continue
		}
		if prefix, _, ok := strings.Cut(item, ":"); ok && !isWindowsPath(item) && !strings.ContainsAny(prefix, `/\`) {
			hint := ""
			if prefix == "classpath" {
				hint = " (classpath: locations live inside Java jars; point flyway.locations at the directory, filesystem:<dir>)"
			}
			return v.fail(fmt.Errorf("%w: location %q%s", ErrUnsupported, item, hint))
		}
		out = append(out, item)
	}
	s.Locations = out
	return nil
}

// locationNotes warns about locations written without a prefix: Flyway reads
// those from the Java classpath (a Maven or Gradle project's
// src/main/resources/<dir>), while pgshape takes them as directories.
func locationNotes(v value) []Warning {
	items, err := v.list()
	if err != nil {
		return nil
	}
	var out []Warning
	for _, item := range items {
		if !strings.Contains(item, ":") || isWindowsPath(item) {
			out = append(out, Warning{v.where, fmt.Sprintf(
				"location %q has no prefix: Flyway looks for it on the Java classpath, pgshape reads the directory %s; write filesystem:%s to say so", item, item, item)})
		}
	}
	return out
}

// isWindowsPath reports whether s starts with a drive letter (C:\ or C:/).
func isWindowsPath(s string) bool {
	return len(s) >= 3 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') &&
		(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}
