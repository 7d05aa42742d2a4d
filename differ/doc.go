// Package differ compares two catalogs, the current state of a database and the desired
// one, and returns the ordered list of changes that turns the first into the second.
//
// Each Change is a plain value naming what it creates, alters or drops, with the
// Hazards it carries (data loss, table rewrites, long locks). The list is ordered so that
// every change runs after the ones it needs: schemas and types before the tables that
// use them, tables before the foreign keys that reference them, foreign keys dropped
// before the keys and tables they point at. The package does no I/O and writes no SQL:
// package emitter turns changes into statements.
//
// A HazardPolicy says which hazards a plan may have: it answers which changes it
// refuses (data-loss and table-rewrite, unless allowed by name), and every command,
// review and generated file that refuses or reports refusals asks it.
//
// Objects of the kinds compared as a whole (model.Object: aggregates, operators,
// rules, foreign tables, ...) are created, dropped, or dropped and created again
// when their statements differ, with every object that depends on them (found through
// the catalog's dependencies, as for a view whose columns change).
package differ
