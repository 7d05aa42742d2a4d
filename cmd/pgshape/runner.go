package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/sql/migrate"
)

// newRunnerCommands returns migrate, info, validate, baseline, repair and clean.
func newRunnerCommands(g *globalFlags) []*cobra.Command {
	return []*cobra.Command{
		newMigrateCommand(g), newInfoCommand(g), newValidateCommand(g),
		newBaselineCommand(g), newRepairCommand(g), newCleanCommand(g),
	}
}

const historyNote = `The history lives in flyway_schema_history (--table), in the format Flyway writes,
so Flyway and pgshape can take turns on one database; they also share Flyway's
advisory lock.`

// runnerCommand builds one command; run receives the configured runner.
func runnerCommand(g *globalFlags, use, short, long, example string, run func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error) (*cobra.Command, *runnerFlags) {
	f := &runnerFlags{validateOnMigrate: true}
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Long:    long + "\n\n" + historyNote,
		Example: example,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.load(cmd)
			if err != nil {
				return err
			}
			cfg, err := f.config(cmd, s)
			if err != nil {
				return err
			}
			if cmd.Name() == "migrate" && isTerminal(cmd.ErrOrStderr()) {
				cfg.Progress = progressPrinter(cmd.ErrOrStderr())
				// A note (a lock timeout retry) replaces the line of the file
				// in progress instead of being appended to it.
				logf := cfg.Logf
				cfg.Logf = func(format string, args ...any) {
					fmt.Fprint(cmd.ErrOrStderr(), "\r\033[K")
					logf(format, args...)
				}
			}
			return run(cmd, f, migrate.New(cfg))
		},
	}
	f.register(cmd)
	return cmd, f
}

func newMigrateCommand(g *globalFlags) *cobra.Command {
	cmd, f := runnerCommand(g, "migrate",
		"Apply the pending migrations",
		`Apply the pending migrations of --migrations: versioned files (V<version>__<name>.sql)
in version order up to --target, then repeatable files (R__<name>.sql) that are new or
changed since they last ran. Each file runs in one transaction together with its history
row: a failing file leaves nothing behind, and the error names the file and line.

Files holding statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY,
VACUUM, ...), or with executeInTransaction=false in a V<version>__<name>.sql.conf beside
them, run statement by statement; if one fails, a failed row stops later runs until the
file is fixed and 'pgshape repair' has run.

Before migrating, the history is validated (see validate) unless --validate-on-migrate=false.
Placeholders ${key} are replaced (--placeholder key=value); callback files such as
beforeMigrate.sql and afterMigrate.sql run around the migrations. Runs are serialised by
an advisory lock held on a connection of its own: concurrent runs wait, then find
nothing left to do. Connect directly, not through PgBouncer in transaction mode.

A migration that sets lock_timeout (as generated files do) fails fast when a long
transaction holds its table, instead of queueing every other session behind it. migrate
then runs it again, up to --lock-retries times (default 10), waiting --lock-retry-delay
(default 500ms) doubling at each retry up to 10s, each wait between half of that and all
of it: a file that runs in a transaction (or the group, with --group) is rolled back and
runs again from the start; in a file that runs statement by statement, only the failing
statement runs again, the session's SET settings still in force (an invalid index left
by an interrupted CREATE INDEX CONCURRENTLY is dropped first). Lock timeouts (SQLSTATE
55P03) and deadlocks (40P01) are retried, nothing else. Each retry is printed with the
sessions that blocked it (pid, application_name, user, state, query start, query);
when the retries run out, the error names them. --lock-retries 0 turns retries off.
Not to be confused with --lock-retry-count, which is about the migration lock.

Progress goes to stderr when it is a terminal; a one-line summary to stdout.`,
		`  pgshape migrate --url postgres://app@db/app
  pgshape migrate --migrations sql,sql-local --placeholder env=dev
  pgshape migrate --target 42 --out-of-order
  pgshape migrate --lock-retries 20 --lock-retry-delay 1s`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			sum, err := r.Migrate(cmd.Context())
			if err != nil {
				if sum != nil && len(sum.Applied) > 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "pgshape: %s before the failure\n", appliedText(sum))
				}
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), summaryLine(sum))
			return nil
		})
	f.registerMigrate(cmd)
	return cmd
}

func appliedText(sum *migrate.Summary) string {
	if len(sum.Applied) == 1 {
		return "applied 1 migration"
	}
	return fmt.Sprintf("applied %d migrations", len(sum.Applied))
}

// summaryLine is migrate's one-line result.
func summaryLine(sum *migrate.Summary) string {
	version := sum.Version
	if version == "" {
		version = "none"
	}
	var b strings.Builder
	if len(sum.Applied) == 0 {
		fmt.Fprintf(&b, "Schema is up to date at version %s: no migration to apply", version)
	} else {
		fmt.Fprintf(&b, "Successfully %s in %s; schema now at version %s", appliedText(sum), sum.Elapsed.Round(time.Millisecond), version)
		if sum.InitialVersion != "" && sum.InitialVersion != sum.Version {
			fmt.Fprintf(&b, " (was %s)", sum.InitialVersion)
		}
	}
	if sum.Baselined {
		b.WriteString("; baselined first")
	}
	return b.String()
}

