// Package planner runs pgshape's core path: it reads two states, each from a
// source (a live database, a schema directory parsed and loaded into a scratch
// database, or migrations replayed into one, optionally up to a version), brings
// both to PostgreSQL's canonical spelling by rebuilding them from pgshape's own
// SQL, and then either compares them (Compare, for drift and diff) or diffs
// them, emits the plan and rehearses it on a scratch copy of the current state
// before returning it (Run, Plan). The CLI is a thin layer over it.
package planner
