// Command pgshape keeps a PostgreSQL database in step with a schema declared in plain
// SQL files: it plans the changes from a database (or the migrations directory) to the
// desired state and writes them as the next Flyway-style versioned migration.
//
// The command is a thin layer: flags, environment, output and exit codes. Every
// decision lives in the packages it calls.
package main
