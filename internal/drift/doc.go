// Package drift tells, object by object, where a live database differs from
// what it should be: its migrations replayed up to the version its history
// records (so a database that is merely behind is not drifted, only has
// pending files), or a schema directory. It also reports the history problems
// the runner's validate finds (applied files edited since, applied versions with
// no file, failed rows) and the pending files, renders the report as text,
// JSON or Markdown, and plans the migration that repairs the drift (Fix).
//
// The states are compared through planner.Compare, so both sides carry
// PostgreSQL's own canonical text and spelling alone is never drift.
package drift
