// Package planner runs pgshape's core path: it reads two states, each from a
// source (a live database, a schema directory parsed and loaded into a scratch
// database, or migrations replayed into one, optionally up to a version), brings
// both to PostgreSQL's canonical spelling by rebuilding them from pgshape's own
// SQL, and then either compares them (Compare, for drift and diff) or diffs
// them, emits the plan and rehearses it on a scratch copy of the current state
// before returning it (Run, Plan). The CLI is a thin layer over it.
//
// The rehearsal records, for each statement run inside a transaction, the
// table locks it was seen taking (emitter.Statement.Observed, see
// shadow.Rehearse). When the current state is a real database, the sizes of
// its tables (model.Table.Stats) are carried over to the rebuilt copy by name,
// and every hazardous change is graded (Result.Grades, grade.go): its table's
// rows and size, and how long it blocks the table by a simple model of scan,
// index build and rewrite speeds.
package planner
