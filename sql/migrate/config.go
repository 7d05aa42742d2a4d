package migrate

import (
	"context"
	"fmt"
	"io/fs"
	"time"

	"github.com/jackc/pgx/v5"
)

// Flyway's defaults.
const (
	// DefaultTable is the history table's name.
	DefaultTable = "flyway_schema_history"
	// DefaultBaselineVersion is the version of the row baseline writes.
	DefaultBaselineVersion = "1"
	// DefaultBaselineDescription is the description and script of that row.
	DefaultBaselineDescription = "<< Flyway Baseline >>"
	// DefaultLockRetryCount is how many more times the advisory lock is tried
	// after a first failed attempt (Flyway's lockRetryCount).
	DefaultLockRetryCount = 50
	// DefaultLockRetryInterval is the pause between two attempts.
	DefaultLockRetryInterval = time.Second
	// DefaultLockTimeoutRetries is how many more times Migrate runs what a
	// lock timeout stopped (pgshape.lockRetries).
	DefaultLockTimeoutRetries = 10
	// DefaultLockTimeoutRetryDelay is the wait before the first of those
	// retries (pgshape.lockRetryDelay); it doubles at each one, up to
	// DefaultLockTimeoutRetryMaxDelay, with jitter: with the defaults the
	// retries span 30 s to a minute, enough to outlast a reader of some
	// seconds, yet each attempt holds its lock queue for lock_timeout only.
	DefaultLockTimeoutRetryDelay = 500 * time.Millisecond
	// DefaultLockTimeoutRetryMaxDelay caps that wait (or is the delay
	// setting, when larger).
	DefaultLockTimeoutRetryMaxDelay = 10 * time.Second
	// connectionCheckInterval makes the server notice a vanished client (a
	// runner killed with SIGKILL) while a statement runs, abort it and release
	// the lock, instead of running to the end first (PostgreSQL 14+).
	connectionCheckInterval = "1s"
)

// Location is one root of migration files (Flyway's locations setting). Files
// are searched recursively; their script name is their path relative to FS.
type Location struct {
	// Name identifies the location in messages ("sql", "sql-local").
	Name string
	FS   fs.FS
}

// Config is the runner's configuration. Its zero value, plus Locations and
// Connect, is Flyway's default configuration; field comments name the Flyway
// setting each one maps to.
type Config struct {
	// Locations are merged into one version order (flyway.locations). Two files
	// with the same version, in one location or across several, are an error.
	Locations []Location
	// Connect opens a new connection to the target database. The runner opens
	// two: one that runs the migrations and one that holds the advisory lock.
	Connect func(ctx context.Context) (*pgx.Conn, error)

	// Table is the history table's name (flyway.table); default
	// flyway_schema_history.
	Table string
	// DefaultSchema holds the history table (flyway.defaultSchema); default the
	// first of Schemas, else the connection's current schema.
	DefaultSchema string
	// Schemas are the managed schemas (flyway.schemas): created when missing,
	// emptied by Clean.
	Schemas []string

	// BaselineVersion and BaselineDescription describe the row Baseline writes
	// (flyway.baselineVersion, flyway.baselineDescription); default "1" and
	// "<< Flyway Baseline >>".
	BaselineVersion     string
	BaselineDescription string
	// BaselineOnMigrate makes Migrate baseline a non-empty database that has no
	// history table (flyway.baselineOnMigrate).
	BaselineOnMigrate bool

	// OutOfOrder applies versions lower than the current one (flyway.outOfOrder).
	OutOfOrder bool
	// Target is the highest version Migrate applies (flyway.target): a version,
	// "latest" (the default, also when empty) or "current" (no new versions).
	Target string
	// IgnoreMigrationPatterns are type:state patterns ("*:future",
	// "versioned:missing", "repeatable:pending") that validate lets pass
	// (flyway.ignoreMigrationPatterns). Nil means Flyway's default, "*:future";
	// an empty non-nil slice ignores nothing.
	IgnoreMigrationPatterns []string
	// SkipValidateOnMigrate is flyway.validateOnMigrate=false: Migrate does not
	// validate first.
	SkipValidateOnMigrate bool
	// CleanEnabled is flyway.cleanDisabled=false: without it Clean refuses to run.
	CleanEnabled bool
	// Mixed allows a file to mix statements that cannot run in a transaction
	// with ones that can (flyway.mixed).
	Mixed bool
	// Group applies every pending migration in one transaction: all or none
	// (flyway.group). Files that cannot run in a transaction are then refused.
	Group bool
	// InstalledBy is written in the history rows (flyway.installedBy); default
	// the database's current_user.
	InstalledBy string
	// Placeholders replace ${key} in migrations and callbacks
	// (flyway.placeholders.key); keys are case-insensitive.
	Placeholders map[string]string
	// ValidateMigrationNaming makes a .sql file whose name is not a migration
	// name (nor a callback's) an error instead of a note
	// (flyway.validateMigrationNaming): a typo such as V1_add.sql (one
	// underscore) would otherwise never run, without a word from Flyway.
	ValidateMigrationNaming bool

	// LockRetryCount is how many more times the advisory lock is tried when
	// another runner holds it (flyway.lockRetryCount); 0 means the default, 50,
	// and a negative value means try only once.
	LockRetryCount int
	// LockRetryInterval is the pause between two tries; default one second.
	LockRetryInterval time.Duration

	// LockTimeoutRetries is how many more times Migrate runs what failed
	// because of another session's lock: lock_timeout fired (SQLSTATE 55P03,
	// which a NOWAIT lock also raises) or PostgreSQL broke a deadlock (40P01).
	// A file that runs in a transaction (or the whole group, with Group) is
	// rolled back and runs again with its history row; in a file that runs
	// statement by statement, the failing statement runs again alone (an
	// invalid index left by an interrupted CREATE INDEX CONCURRENTLY is
	// dropped first; REINDEX and DETACH PARTITION CONCURRENTLY, and
	// statements in a transaction the file opened, are not retried). Each
	// retry is logged with the sessions that blocked. pgshape.lockRetries;
	// 0 means the default, 10, and a negative value means no retry. Not to
	// be confused with LockRetryCount, which is about the advisory lock.
	LockTimeoutRetries int
	// LockTimeoutRetryDelay is the wait before the first retry
	// (pgshape.lockRetryDelay), doubling at each retry up to 10 s (or the
	// delay, when larger), each wait between half of that and all of it;
	// default 500ms.
	LockTimeoutRetryDelay time.Duration

	// Progress, when set, is called before and after each migration Migrate
	// applies.
	Progress func(Progress)
	// Logf, when set, receives notes (callbacks run, files skipped, schemas
	// created).
	Logf func(format string, args ...any)
}

