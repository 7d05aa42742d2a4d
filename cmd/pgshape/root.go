package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/config"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/sql/migrate"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "pgshape",
		Short: "Declarative schema changes for PostgreSQL, written as Flyway migrations",
		Long: `pgshape keeps a PostgreSQL database in step with a schema declared in plain SQL
files (schema/). It compares that desired state with a database, or with what the
migrations in sql/ build, and writes the difference as the next versioned migration
(sql/V042__add_reviews.sql), ordered by dependencies, with its hazards spelled out.

With no --url, the current state is sql/ replayed into a throwaway PostgreSQL started
from the local installation: no database of yours is needed.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// --version prints what pgshape version does.
	root.Version = versionText()
	root.SetVersionTemplate("{{.Version}}")
	g := &globalFlags{}
	g.register(root)
	root.AddCommand(append([]*cobra.Command{newPlanCommand(g), newGenerateCommand(g), newCheckCommand(g), newDriftCommand(g), newDiffCommand(g), newPullCommand(g)}, newRunnerCommands(g)...)...)
	root.AddCommand(newVersionCommand())
	return root
}

// planFlags are the flags shared by the commands that compute a plan.
type planFlags struct {
	url, devURL, schemaDir string
	migrations             []string
	allowHazards           []string
	placeholders           []string
	scope                  planner.Scope
	history                historyFlags
	withOwners             bool
	online                 bool
	timeouts               emitter.Timeouts
	timings, noCache       bool
	// track follows the phases of the command: the status line on a
	// terminal, the table --timings prints (see finish).
	track *progress.Tracker
}

func (f *planFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.url, "url", "", "target database (postgres:// URL or key=value string); default flyway.url from the\nconfiguration, else $DATABASE_URL. Without one, the current state is --migrations\nreplayed into a throwaway PostgreSQL")
	fl.StringVar(&f.devURL, "dev-url", "", "a PostgreSQL server where pgshape may create and drop scratch databases\n(default: the target server if allowed, else a throwaway PostgreSQL)")
	fl.StringVar(&f.schemaDir, "schema", "schema", "directory of desired-state .sql files")
	fl.StringSliceVar(&f.migrations, "migrations", []string{"sql"}, "migration locations (Flyway layout), comma separated or repeated: all are\nreplayed, merged into one version order; generate writes into the first")
	fl.StringArrayVar(&f.placeholders, "placeholder", nil, "placeholder value for ${key} in migrations, key=value (repeatable), used when replaying them")
	fl.StringSliceVar(&f.allowHazards, "allow-hazards", nil, "hazard kinds to accept, comma separated, or all: "+differ.HazardKindList())
	fl.StringSliceVar(&f.scope.IncludeSchemas, "include-schema", nil, "compare only these schemas (comma separated or repeated)")
	fl.StringSliceVar(&f.scope.ExcludeSchemas, "exclude-schema", nil, "leave these schemas alone (comma separated or repeated)")
	fl.BoolVar(&f.withOwners, "with-owners", false, "compare owners too (ALTER ... OWNER TO); objects the schema files give no owner\nbelong to the role that connects to --url. Off: owners are ignored")
	fl.BoolVar(&f.online, "online", true, "online forms for changes to existing tables: constraints validated after the\ntransaction, SET NOT NULL through a validated check, keys and changed indexes built\nconcurrently (see README \"Online migrations\"); --online=false gives plain DDL,\nfor local work and small databases")
	fl.StringVar(&f.timeouts.Lock, "lock-timeout", emitter.DefaultTimeouts.Lock, "lock_timeout the SQL sets for statements whose lock blocks writes: how long\nwriters may queue behind one (pgshape migrate retries a statement that times out)")
	fl.StringVar(&f.timeouts.Statement, "statement-timeout", emitter.DefaultTimeouts.Statement, "statement_timeout the SQL sets for quick statements")
	fl.StringVar(&f.timeouts.Long, "long-statement-timeout", emitter.DefaultTimeouts.Long, "lock_timeout and statement_timeout for statements that scan or build without\nblocking writes (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT), and statement_timeout\nfor a scan or rewrite allowed to block them")
	fl.StringSliceVar(&f.scope.Ignore, "ignore", nil, "leave alone the objects whose schema.name matches these glob patterns,\ne.g. 'audit.*', 'public.spatial_ref_sys' (objects managed by other tools)")
	fl.BoolVar(&f.noCache, "no-cache", false, "load all of the schema files into a scratch database even when the cache has them as read back,\nor an earlier version to load only the edited statements and what they touch into (cache:\n$XDG_CACHE_HOME/pgshape, else ~/.cache/pgshape; keyed by the statements, the server's version\nand extensions, the options and the pgshape build)")
	fl.BoolVar(&f.timings, "timings", false, "print how long each phase took (parse, load, inspect, rebuild, diff, rehearse, emit) to stderr")
	f.history.register(cmd)
}

// finish ends what options started: it erases the status line and, with
// --timings, prints each phase's time. Commands defer it once options
// returned.
func (f *planFlags) finish(cmd *cobra.Command) {
	f.track.Close()
	if f.timings {
		f.track.WriteTimings(cmd.ErrOrStderr())
	}
}

// historyFlags are the runner's history table settings, which plan and the
// commands like it take too: the history table is the runner's, left out of
// every comparison (with Flyway's default name), and the migrations replay
// with the schemas migrate would use.
type historyFlags struct {
	table, defaultSchema string
	schemas              []string
}

func (h *historyFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&h.table, "table", "", "the runner's history table, never compared (as migrate --table; default "+migrate.DefaultTable+")")
	fl.StringSliceVar(&h.schemas, "schemas", nil, "the runner's managed schemas (as migrate --schemas): the migrations replay with them,\nthe first holds the history table")
	fl.StringVar(&h.defaultSchema, "default-schema", "", "schema of the history table (as migrate --default-schema)")
}

// prepare is the start of every command that plans and prints a review: the
// output format checked first (a usage error costs nothing), then the
// configuration read and the flags turned into planner options and the
// project's states.
func (f *planFlags) prepare(cmd *cobra.Command, g *globalFlags, format *formatFlag) (planner.Options, planner.Project, error) {
	if err := format.check(); err != nil {
		return planner.Options{}, planner.Project{}, err
	}
	s, err := g.load(cmd)
	if err != nil {
		return planner.Options{}, planner.Project{}, err
	}
	return f.options(cmd, s)
}

// options turns the flags, with the configuration s laid under the ones not
// given, into planner options (settings) and the project's states (where
// they come from); notes go to stderr.
func (f *planFlags) options(cmd *cobra.Command, s *config.Settings) (planner.Options, planner.Project, error) {
	stderr := cmd.ErrOrStderr()
	if err := applySettings(cmd, s, planSettings, f); err != nil {
		return planner.Options{}, planner.Project{}, err
	}
	url, err := connURL(cmd, f.url, s, stderr)
	if err != nil {
		return planner.Options{}, planner.Project{}, err
	}
	placeholders, err := placeholderMap(s, f.placeholders)
	if err != nil {
		return planner.Options{}, planner.Project{}, err
	}
	if err := f.timeouts.Validate(); err != nil {
		return planner.Options{}, planner.Project{}, fmt.Errorf("--lock-timeout, --statement-timeout, --long-statement-timeout: %w", err)
	}
	dirs := trimAll(f.migrations)
	if len(dirs) == 0 {
		return planner.Options{}, planner.Project{}, fmt.Errorf("--migrations: no location given")
	}
	f.track = progress.New()
	f.track.Show(stderr)
	opts := planner.Options{
		DevURL:     f.devURL,
		Scope:      f.scope,
		History:    planner.HistoryTable(f.history.table, f.history.defaultSchema, f.history.schemas),
		WithOwners: f.withOwners,
		SQL:        planner.SQLOptions{Plain: !f.online, Timeouts: f.timeouts},
		Logf:       func(format string, args ...any) { f.track.Print(stderr, fmt.Sprintf(format, args...)) },
		Progress:   f.track,
	}
	if !f.noCache {
		opts.Cache = statecache.Cache{Dir: statecache.Default()}
	}
	project := planner.Project{
		URL:            url,
		SchemaDir:      f.schemaDir,
		MigrationsDirs: dirs,
		Replay: migrate.ReplayOptions{
			Placeholders:  placeholders,
			Table:         f.history.table,
			Schemas:       f.history.schemas,
			DefaultSchema: f.history.defaultSchema,
		},
	}
	return opts, project, nil
}

// hazardPolicy parses --allow-hazards into the policy that refuses, or lets
// through, the plan's hazards.
func (f *planFlags) hazardPolicy() (differ.HazardPolicy, error) {
	p, err := differ.ParseHazardPolicy(f.allowHazards)
	if err != nil {
		return differ.HazardPolicy{}, fmt.Errorf("--allow-hazards: %w", err)
	}
	return p, nil
}
