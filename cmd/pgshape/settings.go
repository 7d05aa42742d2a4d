package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/internal/config"
)

// This file is where configuration meets the command line: which files are
// read, and how each setting becomes the value of a flag that was not given.
// Precedence, highest first: flags given on the command line; FLYWAY_* and
// PGSHAPE_* variables; the configuration files, a later one over an earlier one
// (and a flyway.toml environment over [flyway]); DATABASE_URL for the URL; the
// flags' defaults. internal/config does everything below the flags; this file
// only lays the result under them.

// globalFlags are the root command's persistent flags, which every command
// takes: where the configuration comes from.
type globalFlags struct {
	configFiles []string
	env         string
}

func (g *globalFlags) register(root *cobra.Command) {
	fl := root.PersistentFlags()
	fl.StringArrayVar(&g.configFiles, "config", nil, "configuration file, Flyway's .conf or flyway.toml format (repeatable, a later one wins);\ndefault: $FLYWAY_CONFIG_FILES (comma separated), else flyway.toml and flyway.user.toml\n(or flyway.conf) in the home directory, then in the working directory")
	fl.StringVar(&g.env, "env", "", "flyway.toml environment, [environments.NAME] (default: [flyway] environment, else default)")
}

// load reads the configuration for cmd. Warnings go to stderr, one per line,
// as "pgshape: config: <where>: <what>".
func (g *globalFlags) load(cmd *cobra.Command) (*config.Settings, error) {
	s, warnings, err := config.Load(config.LoadOptions{
		Files:       g.files(cmd),
		Environment: g.env,
		Environ:     os.Environ(),
	})
	if err != nil {
		return nil, err
	}
	warnings = append(warnings, unsupportedSettings(s)...)
	for _, w := range warnings {
		fmt.Fprintf(cmd.ErrOrStderr(), "pgshape: config: %s\n", w)
	}
	return s, nil
}

// files returns the configuration files to read: --config, else
// FLYWAY_CONFIG_FILES, else Flyway's default files. As in Flyway, naming files
// replaces the defaults rather than adding to them.
func (g *globalFlags) files(cmd *cobra.Command) []string {
	if cmd.Flags().Changed("config") {
		return g.configFiles
	}
	if v := os.Getenv("FLYWAY_CONFIG_FILES"); v != "" {
		return trimAll(strings.Split(v, ","))
	}
	home, _ := os.UserHomeDir()
	dir, _ := os.Getwd()
	return config.DefaultFiles(home, dir, nil)
}

// unsupportedSettings warns about settings internal/config reads but pgshape's
// runner does not implement, so that a file written for Flyway does not
// silently behave differently.
func unsupportedSettings(s *config.Settings) []config.Warning {
	var out []config.Warning
	for _, p := range []struct{ name, value, def string }{
		{"placeholderPrefix", s.PlaceholderPrefix, config.DefaultPlaceholderPrefix},
		{"placeholderSuffix", s.PlaceholderSuffix, config.DefaultPlaceholderSuffix},
	} {
		if p.value != "" && p.value != p.def {
			out = append(out, config.Warning{Source: s.Sources[p.name], Message: fmt.Sprintf(
				"%s %q is not supported by pgshape, ignored: placeholders are written ${key}", p.name, p.value)})
		}
	}
	return out
}

// A settingFlag lays one setting under the flag of that name: apply copies the
// configured value, if any, into the flag's variable. It runs only when the
// flag was not given on the command line.
type settingFlag[F any] struct {
	flag  string
	apply func(s *config.Settings, f *F) error
}

