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
// ReplayLocations does the same for several locations as the runner reads them,
// with its placeholders and schemas, so a shadow database is built the way
// Migrate would build the real one.
//
// # The runner
//
// Runner applies migrations and keeps their history in flyway_schema_history, in
// the format Flyway writes, so that Flyway and pgshape can take turns on one
// database in either direction. Build one with New from a Config (New does no
// I/O); its methods each connect through Config.Connect, do their work and
// disconnect:
//
//   - Migrate applies the pending files, each in one transaction together with
//     its history row, and returns a Summary; Config.Progress sees each file.
//   - Info returns every migration with its State ([]InfoRow); WriteInfoText and
//     WriteInfoJSON render it.
//   - Validate applies Flyway's rules and returns a *ValidationError.
//   - Baseline, Repair and Clean do what Flyway's commands of those names do;
//     Clean refuses to run unless Config.CleanEnabled.
//   - Edited lists the applied versioned migrations whose files changed since
//     (checksum mismatch), reading only: for pgshape check against a deployed
//     database.
//
// Lint checks the locations without a database and lists every problem a
// review gate cares about (two files sharing a version, a misnamed .sql file),
// where Scan and the runner stop at the first.
//
// Config mirrors Flyway's settings (locations, table, schemas, defaultSchema,
// target, outOfOrder, baselineVersion, baselineOnMigrate, validateOnMigrate,
// ignoreMigrationPatterns, placeholders, mixed, installedBy, lockRetryCount,
// validateMigrationNaming: a .sql file whose name does not parse is then an
// error, else a note); its
// zero value is Flyway's defaults. Several Locations merge into one version order.
// Placeholders ${key} are replaced in migrations and callbacks (keys
// case-insensitive; built-ins ${flyway:defaultSchema}, ${flyway:user},
// ${flyway:database}, ${flyway:timestamp}, ${flyway:filename}, ${flyway:table}).
// Versioned files are checksummed before replacement, repeatables after it.
// SQL callbacks are files in the locations named after an event
// (beforeMigrate.sql, afterEachMigrate__log.sql, ...; see BeforeMigrate and the
// other event constants).
//
// Runs exclude each other, and Flyway, with Flyway's advisory lock key (LockKey),
// taken as a session lock on a connection of its own: the connection that runs
// migrations never holds it, so CREATE INDEX CONCURRENTLY does not wait for it.
// After taking the lock the runner reads the history again, so a run that waited
// finds what the previous one applied. Every connection sets
// client_connection_check_interval (PostgreSQL 14+): when a runner is killed, the
// server aborts its statement and releases the lock within a second or so. A
// lock granted but not visible to its own session (a pooler in transaction mode,
// such as PgBouncer) is an error that says so.
//
// A file that cannot run in a transaction (statements such as CREATE INDEX
// CONCURRENTLY, or executeInTransaction=false in a sibling V2__x.sql.conf) runs
// statement by statement; when it fails, a success=false row records it and
// Migrate refuses to run until Repair. A file that mixes both kinds of statements
// is refused unless Config.Mixed; SET, RESET and SHOW go with either kind.
//
// # Lock timeouts
//
// A migration that sets lock_timeout (SET LOCAL lock_timeout = '2s', as
// pgshape generate writes) fails fast instead of queueing every other session
// behind its lock when a long transaction holds the table. Migrate then runs
// it again (Config.LockTimeoutRetries, default 10 times; waits from
// Config.LockTimeoutRetryDelay, default 500ms, doubling up to 10 s, between
// half of that and all of it): a file that runs in a transaction (or the whole
// group) is rolled back and runs again from the start, with its history row;
// in a file that runs statement by statement, only the failing statement runs
// again, the session's SET settings still in force. SQLSTATE 55P03
// (lock_not_available) and 40P01 (deadlock_detected) are retried, nothing
// else. While a statement runs, the lock's connection polls
// pg_blocking_pids; each retry is logged with the blocking sessions (pid,
// application_name, user, state, query_start, the start of the query), and when
// the retries run out the *Error holds them in Blockers (as it does for a
// statement_timeout that fired during a wait) and says what to do.
//
// Errors start with "migrate:"; a failing statement gives an *Error naming the
// file and line, with PostgreSQL's message, SQLSTATE, DETAIL, HINT and CONTEXT.
package migrate
