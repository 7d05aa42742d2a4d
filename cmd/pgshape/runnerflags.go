package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/config"
	"github.com/pgshape/pgshape/sql/migrate"
)

// runnerFlags are the flags of migrate, info, validate, baseline, repair and
// clean. Their names follow Flyway's settings (flyway.outOfOrder →
// --out-of-order); config turns them into a migrate.Config.
type runnerFlags struct {
	url                     string
	migrations              []string
	table, defaultSchema    string
	schemas                 []string
	target                  string
	outOfOrder              bool
	baselineVersion         string
	baselineDescription     string
	baselineOnMigrate       bool
	validateOnMigrate       bool
	validateMigrationNaming bool
	ignoreMigrationPattern  []string
	placeholders            []string
	installedBy             string
	mixed, group            bool
	lockRetryCount          int
	lockRetries             int
	lockRetryDelay          time.Duration
	connectRetries          int
	cleanEnabled            bool
}

// register adds the flags every runner command takes.
func (f *runnerFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.url, "url", "", "database (postgres:// URL, jdbc:postgresql:// URL or key=value string); default flyway.url\nfrom the configuration, else $DATABASE_URL, else the PG* variables")
	fl.StringSliceVar(&f.migrations, "migrations", []string{"sql"}, "migration locations: directories, repeated or comma separated,\nmerged into one version order (e.g. sql,sql-local)")
	fl.StringVar(&f.table, "table", migrate.DefaultTable, "history table")
	fl.StringSliceVar(&f.schemas, "schemas", nil, "managed schemas, comma separated: created when missing, emptied by clean;\nthe first holds the history table")
	fl.StringVar(&f.defaultSchema, "default-schema", "", "schema of the history table (default: the first of --schemas, else the current schema)")
	fl.StringVar(&f.target, "target", "latest", "highest version to apply: a version, latest or current")
	fl.BoolVar(&f.outOfOrder, "out-of-order", false, "apply versions lower than the current one instead of refusing them")
	fl.StringVar(&f.baselineVersion, "baseline-version", migrate.DefaultBaselineVersion, "version of the baseline row")
	fl.StringVar(&f.baselineDescription, "baseline-description", migrate.DefaultBaselineDescription, "description of the baseline row")
	fl.StringSliceVar(&f.ignoreMigrationPattern, "ignore-migration-patterns", []string{"*:future"}, "type:state patterns validate lets pass, e.g. *:missing,versioned:ignored\n(types *, versioned, repeatable; states *, missing, pending, ignored, future)")
	fl.StringArrayVar(&f.placeholders, "placeholder", nil, "placeholder value for ${key} in migrations, key=value (repeatable)")
	fl.StringVar(&f.installedBy, "installed-by", "", "user recorded in the history (default: the database's current_user)")
	fl.BoolVar(&f.mixed, "mixed", false, "allow a file to mix statements that cannot run in a transaction with ones that can")
	fl.IntVar(&f.lockRetryCount, "lock-retry-count", migrate.DefaultLockRetryCount, "times to retry the migration lock, a second apart, while another run holds it")
	fl.IntVar(&f.connectRetries, "connect-retries", 0, "times to retry connecting to the database, waiting 1s, 2s, 4s, ... (at most 2 minutes) in between")
	fl.BoolVar(&f.validateMigrationNaming, "validate-migration-naming", false, "fail on .sql files whose names are not migration or callback names, instead of skipping them with a note")
}

// registerMigrate adds the flags only migrate takes.
func (f *runnerFlags) registerMigrate(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.baselineOnMigrate, "baseline-on-migrate", false, "baseline a non-empty database that has no history table, then migrate")
	fl.BoolVar(&f.validateOnMigrate, "validate-on-migrate", true, "validate before migrating")
	fl.BoolVar(&f.group, "group", false, "apply all pending migrations in one transaction: all or none")
	fl.IntVar(&f.lockRetries, "lock-retries", migrate.DefaultLockTimeoutRetries, "times to run again what a lock timeout or a deadlock stopped (0: never);\nnot --lock-retry-count, which is about the migration lock")
	fl.DurationVar(&f.lockRetryDelay, "lock-retry-delay", migrate.DefaultLockTimeoutRetryDelay, "wait before the first --lock-retries retry, doubling at each one up to 10s, with jitter")
}

// registerClean adds the flag only clean takes.
func (f *runnerFlags) registerClean(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&f.cleanEnabled, "clean-enabled", false, "allow clean to drop objects (flyway.cleanDisabled=false)")
}

