package config

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Settings is the configuration read from Flyway's files and the environment.
//
// An unset string is "", an unset list is nil, an unset boolean or integer is nil:
// the CLI can tell "not configured" from false or 0 and lay its flags on top.
// WithDefaults fills what is unset with Flyway's defaults.
type Settings struct {
	// URL is the target database, ready for pgx: a postgres:// URL (converted from
	// flyway.url's jdbc:postgresql:// form) or a libpq key=value string, with User
	// and Password merged in when it names none. When no URL is configured it is
	// empty, or "user='...' password='...'" if only those are: pgx then takes the
	// rest from the PG* variables. It prints with its password masked.
	URL ConnString
	// User and Password are flyway.user and flyway.password as configured. When the
	// URL itself names a user or password, the URL wins, as with Flyway's
	// PostgreSQL driver.
	User     string
	Password Secret

	Schemas       []string // flyway.schemas
	DefaultSchema string   // flyway.defaultSchema
	Table         string   // flyway.table
	// Locations are the migration directories, "filesystem:" removed.
	Locations []string
	// Placeholders maps placeholder names, lower-cased (Flyway matches them
	// case-insensitively), to their values.
	Placeholders      map[string]string
	PlaceholderPrefix string
	PlaceholderSuffix string

	BaselineOnMigrate       *bool
	BaselineVersion         string
	BaselineDescription     string
	OutOfOrder              *bool
	ValidateOnMigrate       *bool
	ValidateMigrationNaming *bool
	IgnoreMigrationPatterns []string
	CleanDisabled           *bool
	Mixed                   *bool
	Group                   *bool
	InstalledBy             string
	LockRetryCount          *int
	ConnectRetries          *int
	Target                  string
	// TransactionalLock is flyway.postgresql.transactional.lock.
	TransactionalLock *bool

	// Environment is the flyway.toml environment the settings were taken from, ""
	// when none was.
	Environment string

	PgShape PgShapeSettings

	// Sources maps each configured setting's name ("url", "baselineOnMigrate",
	// "placeholders.x", "pgshape.devUrl") to where its value came from
	// ("conf/prod.conf:3", "env FLYWAY_URL", "flyway.toml:12: environments.prod.url"),
	// for messages.
	Sources map[string]string
}

// PgShapeSettings are pgshape's own settings: pgshape.<name> in .conf files, the
// [pgshape] table (or [environments.<name>.pgshape]) in TOML, PGSHAPE_* variables.
type PgShapeSettings struct {
	Schema         string     // directory of desired-state .sql files
	DevURL         ConnString // a server for scratch databases
	AllowHazards   []string   // hazard kinds to accept
	IncludeSchemas []string
	ExcludeSchemas []string
	Ignore         []string // glob patterns of objects managed by other tools
	WithOwners     *bool
	// LockRetries is how many more times migrate runs what a lock timeout
	// (or a deadlock) stopped; 0 turns retries off. Not flyway.lockRetryCount,
	// which is about the migration lock.
	LockRetries *int
	// LockRetryDelay is the wait before the first of those retries, doubling
	// at each one.
	LockRetryDelay *time.Duration
}

// Flyway's defaults, used by WithDefaults.
const (
	DefaultTable               = "flyway_schema_history"
	DefaultBaselineVersion     = "1"
	DefaultBaselineDescription = "<< Flyway Baseline >>"
	DefaultPlaceholderPrefix   = "${"
	DefaultPlaceholderSuffix   = "}"
	DefaultLockRetryCount      = 50
	DefaultLocation            = "sql" // the Flyway command line's default, filesystem:sql
	DefaultTarget              = "latest"
)

// WithDefaults returns a copy of s with every unset setting given Flyway's
// default (and pgshape's: schema directory "schema"). DefaultSchema defaults to
// the first of Schemas; with no schemas it stays empty, which means the
// connection's current schema.
func (s *Settings) WithDefaults() *Settings {
	c := s.clone()
	setDefault := func(p *string, def string) {
		if *p == "" {
			*p = def
		}
	}
	setDefault(&c.Table, DefaultTable)
	setDefault(&c.BaselineVersion, DefaultBaselineVersion)
	setDefault(&c.BaselineDescription, DefaultBaselineDescription)
	setDefault(&c.PlaceholderPrefix, DefaultPlaceholderPrefix)
	setDefault(&c.PlaceholderSuffix, DefaultPlaceholderSuffix)
	setDefault(&c.Target, DefaultTarget)
	setDefault(&c.PgShape.Schema, "schema")
	if len(c.Schemas) > 0 {
		setDefault(&c.DefaultSchema, c.Schemas[0]) // Flyway: the first of schemas
	}
	if c.Locations == nil {
		c.Locations = []string{DefaultLocation}
	}
	if c.IgnoreMigrationPatterns == nil {
		c.IgnoreMigrationPatterns = []string{"*:future"}
	}
	for _, b := range []struct {
		p   **bool
		def bool
	}{
		{&c.BaselineOnMigrate, false}, {&c.OutOfOrder, false}, {&c.ValidateOnMigrate, true},
		{&c.ValidateMigrationNaming, false}, {&c.CleanDisabled, true}, {&c.Mixed, false},
		{&c.Group, false}, {&c.TransactionalLock, true}, {&c.PgShape.WithOwners, false},
	} {
		if *b.p == nil {
			v := b.def
			*b.p = &v
		}
	}
	for _, n := range []struct {
		p   **int
		def int
	}{{&c.LockRetryCount, DefaultLockRetryCount}, {&c.ConnectRetries, 0}} {
		if *n.p == nil {
			v := n.def
			*n.p = &v
		}
	}
	return c
}

