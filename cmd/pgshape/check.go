package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

func newCheckCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	var format formatFlag
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Fail (exit 1) when schema/ and the migrations in sql/ disagree: a CI gate",
		Long: `Replay the migrations (--migrations, every location, with the placeholders and
settings plan uses) into a throwaway PostgreSQL and compare the result with the desired
state in --schema. Exit 0 when they agree; exit 1 when they do not, with a review of the
difference and the pgshape generate command that writes the missing migration. The
usual causes:

  - schema/ was edited and the migration forgotten: the review shows objects added or
    changed; run the generate command printed.
  - a migration was written by hand and schema/ not updated: the review shows what
    schema/ lacks as dropped objects, or lines marked - in a changed one; declare it in
    schema/ (or, if it should go, generate the migration that drops it).

The migrations directory is checked first, and any of these fails the check (exit 1)
with the whole list: two files sharing a version (V1__a.sql beside V001__b.sql), two
repeatable files sharing a description, a .sql file whose name is neither a migration's
nor a callback's (V1_add.sql).

--url names a deployed database. check does not compare schema/ with it (that is
drift's job); it reads its flyway_schema_history and fails when a migration already
applied there has been edited since (its checksum differs), naming the file, its
version and both checksums. Only the flag is used: a URL from the configuration or
DATABASE_URL is not, so CI jobs never reach a database by accident.

Exit codes: 0 in sync; 1 differences or problems found; 2 usage or runtime error (a
migration that fails to replay, a schema file that does not parse).
--format markdown is meant for a pull request comment, json for bots (see README,
Reviewing changes); --order risk lists the refused hazards first.`,
		Example: `  pgshape check                                      # schema/ against sql/ replayed
  pgshape check --migrations sql,sql-local --placeholder env=ci
  pgshape check --format markdown > check.md         # a pull request comment
  pgshape check --url "$PROD_DATABASE_URL"           # also: applied files not edited since`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, project, err := f.prepare(cmd, g, &format)
			if err != nil {
				return err
			}
			defer f.finish(cmd)
			// The comparison is always schema/ against sql/ replayed; --url only
			// names a database whose history is checked.
			historyURL := ""
			if cmd.Flags().Changed("url") {
				historyURL = project.URL
			}
			project.URL = ""
			r, err := runCheck(cmd, g, &f, opts, project, historyURL)
			if err != nil {
				return err
			}
			format.arrange(r)
			if err := review.Write(cmd.OutOrStdout(), r, format.value); err != nil {
				return err
			}
			if !r.InSync() {
				fmt.Fprintf(cmd.ErrOrStderr(), "pgshape: %s\n", strings.TrimPrefix(r.Title, "pgshape "))
				return exitCodeError{exitDifferences}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().Lookup("url").Usage = "a deployed database whose flyway_schema_history is checked for applied files edited\nsince (never compared with schema/; only this flag, not the configuration or $DATABASE_URL)"
	// check suggests the flag in its generate command; it refuses nothing itself.
	cmd.Flags().MarkHidden("allow-hazards")
	format.register(cmd, "text", "output format", review.Formats...)
	return cmd
}

