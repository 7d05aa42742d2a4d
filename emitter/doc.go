// Package emitter turns the differ's changes into SQL: one or more statements per
// change, each remembering the change it came from, grouped into transactions.
//
// Statements that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY) or
// whose effect must be committed before the next statements use it (ALTER TYPE ... ADD
// VALUE) form groups of their own, so a plan is a sequence of groups, each run either
// as one transaction or statement by statement. Package emitter also renders plans
// for review: hazard comments, file headers and summaries, per-object definitions
// (Define) and their unified diffs (DiffDefinitions), and a Review, which gathers a
// plan's summary, hazards with advice, SQL and object diffs, rendered as text,
// Markdown for pull request comments, or JSON for bots (a stable, versioned shape).
package emitter
