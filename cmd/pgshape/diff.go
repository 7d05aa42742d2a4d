package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/config"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/statediff"
	"github.com/pgshape/pgshape/sql/migrate"
)

// diffFlags are diff's flags: two sources and how to show them.
type diffFlags struct {
	from, to, format, devURL string
	offline, withOwners      bool
	placeholders             []string
	scope                    planner.Scope
}

func newDiffCommand(g *globalFlags) *cobra.Command {
	var f diffFlags
	cmd := &cobra.Command{
		Use:   "diff",
		Short: "Show, object by object, how two states differ",
		Long: `Compare any two states and print a unified diff per object that differs (a table
with its indexes, constraints, triggers, policies, grants and comments; a view; a
function; a type; ...), from --from to --to.

A source (SRC) is, in this order:
  schema:DIR              a directory of desired-state files
  migrations:DIR[,DIR]    migration locations, replayed into a scratch database
  postgres://...          a database (also postgresql://, or a key=value string)
  DIR                     migrations when a file in it is named as a Flyway
                          migration (V<version>__<name>.sql, R__<name>.sql),
                          else a schema directory

Both states are read into scratch databases and rebuilt, so that what PostgreSQL
stores alike is never a difference. With --offline, two schema directories are
compared with no server at all, through pg_query's parser: best effort (said in
the output), with a note where a difference looks like spelling only.

Exit codes: 0 no difference, 1 differences, 2 error.`,
		Example: `  pgshape diff --from sql --to schema
  pgshape diff --from postgres://app@db/app --to schema --format markdown
  pgshape diff --from schema:old-schema --to schema --offline`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			write, err := diffWriter(f.format)
			if err != nil {
				return err
			}
			if f.from == "" || f.to == "" {
				return fmt.Errorf("diff needs --from and --to")
			}
			var result *statediff.Result
			if f.offline {
				result, err = offlineDiff(f.from, f.to)
			} else {
				result, err = onlineDiff(cmd, g, &f)
			}
			if err != nil {
				return err
			}
			if err := write(cmd.OutOrStdout(), result); err != nil {
				return err
			}
			if result.Differs() {
				return exitCodeError{exitDifferences}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.from, "from", "", "the first state: SRC (see above)")
	fl.StringVar(&f.to, "to", "", "the second state: SRC (see above)")
	fl.StringVar(&f.format, "format", "text", "output format: text, json or markdown")
	fl.BoolVar(&f.offline, "offline", false, "compare two schema directories without any server (best effort)")
	fl.StringVar(&f.devURL, "dev-url", "", "a PostgreSQL server where pgshape may create and drop scratch databases\n(default: the server of a database source if allowed, else a throwaway PostgreSQL)")
	fl.StringArrayVar(&f.placeholders, "placeholder", nil, "placeholder value for ${key} in migrations, key=value (repeatable), used when replaying them")
	fl.StringSliceVar(&f.scope.IncludeSchemas, "include-schema", nil, "compare only these schemas (comma separated or repeated)")
	fl.StringSliceVar(&f.scope.ExcludeSchemas, "exclude-schema", nil, "leave these schemas out (comma separated or repeated)")
	fl.StringSliceVar(&f.scope.Ignore, "ignore", nil, "leave out the objects whose schema.name matches these glob patterns")
	fl.BoolVar(&f.withOwners, "with-owners", false, "compare owners too")
	return cmd
}

func diffWriter(format string) (func(io.Writer, *statediff.Result) error, error) {
	switch format {
	case "text":
		return statediff.WriteText, nil
	case "json":
		return statediff.WriteJSON, nil
	case "markdown":
		return statediff.WriteMarkdown, nil
	}
	return nil, fmt.Errorf("--format %q: want text, json or markdown", format)
}

// offlineDiff compares two schema directories; anything else is a usage error.
func offlineDiff(from, to string) (*statediff.Result, error) {
	var dirs [2]string
	for i, spec := range []string{from, to} {
		src, err := statediff.ParseSource(spec, migrate.ReplayOptions{})
		if err != nil {
			return nil, err
		}
		if src.Kind != planner.FromSchema {
			return nil, fmt.Errorf("--offline compares two schema directories; %s is %s (use schema:DIR to read a directory as one)", spec, src)
		}
		dirs[i] = src.Dir
	}
	return statediff.Offline(dirs[0], dirs[1])
}

// onlineDiff reads both sources through scratch databases, with the
// configuration's placeholders, schemas and history table for migrations.
func onlineDiff(cmd *cobra.Command, g *globalFlags, f *diffFlags) (*statediff.Result, error) {
	s, err := g.load(cmd)
	if err != nil {
		return nil, err
	}
	placeholders, err := placeholderMap(s, f.placeholders)
	if err != nil {
		return nil, err
	}
	replay := migrate.ReplayOptions{Placeholders: placeholders, Table: s.Table, Schemas: s.Schemas, DefaultSchema: s.DefaultSchema}
	from, err := diffSource(f.from, replay)
	if err != nil {
		return nil, fmt.Errorf("--from: %w", err)
	}
	to, err := diffSource(f.to, replay)
	if err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	devURL := f.devURL
	if devURL == "" && s.PgShape.DevURL.Reveal() != "" {
		devURL = s.PgShape.DevURL.Reveal()
	}
	stderr := cmd.ErrOrStderr()
	opts := planner.Options{
		DevURL: devURL, Scope: f.scope, WithOwners: f.withOwners,
		History: planner.HistoryTable(s.Table, s.DefaultSchema, s.Schemas),
		Logf:    func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) },
	}
	return statediff.Compare(cmd.Context(), opts, from, to)
}

// diffSource recognises a source; a jdbc: URL is converted as --url converts it.
func diffSource(spec string, replay migrate.ReplayOptions) (planner.Source, error) {
	if strings.HasPrefix(spec, "jdbc:") {
		conn, _, err := config.ToConnString(spec)
		if err != nil {
			return planner.Source{}, err
		}
		return planner.URLSource(conn), nil
	}
	return statediff.ParseSource(spec, replay)
}
