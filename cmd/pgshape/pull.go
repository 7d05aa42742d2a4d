package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/pull"
)

func newPullCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	var force bool
	cmd := &cobra.Command{
		Use:   "pull",
		Short: "Write the schema of a live database as desired-state files",
		Long: `Write the schema of the database at --url into --schema as desired-state files, the
files plan and generate read: to start from an existing database, or to keep what
you changed by hand in a local one (then: pgshape generate NAME).

Layout, one file per object:
  extensions.sql, default_privileges.sql      database-wide
  <schema>/schema.sql                         CREATE SCHEMA, its grants, default privileges
  <schema>/tables/<name>.sql                  a table with its constraints, indexes,
                                              triggers, policies, grants, comments
  <schema>/views/, functions/ (every overload of a name in one file), types/,
  sequences/, collations/
File names: a-z 0-9 _ - kept, an upper-case letter written ! and the letter in lower
case, any other byte %XX: the same on every OS, case-insensitive disks included.

Every file starts with the line
  ` + pull.Header + `
Files with that line belong to pull: rewritten when their content changed (only then,
so pulling an unchanged database changes no byte), removed when their object is gone.
Files without it are yours: never written over nor removed. While such .sql files
declare anything (more than comments), pull refuses, since the pulled files would
declare the same objects twice; --force writes beside them anyway. With
--include-schema, --exclude-schema or --ignore, files of objects out of scope are
left as they are.`,
		Example: `  pgshape pull --url postgres://me@localhost/app_dev        # into schema/
  pgshape pull --url "$PROD_URL" --schema db/schema --exclude-schema audit
  pgshape generate add_reviews                                # then: the next migration`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.load(cmd)
			if err != nil {
				return err
			}
			opts, project, err := f.options(cmd, s)
			if err != nil {
				return err
			}
			defer f.finish(cmd)
			summary, err := pull.Run(cmd.Context(), pull.Options{URL: project.URL, Planner: opts, Dir: f.schemaDir, Force: force})
			if summary != nil {
				printPullSummary(cmd.ErrOrStderr(), f.schemaDir, summary)
			}
			return err
		},
	}
	registerPlanFlagsOnly(&f, cmd, []flagUsage{
		{"url", "the database to pull (postgres:// URL or key=value string); default flyway.url\nfrom the configuration, else $DATABASE_URL, else the PG* variables"},
		{"dev-url", ""},
		{"schema", "directory the files are written into"},
		{"include-schema", "pull only these schemas (comma separated or repeated)"},
		{"exclude-schema", "leave these schemas out (comma separated or repeated)"},
		{"ignore", ""},
		{"table", "the runner's history table, never pulled (as migrate --table)"},
		{"schemas", "the runner's managed schemas (as migrate --schemas): the first holds the history table"},
		{"default-schema", ""},
		{"with-owners", "write owners too (ALTER ... OWNER TO), except the connecting role's, which\nbelongs to whoever runs the migrations; off: no owners are written"},
	})
	cmd.Flags().BoolVar(&force, "force", false, "write beside .sql files in --schema that pull did not write (never over them)")
	return cmd
}

// flagUsage names a flag of plan's, and the usage it has on another command
// (empty: plan's).
type flagUsage struct{ name, usage string }

// registerPlanFlagsOnly gives cmd the named flags of plan, bound to f, so that
// the command reads the configuration and the URL exactly as plan does.
func registerPlanFlagsOnly(f *planFlags, cmd *cobra.Command, flags []flagUsage) {
	plan := &cobra.Command{}
	f.register(plan)
	for _, u := range flags {
		fl := plan.Flags().Lookup(u.name)
		if u.usage != "" {
			fl.Usage = u.usage
		}
		cmd.Flags().AddFlag(fl)
	}
}

func printPullSummary(w io.Writer, dir string, s *pull.Summary) {
	for _, p := range s.Written {
		fmt.Fprintf(w, "  wrote   %s\n", p)
	}
	for _, p := range s.Removed {
		fmt.Fprintf(w, "  removed %s\n", p)
	}
	fmt.Fprintf(w, "pgshape: pull: %s: %d written, %d unchanged, %d removed\n", dir, len(s.Written), len(s.Unchanged), len(s.Removed))
}
