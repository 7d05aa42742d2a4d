package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

func newGenerateCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	var format formatFlag
	cmd := &cobra.Command{
		Use:   "generate NAME",
		Short: "Write the plan as the next versioned migration, sql/V<next>__NAME.sql",
		Long: `Write the plan as the next versioned migration in --migrations. The version follows
the directory's own style (V007__ → V008__, V1_2__ → V1_3__; an empty directory starts
at V001__). The file starts with a header that says what it does and its hazards.
When the current and desired states are in sync, no file is written.

On tables that exist, changes take their online forms (see --online): what scans or
builds without blocking writes (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT) goes to
a file of its own, with the next version, that runs statement by statement (a
V<next>__NAME_part_2.sql.conf beside it says executeInTransaction=false, for Flyway
too). Every file sets lock_timeout and statement_timeout first, and its header lists
the locks each statement takes.

After writing, it prints the paths of the files written, one per line (--format paths).
--format sql prints the SQL written instead, and text, markdown or json a review of it
(see plan --help: hazards graded by the target with --url, --order risk); the
paths then go to stderr.`,
		Example: `  pgshape generate add_reviews
  pgshape generate "add reviews" --url postgres://app@localhost/app_dev
  pgshape generate add_reviews --format markdown > review.md`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, project, err := f.prepare(cmd, g, &format)
			if err != nil {
				return err
			}
			defer f.finish(cmd)
			policy, err := f.hazardPolicy()
			if err != nil {
				return err
			}
			result, err := planner.Plan(cmd.Context(), opts, project.Current(), project.Desired())
			if err != nil {
				return err
			}
			if result.Plan.Empty() {
				fmt.Fprintln(cmd.ErrOrStderr(), "no changes: the current state already matches the desired state; no file written")
				return writeGenerated(cmd, result, &format)
			}
			if err := policy.Check(result.Plan.Changes); err != nil {
				return err
			}
			paths, err := writeMigrations(project.MigrationsDirs, args[0], filepath.ToSlash(project.SchemaDir)+"/", result.Plan)
			pathsTo := cmd.OutOrStdout()
			if format.value != "paths" {
				pathsTo = cmd.ErrOrStderr()
			}
			for _, p := range paths {
				if format.value == "paths" {
					fmt.Fprintln(pathsTo, p)
				} else {
					fmt.Fprintf(pathsTo, "pgshape: wrote %s\n", p)
				}
			}
			if err != nil {
				return err
			}
			return writeGenerated(cmd, result, &format)
		},
	}
	f.register(cmd)
	format.register(cmd, "paths", "what to print after writing", "paths", "sql", "text", "json", "markdown")
	return cmd
}

// writeGenerated prints what --format asks for once the files are written:
// nothing more for paths (printed as they are written), the SQL, or a review.
func writeGenerated(cmd *cobra.Command, result *planner.Result, format *formatFlag) error {
	switch format.value {
	case "paths":
		return nil
	case "sql":
		_, err := fmt.Fprint(cmd.OutOrStdout(), result.Plan.SQL())
		return err
	}
	r, err := reviewOf(result, format, "pgshape generate", "current", "desired")
	if err != nil {
		return err
	}
	return review.Write(cmd.OutOrStdout(), r, format.value)
}

// writeMigrations writes one file per group of the plan, with consecutive versions
// (and the .sql.conf of a group that runs outside a transaction),
// into the first of dirs, saying they were generated from source; the versions
// follow the highest of all dirs, which the runner merges into one order. Files
// are created exclusively, never overwriting one; if any cannot be written, the
// ones already written are removed, so a failure leaves the directory as it was.
func writeMigrations(dirs []string, name, source string, plan *emitter.Plan) (written []string, err error) {
	dir := dirs[0]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	files := &migrate.Dir{}
	for _, d := range dirs {
		scanned, err := migrate.Scan(os.DirFS(d))
		if err != nil {
			return nil, fmt.Errorf("%w (location %s)", err, d)
		}
		files.Versioned = append(files.Versioned, scanned.Versioned...)
	}
	sort.SliceStable(files.Versioned, func(i, j int) bool {
		return files.Versioned[i].Version.Compare(files.Versioned[j].Version) < 0
	})
	defer func() {
		if err != nil {
			for _, p := range written {
				os.Remove(p)
			}
			written = nil
		}
	}()
	for i, g := range plan.Groups {
		partName := name
		if i > 0 {
			partName = fmt.Sprintf("%s part %d", name, i+1)
		}
		fileName, err := migrate.NextName(files, partName)
		if err != nil {
			return written, err
		}
		// The next part's version follows this one.
		f, err := migrate.ParseName(fileName)
		if err != nil {
			return written, err
		}
		files.Versioned = append(files.Versioned, f)
		path := filepath.Join(dir, fileName)
		content := plan.MigrationFile(g, i+1, len(plan.Groups), source)
		if err := writeNew(path, content); err != nil {
			return written, err
		}
		written = append(written, path)
		if conf := emitter.ScriptConf(g); conf != "" {
			if err := writeNew(path+".conf", conf); err != nil {
				return written, err
			}
			written = append(written, path+".conf")
		}
	}
	return written, nil
}

// writeNew creates path with content; an existing file is an error.
func writeNew(path, content string) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = fh.WriteString(content)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