func (s *Settings) clone() *Settings {
	c := *s
	c.Placeholders = make(map[string]string, len(s.Placeholders))
	for k, v := range s.Placeholders {
		c.Placeholders[k] = v
	}
	c.Sources = make(map[string]string, len(s.Sources))
	for k, v := range s.Sources {
		c.Sources[k] = v
	}
	return &c
}

// String prints the settings that are set, one "name = value" per line in the
// order of the package documentation, passwords masked (and the values of
// placeholders named like secrets: *password*, *secret*, *token*, ...). It is
// what %v and %s show.
func (s Settings) String() string {
	var b strings.Builder
	for _, item := range []struct {
		name string
		v    any
	}{
		{"environment", s.Environment},
		{"url", s.URL}, {"user", s.User}, {"password", s.Password},
		{"schemas", s.Schemas}, {"connectRetries", s.ConnectRetries},
		{"defaultSchema", s.DefaultSchema}, {"table", s.Table}, {"locations", s.Locations},
		{"placeholderPrefix", s.PlaceholderPrefix}, {"placeholderSuffix", s.PlaceholderSuffix},
		{"baselineOnMigrate", s.BaselineOnMigrate}, {"baselineVersion", s.BaselineVersion},
		{"baselineDescription", s.BaselineDescription}, {"outOfOrder", s.OutOfOrder},
		{"validateOnMigrate", s.ValidateOnMigrate}, {"validateMigrationNaming", s.ValidateMigrationNaming},
		{"ignoreMigrationPatterns", s.IgnoreMigrationPatterns}, {"cleanDisabled", s.CleanDisabled},
		{"mixed", s.Mixed}, {"group", s.Group}, {"installedBy", s.InstalledBy},
		{"lockRetryCount", s.LockRetryCount}, {"target", s.Target},
		{"postgresql.transactional.lock", s.TransactionalLock},
		{"pgshape.schema", s.PgShape.Schema}, {"pgshape.devUrl", s.PgShape.DevURL},
		{"pgshape.allowHazards", s.PgShape.AllowHazards},
		{"pgshape.includeSchemas", s.PgShape.IncludeSchemas},
		{"pgshape.excludeSchemas", s.PgShape.ExcludeSchemas},
		{"pgshape.ignore", s.PgShape.Ignore}, {"pgshape.withOwners", s.PgShape.WithOwners},
		{"pgshape.lockRetries", s.PgShape.LockRetries}, {"pgshape.lockRetryDelay", s.PgShape.LockRetryDelay},
	} {
		if text, set := show(item.v); set {
			fmt.Fprintf(&b, "%s = %s\n", item.name, text)
		}
	}
	for _, k := range sortedKeys(s.Placeholders) {
		v := s.Placeholders[k]
		if sensitiveName.MatchString(k) {
			v = Secret(v).String()
		}
		fmt.Fprintf(&b, "%s%s = %s\n", placeholderPrefix, k, v)
	}
	return b.String()
}

// show formats a field of Settings for String; set is false when it is unset.
func show(v any) (text string, set bool) {
	switch x := v.(type) {
	case string:
		return x, x != ""
	case ConnString:
		return x.String(), x != ""
	case Secret:
		return x.String(), x != ""
	case []string:
		return strings.Join(x, ","), x != nil
	case *bool:
		if x == nil {
			return "", false
		}
		return fmt.Sprint(*x), true
	case *int:
		if x == nil {
			return "", false
		}
		return fmt.Sprint(*x), true
	case *time.Duration:
		if x == nil {
			return "", false
		}
		return x.String(), true
	}
	panic(fmt.Sprintf("config: show: unexpected %T", v))
}

// sensitiveName matches placeholder names whose values String masks: a
// placeholder often carries the password of a role a migration creates.
var sensitiveName = regexp.MustCompile(`(?i)pass|pwd|secret|token|credential|private|apikey|api_key`)

// GoString is what %#v shows: the same as String, so that no verb prints a
// password.
func (s Settings) GoString() string { return "config.Settings{\n" + s.String() + "}" }

// Redacted returns the settings as String prints them: passwords masked.
func (s *Settings) Redacted() string { return s.String() }

// A Warning is a problem that does not stop pgshape: an unknown key, an unset
// variable expanded to nothing, a setting pgshape ignores. Load returns
// warnings; the CLI decides how to show them.
type Warning struct {
	Source  string // "conf/dev.conf:3", "env FLYWAY_X", "flyway.toml:7: flyway.x"
	Message string
}

func (w Warning) String() string { return w.Source + ": " + w.Message }

// Errors that Load's errors wrap, for errors.Is.
var (
	// ErrInvalidValue: a value of the wrong type or form (a boolean that is not true
	// or false, a URL that does not parse, an unset variable in flyway.toml).
	ErrInvalidValue = errors.New("invalid value")
	// ErrUnsupported: a value pgshape cannot use (classpath: locations, a non-PostgreSQL
	// JDBC URL, a secrets resolver).
	ErrUnsupported = errors.New("not supported")
	// ErrUnknownEnvironment: --env or flyway.environment names an environment no
	// file defines.
	ErrUnknownEnvironment = errors.New("unknown environment")
)
