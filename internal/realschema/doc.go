// Package realschema holds only a test: schema files that real open-source projects
// publish (pg_dump output, hand-written schema files shipped with a project, fixtures
// a tool installs), kept with their licences under testdata/realschemas, each taken
// as the desired state as it ships. For each, a plan from an empty database must
// converge, a plan against a database loaded with the same files by psql must be
// empty, and so must a plan of the files pulled from that database.
//
// Cases that need something pgshape does not do yet name the expected blocker in
// the test's table: the case must then fail with that message, so that anything
// else breaking fails loudly, and a blocker that goes away fails too, until the
// table is updated.
package realschema
