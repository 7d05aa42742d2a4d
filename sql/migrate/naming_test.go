package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// A misnamed file is a note by default and an error with
// ValidateMigrationNaming, as in Flyway; callbacks are not misnamed files.
func TestValidateMigrationNaming(t *testing.T) {
	loc := mapLocation("sql", map[string]string{
		"V1__users.sql":    "CREATE TABLE users (id int);\n",
		"V2_typo.sql":      "CREATE TABLE typo (id int);\n",
		"afterMigrate.sql": "SELECT 1;\n",
	})
	url := pgtest.NewDatabase(t)

	var notes []string
	cfg := testConfig(url, loc)
	cfg.Logf = func(format string, args ...any) { notes = append(notes, fmt.Sprintf(format, args...)) }
	mustMigrate(t, cfg)
	if got := strings.Join(notes, "\n"); !strings.Contains(got, "skipped V2_typo.sql") {
		t.Errorf("notes %q lack the skipped file", got)
	}

	cfg.ValidateMigrationNaming = true
	_, err := New(cfg).Migrate(context.Background())
	if !errors.Is(err, ErrMigrationNaming) || !strings.Contains(err.Error(), "V2_typo.sql") || strings.Contains(err.Error(), "afterMigrate") {
		t.Fatalf("Migrate with ValidateMigrationNaming: %v; want ErrMigrationNaming naming V2_typo.sql only", err)
	}
}
