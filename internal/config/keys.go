package config

import (
	"strings"
	"time"
	"unicode"
)

// A setting is one key pgshape understands. Its name is the camelCase name Flyway
// uses in flyway.toml's [flyway] table; .conf files spell it flyway.<name>, the
// environment FLYWAY_<UPPER_SNAKE>. pgshape's own settings are named pgshape.<name>:
// the same in .conf files, [pgshape] <name> in TOML, PGSHAPE_<UPPER_SNAKE> in the
// environment.
type setting struct {
	name  string
	apply func(s *Settings, v value) error
}

// settings lists every key pgshape reads, in the order of the package
// documentation's table.
var settings = []setting{
	{"url", str(func(s *Settings, x string) { s.URL = ConnString(x) })},
	{"user", str(func(s *Settings, x string) { s.User = x })},
	{"password", str(func(s *Settings, x string) { s.Password = Secret(x) })},
	{"schemas", list(func(s *Settings, x []string) { s.Schemas = x })},
	{"defaultSchema", str(func(s *Settings, x string) { s.DefaultSchema = x })},
	{"table", str(func(s *Settings, x string) { s.Table = x })},
	{"locations", applyLocations},
	{"placeholderPrefix", str(func(s *Settings, x string) { s.PlaceholderPrefix = x })},
	{"placeholderSuffix", str(func(s *Settings, x string) { s.PlaceholderSuffix = x })},
	{"baselineOnMigrate", boolean(func(s *Settings) **bool { return &s.BaselineOnMigrate })},
	{"baselineVersion", str(func(s *Settings, x string) { s.BaselineVersion = x })},
	{"baselineDescription", str(func(s *Settings, x string) { s.BaselineDescription = x })},
	{"outOfOrder", boolean(func(s *Settings) **bool { return &s.OutOfOrder })},
	{"validateOnMigrate", boolean(func(s *Settings) **bool { return &s.ValidateOnMigrate })},
	{"validateMigrationNaming", boolean(func(s *Settings) **bool { return &s.ValidateMigrationNaming })},
	{"ignoreMigrationPatterns", list(func(s *Settings, x []string) { s.IgnoreMigrationPatterns = x })},
	{"cleanDisabled", boolean(func(s *Settings) **bool { return &s.CleanDisabled })},
	{"mixed", boolean(func(s *Settings) **bool { return &s.Mixed })},
	{"group", boolean(func(s *Settings) **bool { return &s.Group })},
	{"installedBy", str(func(s *Settings, x string) { s.InstalledBy = x })},
	{"lockRetryCount", integer(func(s *Settings) **int { return &s.LockRetryCount })},
	{"connectRetries", integer(func(s *Settings) **int { return &s.ConnectRetries })},
	{"target", str(func(s *Settings, x string) { s.Target = x })},
	{"postgresql.transactional.lock", boolean(func(s *Settings) **bool { return &s.TransactionalLock })},

	{"pgshape.schema", str(func(s *Settings, x string) { s.PgShape.Schema = x })},
	{"pgshape.devUrl", str(func(s *Settings, x string) { s.PgShape.DevURL = ConnString(x) })},
	{"pgshape.allowHazards", list(func(s *Settings, x []string) { s.PgShape.AllowHazards = x })},
	{"pgshape.includeSchemas", list(func(s *Settings, x []string) { s.PgShape.IncludeSchemas = x })},
	{"pgshape.excludeSchemas", list(func(s *Settings, x []string) { s.PgShape.ExcludeSchemas = x })},
	{"pgshape.ignore", list(func(s *Settings, x []string) { s.PgShape.Ignore = x })},
	{"pgshape.withOwners", boolean(func(s *Settings) **bool { return &s.PgShape.WithOwners })},
	{"pgshape.lockRetries", integer(func(s *Settings) **int { return &s.PgShape.LockRetries })},
	{"pgshape.lockRetryDelay", duration(func(s *Settings) **time.Duration { return &s.PgShape.LockRetryDelay })},
}

// placeholderPrefix starts the names of placeholder settings: placeholders.<key>.
const placeholderPrefix = "placeholders."

// settingByName finds the setting named name; ok is false for placeholders and
// for names pgshape does not know.
func settingByName(name string) (setting, bool) {
	for _, st := range settings {
		if st.name == name {
			return st, true
		}
	}
	return setting{}, false
}

func str(set func(*Settings, string)) func(*Settings, value) error {
	return func(s *Settings, v value) error {
		x, err := v.str()
		if err == nil {
			set(s, x)
		}
		return err
	}
}

func list(set func(*Settings, []string)) func(*Settings, value) error {
	return func(s *Settings, v value) error {
		x, err := v.list()
		if err == nil {
			set(s, x)
		}
		return err
	}
}

func boolean(field func(*Settings) **bool) func(*Settings, value) error {
	return func(s *Settings, v value) error {
		x, err := v.boolean()
		if err == nil {
			*field(s) = &x
		}
		return err
	}
}

func integer(field func(*Settings) **int) func(*Settings, value) error {
	return func(s *Settings, v value) error {
		x, err := v.integer()
		if err == nil {
			*field(s) = &x
		}
		return err
	}
}

func duration(field func(*Settings) **time.Duration) func(*Settings, value) error {
	return func(s *Settings, v value) error {
		x, err := v.duration()
		if err == nil {
			*field(s) = &x
		}
		return err
	}
}

// envName returns the environment variable for a setting name:
// baselineOnMigrate → FLYWAY_BASELINE_ON_MIGRATE, postgresql.transactional.lock →
// FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK, pgshape.devUrl → PGSHAPE_DEV_URL.
func envName(name string) string {
	prefix := "FLYWAY_"
	if rest, ok := strings.CutPrefix(name, "pgshape."); ok {
		prefix, name = "PGSHAPE_", rest
	}
	var b strings.Builder
	b.WriteString(prefix)
	for i, r := range name {
		switch {
		case r == '.':
			b.WriteByte('_')
		case unicode.IsUpper(r):
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
