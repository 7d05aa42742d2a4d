// Package emitter turns the differ's changes into SQL: one or more statements per
// change, each remembering the change it came from, grouped into transactions.
//
// Statements that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY) or
// whose effect must be committed before the next statements use it (ALTER TYPE ... ADD
// VALUE) form groups of their own, so a plan is a sequence of groups, each run either
// as one transaction or statement by statement, each bounded by lock_timeout and
// statement_timeout (Timeouts). Each statement knows the table locks it is
// expected to take (Lock). A plan is written as a script (Plan.SQL) or as
// migration files with a header saying what each does, its hazards and its locks
// (Plan.MigrationFile).
//
// Define writes each object of a catalog as the SQL that creates it, for per-object
// comparison and for pull. Rendering a plan for review (text, Markdown, JSON,
// unified diffs) is package review's.
package emitter