// runnerSettings map the configuration onto the flags of migrate, info,
// validate, baseline, repair and clean. The URL and placeholders, which
// combine with their flags rather than give way to them, are in connURL and
// placeholderMap.
var runnerSettings = []settingFlag[runnerFlags]{
	{"migrations", func(s *config.Settings, f *runnerFlags) error { return setList(&f.migrations, s.Locations) }},
	{"schemas", func(s *config.Settings, f *runnerFlags) error { return setList(&f.schemas, s.Schemas) }},
	{"default-schema", func(s *config.Settings, f *runnerFlags) error { return setString(&f.defaultSchema, s.DefaultSchema) }},
	{"table", func(s *config.Settings, f *runnerFlags) error { return setString(&f.table, s.Table) }},
	{"target", func(s *config.Settings, f *runnerFlags) error { return setString(&f.target, s.Target) }},
	{"out-of-order", func(s *config.Settings, f *runnerFlags) error { return setBool(&f.outOfOrder, s.OutOfOrder) }},
	{"baseline-version", func(s *config.Settings, f *runnerFlags) error {
		return setString(&f.baselineVersion, s.BaselineVersion)
	}},
	{"baseline-description", func(s *config.Settings, f *runnerFlags) error {
		return setString(&f.baselineDescription, s.BaselineDescription)
	}},
	{"baseline-on-migrate", func(s *config.Settings, f *runnerFlags) error {
		return setBool(&f.baselineOnMigrate, s.BaselineOnMigrate)
	}},
	{"validate-on-migrate", func(s *config.Settings, f *runnerFlags) error {
		return setBool(&f.validateOnMigrate, s.ValidateOnMigrate)
	}},
	{"validate-migration-naming", func(s *config.Settings, f *runnerFlags) error {
		return setBool(&f.validateMigrationNaming, s.ValidateMigrationNaming)
	}},
	{"ignore-migration-patterns", func(s *config.Settings, f *runnerFlags) error {
		return setList(&f.ignoreMigrationPattern, s.IgnoreMigrationPatterns)
	}},
	{"installed-by", func(s *config.Settings, f *runnerFlags) error { return setString(&f.installedBy, s.InstalledBy) }},
	{"mixed", func(s *config.Settings, f *runnerFlags) error { return setBool(&f.mixed, s.Mixed) }},
	{"group", func(s *config.Settings, f *runnerFlags) error { return setBool(&f.group, s.Group) }},
	{"lock-retry-count", func(s *config.Settings, f *runnerFlags) error { return setInt(&f.lockRetryCount, s.LockRetryCount) }},
	{"connect-retries", func(s *config.Settings, f *runnerFlags) error { return setInt(&f.connectRetries, s.ConnectRetries) }},
	{"lock-retries", func(s *config.Settings, f *runnerFlags) error { return setInt(&f.lockRetries, s.PgShape.LockRetries) }},
	{"lock-retry-delay", func(s *config.Settings, f *runnerFlags) error {
		if s.PgShape.LockRetryDelay != nil {
			f.lockRetryDelay = *s.PgShape.LockRetryDelay
		}
		return nil
	}},
	// Flyway's switch is negative (cleanDisabled, default true); pgshape's flag
	// is positive, so that enabling clean is always an explicit word.
	{"clean-enabled", func(s *config.Settings, f *runnerFlags) error {
		if s.CleanDisabled != nil {
			f.cleanEnabled = !*s.CleanDisabled
		}
		return nil
	}},
}