// withDefaults returns c with Flyway's defaults filled in.
func (c Config) withDefaults() Config {
	if c.Table == "" {
		c.Table = DefaultTable
	}
	if c.BaselineVersion == "" {
		c.BaselineVersion = DefaultBaselineVersion
	}
	if c.BaselineDescription == "" {
		c.BaselineDescription = DefaultBaselineDescription
	}
	if c.IgnoreMigrationPatterns == nil {
		c.IgnoreMigrationPatterns = []string{"*:future"}
	}
	if c.LockRetryCount == 0 {
		c.LockRetryCount = DefaultLockRetryCount
	}
	if c.LockRetryInterval <= 0 {
		c.LockRetryInterval = DefaultLockRetryInterval
	}
	if c.LockTimeoutRetries == 0 {
		c.LockTimeoutRetries = DefaultLockTimeoutRetries
	}
	if c.LockTimeoutRetryDelay <= 0 {
		c.LockTimeoutRetryDelay = DefaultLockTimeoutRetryDelay
	}
	return c
}

// check reports configuration errors that need no database.
func (c Config) check() error {
	if c.Connect == nil {
		return fmt.Errorf("migrate: no Connect function configured")
	}
	if _, err := ParseVersion(c.BaselineVersion); err != nil {
		return fmt.Errorf("migrate: baseline version: %w", err)
	}
	if _, err := parseTarget(c.Target); err != nil {
		return err
	}
	if _, err := parseIgnorePatterns(c.IgnoreMigrationPatterns); err != nil {
		return err
	}
	return nil
}

func (c Config) logf(format string, args ...any) {
	if c.Logf != nil {
		c.Logf(format, args...)
	}
}

// Progress reports Migrate's advance through its pending migrations.
type Progress struct {
	// N is the 1-based position of the migration among Total pending ones.
	N, Total int
	// Script is the file's path relative to its location; Version is empty for
	// a repeatable migration.
	Script, Version, Description string
	// Done is false just before the file runs, true once it is applied.
	Done bool
	// Elapsed is the time since Migrate started; FileElapsed the time this file
	// took (when Done).
	Elapsed, FileElapsed time.Duration
}

// target is a parsed Target setting.
type target struct {
	latest, current bool
	version         Version
}

func parseTarget(s string) (target, error) {
	switch s {
	case "", "latest", "LATEST":
		return target{latest: true}, nil
	case "current", "CURRENT":
		return target{current: true}, nil
	}
	v, err := ParseVersion(s)
	if err != nil {
		return target{}, fmt.Errorf("migrate: target %q is not a version, latest or current: %w", s, err)
	}
	return target{version: v}, nil
}
