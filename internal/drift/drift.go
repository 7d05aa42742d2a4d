package drift

import (
	"context"
	"fmt"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

// Options say which database is checked and against what.
type Options struct {
	// Planner are the settings both states are read with: where scratch
	// databases live (DevURL), the scope, owners and the progress log.
	Planner planner.Options
	// URL is the database checked.
	URL string
	// MigrationsDirs are the migration locations replayed for the expected
	// state, and Replay how (its Target is set from the database's history).
	MigrationsDirs []string
	Replay         migrate.ReplayOptions
	// SchemaDir, when set, is the expected state: the desired-state files. The
	// history is then not read.
	SchemaDir string
	// Runner reads the database's history against the same locations; it must
	// be configured like the runner that migrates the database (table, schemas,
	// ignoreMigrationPatterns, outOfOrder).
	Runner *migrate.Runner
}

// Report is what drift found. Status of its objects: Added means added by hand
// (in the database only), Dropped dropped by hand (expected only), Changed
// defined differently; the unified diffs go from expected to actual.
type Report struct {
	Database string // the database's URL, password masked
	Expected Expected
	Objects  []review.ObjectDiff
	History  []migrate.Problem
	Pending  []migrate.InfoRow
}

// Expected says where the expected state came from.
type Expected struct {
	Source    string   // "migrations" or "schema"
	Locations []string // the migrations locations, or the schema directory
	// Version is the database's version, up to which the migrations were
	// replayed; "" when none was applied. Always "" for a schema.
	Version string
	// HasHistory is false when the database has no history table; always false
	// for a schema (not read).
	HasHistory bool
}

// Drifted reports whether the database differs from the expected state or its
// history has problems. Pending files alone are not drift.
func (r *Report) Drifted() bool { return len(r.Objects) > 0 || len(r.History) > 0 }

// Sources for Report.Expected.Source.
const (
	SourceMigrations = "migrations"
	SourceSchema     = "schema"
)

// Labels of the unified diffs.
const (
	expectedLabel = "expected"
	actualLabel   = "actual"
)

// Check compares the database with its expected state.
func Check(ctx context.Context, opts Options) (*Report, error) {
	exp, report, err := expected(ctx, opts)
	if err != nil {
		return nil, err
	}
	// The history table is left out by the planner (opts.Planner.History).
	c, err := planner.Compare(ctx, opts.Planner, exp, planner.URLSource(opts.URL))
	if err != nil {
		return nil, err
	}
	want, err := emitter.Define(c.Base, c.From)
	if err != nil {
		return nil, fmt.Errorf("drift: define the expected state: %w", err)
	}
	got, err := emitter.Define(c.Base, c.To)
	if err != nil {
		return nil, fmt.Errorf("drift: define the database: %w", err)
	}
	report.Objects = review.DiffDefinitions(want, got, expectedLabel, actualLabel)
	return report, nil
}

// expected returns the source of the expected state and a report holding
// what the history says.
func expected(ctx context.Context, opts Options) (planner.Source, *Report, error) {
	if opts.URL == "" {
		return planner.Source{}, nil, fmt.Errorf("drift: no database given (set --url)")
	}
	report := &Report{
		Database: shadow.Redact(opts.URL),
		History:  []migrate.Problem{},
		Pending:  []migrate.InfoRow{},
	}
	if opts.SchemaDir != "" {
		report.Expected = Expected{Source: SourceSchema, Locations: []string{opts.SchemaDir}}
		return planner.SchemaSource(opts.SchemaDir), report, nil
	}
	if opts.Runner == nil || len(opts.MigrationsDirs) == 0 {
		return planner.Source{}, nil, fmt.Errorf("drift: no migrations location given (set --migrations or --schema)")
	}
	audit, err := opts.Runner.Audit(ctx)
	if err != nil {
		return planner.Source{}, nil, fmt.Errorf("drift: read the history of %s: %w", report.Database, err)
	}
	report.Expected = Expected{Source: SourceMigrations, Locations: opts.MigrationsDirs, Version: audit.Version, HasHistory: audit.HasHistory}
	report.History = append(report.History, audit.Problems...)
	report.Pending = append(report.Pending, audit.Pending...)
	replay := opts.Replay
	replay.Target = audit.Version
	if audit.Version == "" {
		replay.Target = migrate.ReplayNothing
	}
	// A file below the version that was never applied (outOfOrder off) is a
	// history problem, not something the database should hold.
	for _, row := range audit.Rows {
		if row.State == migrate.StateIgnored {
			replay.Skip = append(replay.Skip, row.Script)
		}
	}
	return planner.MigrationsSource(opts.MigrationsDirs, replay), report, nil
}