// planSettings map the configuration onto the flags of plan and generate.
var planSettings = []settingFlag[planFlags]{
	{"dev-url", func(s *config.Settings, f *planFlags) error { return setString(&f.devURL, s.PgShape.DevURL.Reveal()) }},
	{"schema", func(s *config.Settings, f *planFlags) error { return setString(&f.schemaDir, s.PgShape.Schema) }},
	{"migrations", func(s *config.Settings, f *planFlags) error { return setList(&f.migrations, s.Locations) }},
	{"allow-hazards", func(s *config.Settings, f *planFlags) error {
		if _, err := differ.ParseHazardPolicy(s.PgShape.AllowHazards); err != nil {
			return fmt.Errorf("config: %s: pgshape.allowHazards: %w", s.Sources["pgshape.allowHazards"], err)
		}
		return setList(&f.allowHazards, s.PgShape.AllowHazards)
	}},
	{"include-schema", func(s *config.Settings, f *planFlags) error {
		return setList(&f.scope.IncludeSchemas, s.PgShape.IncludeSchemas)
	}},
	{"exclude-schema", func(s *config.Settings, f *planFlags) error {
		return setList(&f.scope.ExcludeSchemas, s.PgShape.ExcludeSchemas)
	}},
	{"ignore", func(s *config.Settings, f *planFlags) error { return setList(&f.scope.Ignore, s.PgShape.Ignore) }},
	{"table", func(s *config.Settings, f *planFlags) error { return setString(&f.history.table, s.Table) }},
	{"schemas", func(s *config.Settings, f *planFlags) error { return setList(&f.history.schemas, s.Schemas) }},
	{"default-schema", func(s *config.Settings, f *planFlags) error {
		return setString(&f.history.defaultSchema, s.DefaultSchema)
	}},
	{"with-owners", func(s *config.Settings, f *planFlags) error { return setBool(&f.withOwners, s.PgShape.WithOwners) }},
	{"online", func(s *config.Settings, f *planFlags) error { return setBool(&f.online, s.PgShape.Online) }},
	{"lock-timeout", func(s *config.Settings, f *planFlags) error {
		return setString(&f.timeouts.Lock, s.PgShape.LockTimeout)
	}},
	{"statement-timeout", func(s *config.Settings, f *planFlags) error {
		return setString(&f.timeouts.Statement, s.PgShape.StatementTimeout)
	}},
	{"long-statement-timeout", func(s *config.Settings, f *planFlags) error {
		return setString(&f.timeouts.Long, s.PgShape.LongStatementTimeout)
	}},
}

// applySettings lays s under the flags of cmd that were not given.
func applySettings[F any](cmd *cobra.Command, s *config.Settings, table []settingFlag[F], f *F) error {
	for _, sf := range table {
		if cmd.Flags().Changed(sf.flag) {
			continue
		}
		if err := sf.apply(s, f); err != nil {
			return err
		}
	}
	return nil
}

func setString(dst *string, v string) error {
	if v != "" {
		*dst = v
	}
	return nil
}

func setList(dst *[]string, v []string) error {
	if v != nil {
		*dst = v
	}
	return nil
}

func setBool(dst *bool, v *bool) error {
	if v != nil {
		*dst = *v
	}
	return nil
}

func setInt(dst *int, v *int) error {
	if v != nil {
		*dst = *v
	}
	return nil
}

// connURL returns the connection string: --url when given (a jdbc: URL
// converted, flyway.user and flyway.password merged in where it names none, as
// Flyway does with -url), else the configured one (which already falls back on
// DATABASE_URL). Empty means the PG* variables.
func connURL(cmd *cobra.Command, flag string, s *config.Settings, stderr io.Writer) (string, error) {
	if !cmd.Flags().Changed("url") || flag == "" {
		return s.URL.Reveal(), nil
	}
	conn, notes, err := config.ToConnString(flag)
	if err != nil {
		return "", fmt.Errorf("--url: %w", err)
	}
	for _, n := range notes {
		fmt.Fprintf(stderr, "pgshape: --url: %s\n", n)
	}
	conn, _, _ = config.WithCredentials(conn, s.User, s.Password.Reveal())
	return conn, nil
}

// placeholderMap merges the configured placeholders with --placeholder
// key=value flags, a flag winning for its key only (as Flyway merges
// -placeholders.key with its files). Keys are lower-cased: placeholders match
// case-insensitively.
func placeholderMap(s *config.Settings, flags []string) (map[string]string, error) {
	m := map[string]string{}
	for k, v := range s.Placeholders {
		m[strings.ToLower(k)] = v
	}
	for _, p := range flags {
		key, value, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(key) == "" {
			return nil, fmt.Errorf("--placeholder %q: want key=value", p)
		}
		m[strings.ToLower(strings.TrimSpace(key))] = value
	}
	if len(m) == 0 {
		return nil, nil
	}
	return m, nil
}
