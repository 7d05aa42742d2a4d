package migrate

import (
	"errors"
	"fmt"
	"strings"
)

// ErrMigrationNaming is what a misnamed file is, with ValidateMigrationNaming.
var ErrMigrationNaming = errors.New("migration file names do not parse")

// checkNaming reports the .sql files of the locations that are neither
// migrations nor callbacks: an error when cfg.ValidateMigrationNaming is set,
// else one note each, as Flyway warns and skips them.
func checkNaming(skipped []Skipped, cfg Config) error {
	if !cfg.ValidateMigrationNaming {
		for _, sk := range skipped {
			cfg.logf("skipped %s: %v", sk.Path, sk.Reason)
		}
		return nil
	}
	if len(skipped) == 0 {
		return nil
	}
	lines := make([]string, len(skipped))
	for i, sk := range skipped {
		lines[i] = fmt.Sprintf("  %s: %v", sk.Path, sk.Reason)
	}
	return fmt.Errorf("migrate: %w (validateMigrationNaming is on):\n%s\nrename them (V<version>__<name>.sql, R__<name>.sql) or move them out of the locations",
		ErrMigrationNaming, strings.Join(lines, "\n"))
}
