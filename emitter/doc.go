// Package emitter turns the differ's changes into SQL: one or more statements per
// change, each remembering the change it came from, grouped into transactions.
//
// Statements that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY) or
// whose effect must be committed before the next statements use it (ALTER TYPE ... ADD
// VALUE) form groups of their own, so a plan is a sequence of groups, each run either
// as one transaction or statement by statement. Package emitter also renders plans
// for review: hazard comments, file headers and summaries.
package emitter
