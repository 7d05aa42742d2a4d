// Package planner runs pgshape's core path: it reads two states, each from a
// source (a live database, a schema directory or fs.FS parsed and loaded into
// a scratch database, migrations replayed into one, optionally up to a
// version, or a catalog already inspected), brings both to PostgreSQL's
// canonical spelling by rebuilding them from pgshape's own SQL (readCanonical,
// the one path every comparison takes), and then either returns them
// (Compare, for drift and diff) or diffs them, emits the plan and rehearses it
// on a scratch copy of the current state before returning it (Plan). The CLI
// and the public package pgshape are thin layers over it.
//
// Options are settings only (scratch server, scope, history table, owners,
// the SQL's form, the log); where the states come from is said by the
// Sources. Project bundles the CLI's: the target database or the migrations
// replayed, and the schema directory.
//
// The rehearsal records, for each statement run inside a transaction, the
// table locks it was seen taking (emitter.Statement.Observed, see
// shadow.Rehearse). When the current state is a real database, the sizes of
// its tables (model.Table.Stats) are carried over to the rebuilt copy by name,
// and every hazardous change is graded (Result.Grades, grade.go): its table's
// rows and size, and how long it blocks the table by a simple model of scan,
// index build and rewrite speeds.
//
// A schema directory's state is cached (Options.Cache, loadDesired): the same
// statements read back from the cache; edited ones load only what the edits
// touch into the last cached state (loadChanged, incremental.go); a large
// schema loads on two sessions (loadAll).
package planner
