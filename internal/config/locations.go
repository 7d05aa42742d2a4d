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
		if prefix, _, ok := strings.Cut(item, ":"); ok && len(prefix) > 1 && !strings.ContainsAny(prefix, `/\`) {
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
