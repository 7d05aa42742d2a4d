// Package pgshape plans PostgreSQL schema changes from Go: the SQL that turns
// one schema state into another, as the pgshape command computes it, without
// shelling out to it.
//
// # States
//
// A State is what Plan compares: a database as it is (Database, or Catalog for
// one read already with schema.Inspect), the desired state declared in plain
// SQL files (SchemaDir, or SchemaFS for files embedded in a program), or what
// Flyway-style migrations build (MigrationDirs, or Migrations for any fs.FS
// and the runner's placeholders and schemas):
//
//	result, err := pgshape.Plan(ctx,
//		pgshape.Database("postgres://app@localhost/app"),
//		pgshape.SchemaDir("schema"))
//	if err != nil {
//		return err
//	}
//	fmt.Print(result.Plan.SQL())
//
// Plan never changes a Database state. It reads each state in a scratch
// database, so that both are spelled the way PostgreSQL spells them: the
// schema files are loaded into one and read back, the migrations replayed
// into another, then both are rebuilt from pgshape's own SQL. Importing
// package differ on catalogs that were not brought to that form gives false
// differences (int and integer, a CHECK as written and as stored); Plan is
// the way to get a plan right. It then diffs the two states and rehearses
// the plan on a scratch copy of the current one, which must come out as the
// desired one (else ErrNotConverged).
//
// # Scratch servers
//
// Scratch databases need a server where pgshape may create databases (see
// Scratch): DevURL names one of yours, StartEmbedded starts a throwaway server
// from the local PostgreSQL installation, to share among many plans (or as a
// test's database), WithScratch gives either to Plan. Without one, Plan uses
// the server of the Database state when its role may create databases
// there, else an embedded server started and stopped for the call. When none
// can be had, the error matches ErrScratchUnavailable.
//
// # Settings
//
// Options are settings, never states: WithOwners, WithPlainDDL,
// WithTimeouts, WithIncludeSchemas, WithExcludeSchemas, WithIgnore,
// WithHistoryTable, WithLog, WithScratch. Their defaults are those of
// pgshape plan.
//
// # Results and hazards
//
// A Result holds the plan (emitter.Plan: its SQL, its statements by
// transaction, the differ.Change each one comes from), its hazards (data
// loss, table rewrites, scans that block writes, index builds and drops), and
// the two states in canonical form (model.Catalog). A plan with hazards is a
// result like any other; Result.Refused says whether a differ.HazardPolicy
// refuses it (the zero policy is pgshape plan's: data loss and table rewrites
// refused unless allowed), with a *differ.RefusedError naming each object and
// why:
//
//	if err := result.Refused(differ.AllowHazards(differ.TableRewrite)); err != nil {
//		return err // data loss, not allowed here
//	}
//
// # Migrations in tests and at start-up
//
// A service can assert in its own tests that its migrations build its schema
// files (Plan from MigrationDirs to SchemaDir must be empty: see the
// examples), and run its migrations at start-up from an embed.FS with the
// runner of package github.com/pgshape/pgshape/sql/migrate, which keeps a
// Flyway-compatible history.
package pgshape
