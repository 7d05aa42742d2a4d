// Package statediff compares any two states object by object, for
// `pgshape diff`: a database, a schema directory or a migrations directory
// replayed (see ParseSource for how a source is recognised), through
// planner.Compare so that spelling is never a difference; or, with no server at
// all, two schema directories through pg_query's own normalisation (Offline),
// which is best effort and says so.
package statediff