// runCheck lints the locations, compares schema/ with them replayed, and with
// historyURL looks for applied files edited since. Problems and differences
// come back in the review; errors are what kept the check from running.
func runCheck(cmd *cobra.Command, g *globalFlags, f *planFlags, opts planner.Options, project planner.Project, historyURL string) (*review.Review, error) {
	locs := make([]migrate.Location, len(project.MigrationsDirs))
	for i, dir := range project.MigrationsDirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("migrations location %s: not a directory (set --migrations)", dir)
		}
		locs[i] = migrate.Location{Name: dir, FS: os.DirFS(dir)}
	}
	lint, err := migrate.Lint(locs)
	if err != nil {
		return nil, err
	}
	labels := make([]string, len(project.MigrationsDirs))
	for i, d := range project.MigrationsDirs {
		labels[i] = dirLabel(d)
	}
	from, to := strings.Join(labels, ","), dirLabel(project.SchemaDir)
	if len(lint) > 0 {
		problems := make([]string, len(lint))
		for i, p := range lint {
			problems[i] = p.String()
		}
		r := review.NewUncompared(fmt.Sprintf("pgshape check: the migrations in %s have problems", from), problems)
		r.From, r.To = from, to
		r.NextSteps = append(r.NextSteps, review.Step{
			Text: "Rename or remove the files listed (a merge often brings two files with one version: give yours the next free one), then run the check again.",
		})
		return r, nil
	}
	result, err := planner.Plan(cmd.Context(), opts, project.Current(), project.Desired())
	if err != nil {
		return nil, err
	}
	r, err := review.New(review.Input{
		Plan: result.Plan, Base: result.Base, Current: result.Current, Desired: result.Desired,
		FromName: from, ToName: to, Grades: result.Grades,
	})
	if err != nil {
		return nil, err
	}
	differs := !result.Plan.Empty() || len(r.Objects) > 0
	r.Title = fmt.Sprintf("pgshape check: %s and %s agree", to, from)
	if differs {
		r.Title = fmt.Sprintf("pgshape check: %s and %s disagree", to, from)
		r.NextSteps = append(r.NextSteps, fixSteps(r, generateCommand(cmd, g, f, r, result.Plan))...)
	}
	if historyURL != "" {
		if err := addEditedMigrations(cmd, r, project.Replay, locs, historyURL, differs); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// addEditedMigrations adds to review the migrations applied to the database at
// url whose files were edited since, with what to do about them.
func addEditedMigrations(cmd *cobra.Command, r *review.Review, replay migrate.ReplayOptions, locs []migrate.Location, url string, differs bool) error {
	edited, err := migrate.New(historyConfig(cmd, replay, locs, url)).Edited(cmd.Context())
	if err != nil || len(edited) == 0 {
		return err
	}
	for _, e := range edited {
		r.Problems = append(r.Problems, e.String())
	}
	if !differs {
		r.Title = "pgshape check: applied migrations were edited"
	}
	r.NextSteps = append(r.NextSteps, review.Step{
		Text: "Restore the text of each edited file as it was applied (see its history in version control) and put the change in a new migration. " +
			"If an edit is deliberate and harmless (a comment), realign the history with pgshape repair on that database.",
	})
	return nil
}

// fixSteps say how to bring schema/ and sql/ together, in the two usual cases,
// told apart by the direction of the diffs: lines and objects only schema/ has
// (edited schema, forgot the migration), and ones only the migrations build (a
// migration written by hand, schema not updated), which generate would drop.
func fixSteps(r *review.Review, generate string) []review.Step {
	onlySchema, onlyMigrations := diffDirections(r.Objects)
	var steps []review.Step
	if onlySchema || !onlyMigrations {
		steps = append(steps, review.Step{
			Text:    fmt.Sprintf("%s has changes no migration makes (edited schema, forgot the migration): write it with", r.To),
			Command: generate,
		})
	}
	if onlyMigrations {
		text := fmt.Sprintf("What %s builds and %s lacks (objects shown as dropped, lines marked -) is usually a migration written by hand "+
			"whose schema change was forgotten: declare it in %s; if it should go instead, generate the migration that drops it",
			r.From, r.To, r.To)
		if len(steps) > 0 {
			steps = append(steps, review.Step{Text: text + " with the command above."})
		} else {
			steps = append(steps, review.Step{Text: text + ":", Command: generate})
		}
	}
	return steps
}

// diffDirections reports whether the object diffs hold anything only the
// second state has (objects added, lines marked +) and anything only the first
// has (objects dropped, lines marked -).
func diffDirections(objects []review.ObjectDiff) (onlySecond, onlyFirst bool) {
	for _, o := range objects {
		lines := strings.Split(o.Unified, "\n")
		for _, line := range lines[min(2, len(lines)):] { // after the --- and +++ headers
			switch {
			case strings.HasPrefix(line, "+"):
				onlySecond = true
			case strings.HasPrefix(line, "-"):
				onlyFirst = true
			}
		}
	}
	return onlySecond, onlyFirst
}

// historyConfig is the runner's configuration for reading the history of the
// database at url: the locations and history table settings plan replays with.
func historyConfig(cmd *cobra.Command, replay migrate.ReplayOptions, locs []migrate.Location, url string) migrate.Config {
	stderr := cmd.ErrOrStderr()
	return migrate.Config{
		Locations:     locs,
		Table:         replay.Table,
		Schemas:       replay.Schemas,
		DefaultSchema: replay.DefaultSchema,
		Placeholders:  replay.Placeholders,
		Connect:       connector(url, 0, stderr),
		Logf:          func(format string, args ...any) { fmt.Fprintf(stderr, "pgshape: "+format+"\n", args...) },
	}
}

// dirLabel names a directory in review text: "sql/", "schema/".
func dirLabel(dir string) string {
	dir = filepath.ToSlash(dir)
	if strings.HasSuffix(dir, "/") {
		return dir
	}
	return dir + "/"
}
