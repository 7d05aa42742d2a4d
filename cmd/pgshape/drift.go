package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/config"
	"github.com/pgshape/pgshape/internal/drift"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/sql/migrate"
)

func newDriftCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	var format, fix string
	cmd := &cobra.Command{
		Use:   "drift",
		Short: "Tell where a database differs from what its migrations say it should be",
		Long: `Compare a live database (--url) with its expected state, object by object: the
migrations (--migrations) replayed into a scratch database up to the version the
database's flyway_schema_history records, or with --schema the desired-state files.
A database that is merely behind is not drifted: its pending files are listed, and
the exit code stays 0.

Reported: objects added, dropped or changed by hand (a unified diff of each object's
definition, expected → actual), and history problems: applied files edited since
(checksum), applied versions whose file is gone, failed rows.

Exit codes: 0 no drift (pending files alone are not drift), 1 drift or history
problems, 2 error. --format json is documented in README.md ("Drift detection").

--fix NAME writes the next migration into the first --migrations location that
brings the database back to its expected state; it is rehearsed on a copy of the
database, written so that it also replays after the migrations before it, and
refused when it has hazards --allow-hazards does not name.`,
		Example: `  pgshape drift --url postgres://app@db/app
  pgshape drift --url postgres://app@db/app --format json
  pgshape drift --url postgres://app@db/app --schema schema
  pgshape drift --url postgres://app@db/app --fix undo_hotfix --allow-hazards data-loss`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			write, err := reportWriter(format)
			if err != nil {
				return err
			}
			s, err := g.load(cmd)
			if err != nil {
				return err
			}
			// Only --schema given on the command line makes the schema the
			// expected state: pgshape.schema in a configuration file is there
			// for plan and generate.
			opts, err := driftOptions(cmd, s, &f, cmd.Flags().Changed("schema"))
			if err != nil {
				return err
			}
			defer f.finish(cmd)
			if fix != "" {
				return writeFix(cmd, &f, opts, fix)
			}
			report, err := drift.Check(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if err := write(cmd.OutOrStdout(), report); err != nil {
				return err
			}
			if report.Drifted() {
				return exitCodeError{exitDifferences}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or markdown")
	cmd.Flags().StringVar(&fix, "fix", "", "write the migration NAME that brings the database back to its expected state")
	return cmd
}

func reportWriter(format string) (func(io.Writer, *drift.Report) error, error) {
	switch format {
	case "text":
		return drift.WriteText, nil
	case "json":
		return drift.WriteJSON, nil
	case "markdown":
		return drift.WriteMarkdown, nil
	}
	return nil, fmt.Errorf("--format %q: want text, json or markdown", format)
}

// driftOptions maps the flags and configuration onto drift's options: the
// planner's as plan computes them, and a runner configured as migrate would
// be, reading the same locations.
func driftOptions(cmd *cobra.Command, s *config.Settings, f *planFlags, useSchema bool) (drift.Options, error) {
	popts, project, err := f.options(cmd, s)
	if err != nil {
		return drift.Options{}, err
	}
	if project.URL == "" {
		return drift.Options{}, fmt.Errorf("drift needs the database to check: set --url (or flyway.url, DATABASE_URL)")
	}
	opts := drift.Options{Planner: popts, URL: project.URL, MigrationsDirs: project.MigrationsDirs, Replay: project.Replay}
	if useSchema {
		opts.SchemaDir = project.SchemaDir
		return opts, nil
	}
	// The runner's flags are not drift's, but their defaults and the
	// configuration under them are: a throwaway command gives the defaults.
	var rf runnerFlags
	rf.register(&cobra.Command{})
	rf.url, rf.migrations, rf.placeholders = f.url, f.migrations, f.placeholders
	rf.table, rf.schemas, rf.defaultSchema = f.history.table, f.history.schemas, f.history.defaultSchema
	cfg, err := rf.config(cmd, s)
	if err != nil {
		return drift.Options{}, err
	}
	opts.Runner = migrate.New(cfg)
	return opts, nil
}

// writeFix plans the repair, refuses unallowed hazards and writes the file.
func writeFix(cmd *cobra.Command, f *planFlags, opts drift.Options, name string) error {
	policy, err := f.hazardPolicy()
	if err != nil {
		return err
	}
	result, err := drift.Fix(cmd.Context(), opts)
	if err != nil {
		return err
	}
	if result.Plan.Empty() {
		fmt.Fprintln(cmd.ErrOrStderr(), "no drift to fix: the database already matches its expected state; no file written")
		return nil
	}
	if err := policy.Check(result.Plan.Changes); err != nil {
		return err
	}
	source := "the drift of " + shadow.Redact(opts.URL) + " (pgshape drift --fix)"
	if opts.SchemaDir != "" {
		source = filepath.ToSlash(opts.SchemaDir) + "/"
	}
	paths, err := writeMigrations(opts.MigrationsDirs, name, source, result.Plan)
	for _, p := range paths {
		fmt.Fprintln(cmd.OutOrStdout(), p)
	}
	return err
}