// progressPrinter writes one line per migration, for a terminal.
func progressPrinter(w io.Writer) func(migrate.Progress) {
	return func(p migrate.Progress) {
		name := p.Script
		if !p.Done {
			fmt.Fprintf(w, "\r\033[K[%d/%d] %s ... (%s)", p.N, p.Total, name, p.Elapsed.Round(100*time.Millisecond))
			return
		}
		fmt.Fprintf(w, "\r\033[K[%d/%d] %s done in %s (%s elapsed)\n", p.N, p.Total, name,
			p.FileElapsed.Round(time.Millisecond), p.Elapsed.Round(100*time.Millisecond))
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func newInfoCommand(g *globalFlags) *cobra.Command {
	var format string
	cmd, _ := runnerCommand(g, "info",
		"Show every migration with its state",
		`Show the migrations, applied or not, with their state: the history rows in the order
they were applied, then the files not applied yet. States: Pending, Success, Failed,
Outdated (a repeatable file changed since it ran), Superseded, Missing (applied, file
gone), Future (applied, newer than every file), Ignored (below the current version,
--out-of-order off), Baseline, Below Baseline, Out of Order, Above Target, Deleted.

--format json prints {"schemaVersion": ..., "migrations": [...]} with stable field names
(category, version, description, type, script, location, checksum, installedRank,
installedOn, installedBy, executionTime, state, applied); states are lower case with
underscores (out_of_order).`,
		`  pgshape info
  pgshape info --format json | jq '.migrations[] | select(.state == "pending")'`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			if format != "text" && format != "json" {
				return fmt.Errorf("--format %q: want text or json", format)
			}
			rows, err := r.Info(cmd.Context())
			if err != nil {
				return err
			}
			if format == "json" {
				return migrate.WriteInfoJSON(cmd.OutOrStdout(), rows)
			}
			return migrate.WriteInfoText(cmd.OutOrStdout(), rows)
		})
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func newValidateCommand(g *globalFlags) *cobra.Command {
	cmd, _ := runnerCommand(g, "validate",
		"Check the migrations against the history",
		`Check the files against the history with Flyway's rules. It fails (exit 2) on failed
rows; applied migrations whose file is gone (missing); files below the current version
not applied (ignored, unless --out-of-order); files not applied yet (pending); applied
files whose checksum, description or type changed. --ignore-migration-patterns lets
states pass, e.g. *:missing or versioned:pending (default *:future: rows newer than
every file pass).`,
		`  pgshape validate
  pgshape validate --ignore-migration-patterns '*:pending,*:future'`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			if err := r.Validate(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "Validated: the history matches the migrations")
			return nil
		})
	return cmd
}

func newBaselineCommand(g *globalFlags) *cobra.Command {
	cmd, _ := runnerCommand(g, "baseline",
		"Mark an existing database as being at a version",
		`Record that the database already is at --baseline-version (default 1): creates the
history table if needed and writes a BASELINE row, so migrate skips every file up to that
version. Refused when the history already holds migrations.`,
		`  pgshape baseline --baseline-version 41`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			if err := r.Baseline(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Baselined at version %s\n", r.Config().BaselineVersion)
			return nil
		})
	return cmd
}

func newRepairCommand(g *globalFlags) *cobra.Command {
	cmd, _ := runnerCommand(g, "repair",
		"Fix the history: remove failed rows, realign checksums",
		`Repair the history table, in one transaction: delete the rows of failed migrations,
mark applied migrations whose file is gone as deleted, and realign the checksum,
description and type of applied rows with their files. It does not touch the schema:
undo by hand what a failed non-transactional file left behind, fix the file, repair,
then migrate.`,
		`  pgshape repair`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			res, err := r.Repair(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, row := range res.Removed {
				fmt.Fprintf(out, "removed failed row: %s\n", rowName(row))
			}
			for _, row := range res.Deleted {
				fmt.Fprintf(out, "marked deleted (file gone): %s\n", rowName(row))
			}
			for _, row := range res.Aligned {
				fmt.Fprintf(out, "realigned with its file: %s\n", rowName(row))
			}
			if len(res.Removed)+len(res.Deleted)+len(res.Aligned) == 0 {
				fmt.Fprintln(out, "Nothing to repair")
			} else {
				fmt.Fprintln(out, "Repaired the history")
			}
			return nil
		})
	return cmd
}

func rowName(r migrate.HistoryRow) string {
	if r.Version != "" {
		return fmt.Sprintf("version %s (%s)", r.Version, r.Script)
	}
	return r.Script
}

func newCleanCommand(g *globalFlags) *cobra.Command {
	cmd, f := runnerCommand(g, "clean",
		"Drop every object in the managed schemas (disabled unless --clean-enabled)",
		`Drop every object in the managed schemas (--schemas, else the history table's
schema), the history table included; schemas that pgshape or Flyway created are dropped
whole. For development databases: it is refused unless --clean-enabled is given
(Flyway's cleanDisabled=false). Prints what it dropped.`,
		`  pgshape clean --clean-enabled --url postgres://app@localhost/app_dev`,
		func(cmd *cobra.Command, f *runnerFlags, r *migrate.Runner) error {
			res, err := r.Clean(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, s := range res.DroppedSchemas {
				fmt.Fprintf(out, "dropped schema %s\n", s)
			}
			for _, d := range res.Dropped {
				fmt.Fprintf(out, "dropped %s\n", d)
			}
			fmt.Fprintf(out, "Cleaned: dropped %d schemas and %d objects\n", len(res.DroppedSchemas), len(res.Dropped))
			return nil
		})
	f.registerClean(cmd)
	return cmd
}