// config maps the flags, with the configuration s laid under the ones not
// given, onto a migrate.Config: the one place where settings become the
// runner's configuration. Notes go to stderr.
func (f *runnerFlags) config(cmd *cobra.Command, s *config.Settings) (migrate.Config, error) {
	stderr := cmd.ErrOrStderr()
	if err := applySettings(cmd, s, runnerSettings, f); err != nil {
		return migrate.Config{}, err
	}
	url, err := connURL(cmd, f.url, s, stderr)
	if err != nil {
		return migrate.Config{}, err
	}
	placeholders, err := placeholderMap(s, f.placeholders)
	if err != nil {
		return migrate.Config{}, err
	}
	cfg := migrate.Config{
		Table:                   f.table,
		DefaultSchema:           f.defaultSchema,
		Schemas:                 trimAll(f.schemas),
		Target:                  f.target,
		OutOfOrder:              f.outOfOrder,
		BaselineVersion:         f.baselineVersion,
		BaselineDescription:     f.baselineDescription,
		BaselineOnMigrate:       f.baselineOnMigrate,
		SkipValidateOnMigrate:   !f.validateOnMigrate,
		IgnoreMigrationPatterns: trimAll(f.ignoreMigrationPattern),
		InstalledBy:             f.installedBy,
		Mixed:                   f.mixed,
		Group:                   f.group,
		LockRetryCount:          f.lockRetryCount,
		LockTimeoutRetries:      f.lockRetries,
		LockTimeoutRetryDelay:   f.lockRetryDelay,
		CleanEnabled:            f.cleanEnabled,
		ValidateMigrationNaming: f.validateMigrationNaming,
		Placeholders:            placeholders,
		Connect:                 connector(url, f.connectRetries, stderr),
		Logf:                    func(format string, args ...any) { fmt.Fprintf(stderr, "pgshape: "+format+"\n", args...) },
	}
	if cfg.LockRetryCount == 0 {
		cfg.LockRetryCount = -1 // --lock-retry-count 0: one try
	}
	if cfg.LockTimeoutRetries == 0 {
		cfg.LockTimeoutRetries = -1 // --lock-retries 0: no retry
	}
	if cmd.Flags().Lookup("lock-retries") != nil { // migrate's flags
		if f.lockRetries < 0 {
			return cfg, fmt.Errorf("lock retries %d (--lock-retries, pgshape.lockRetries): want 0 (no retry) or more", f.lockRetries)
		}
		if f.lockRetryDelay <= 0 {
			return cfg, fmt.Errorf("lock retry delay %s (--lock-retry-delay, pgshape.lockRetryDelay): want a positive duration such as 500ms", f.lockRetryDelay)
		}
	}
	if cfg.IgnoreMigrationPatterns == nil {
		cfg.IgnoreMigrationPatterns = []string{}
	}
	hint := "set --migrations"
	if src := s.Sources["locations"]; src != "" && !cmd.Flags().Changed("migrations") {
		hint = "flyway.locations, " + src
	}
	for _, dir := range trimAll(f.migrations) {
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			return cfg, fmt.Errorf("migrations location %s: not a directory (%s)", dir, hint)
		}
		cfg.Locations = append(cfg.Locations, migrate.Location{Name: dir, FS: os.DirFS(dir)})
	}
	return cfg, nil
}

// connector opens connections to url, retrying retries times (Flyway's
// connectRetries: a database still starting in CI); errors show url with its
// password masked.
func connector(url string, retries int, stderr io.Writer) func(ctx context.Context) (*pgx.Conn, error) {
	return func(ctx context.Context) (*pgx.Conn, error) {
		wait := time.Second
		for attempt := 0; ; attempt++ {
			conn, err := pgx.Connect(ctx, url)
			if err == nil {
				return conn, nil
			}
			where := config.RedactURL(url)
			if url == "" {
				where = "the database named by the PG* variables (no --url, flyway.url, FLYWAY_URL or DATABASE_URL)"
			}
			err = fmt.Errorf("%s: %s", where, redactError(err, url))
			if attempt >= retries || ctx.Err() != nil {
				return nil, err
			}
			fmt.Fprintf(stderr, "pgshape: %v; retrying in %s (%d/%d)\n", err, wait, attempt+1, retries)
			select {
			case <-ctx.Done():
				return nil, err
			case <-time.After(wait):
			}
			wait = min(2*wait, maxConnectRetryWait)
		}
	}
}

// maxConnectRetryWait caps the pause between connection attempts, as
// Flyway's connectRetriesInterval default does.
const maxConnectRetryWait = 2 * time.Minute

// redactError returns err's text without the password of url, should the
// driver have quoted it.
func redactError(err error, url string) string {
	msg := err.Error()
	cfg, perr := pgx.ParseConfig(url)
	if perr == nil && cfg.Password != "" {
		msg = strings.ReplaceAll(msg, cfg.Password, "xxxxx")
	}
	return msg
}

func trimAll(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
