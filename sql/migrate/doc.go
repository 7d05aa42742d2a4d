// Package migrate reads and applies a Flyway-compatible migrations directory.
//
// A directory holds versioned migrations, V<version>__<description>.sql, applied
// once each in version order, and repeatable ones, R__<description>.sql, applied
// after every versioned one, in description order. Prefixes and the .sql suffix are
// case-insensitive. Versions are dotted numbers (V1_2__ and V1.2__ both mean 1.2),
// compared numerically with trailing zero parts ignored, so 1 = 1.0 = 001 and
// 1.10 > 1.9. Files are read through an fs.FS, searched recursively.
//
// Scan lists a directory, with each file's Flyway checksum. NextName chooses the
// name of the next versioned file in the directory's own style (V007__ is followed
// by V008__, V1.2__ by V1.3__). Replay applies a directory to a database without
// recording history, to build a shadow database: every file in one transaction,
// unless it holds statements that cannot run in one (CREATE INDEX CONCURRENTLY,
// VACUUM, ...), and errors name the file and line of the failing statement.
//
// The full runner (flyway_schema_history, validate, repair, placeholders,
// callbacks) builds on these types; see FLYWAY.md in the design notes for the
// behaviour it must match.
package migrate
