// Package config reads Flyway's configuration the way Flyway does, and pgshape's
// own settings from the same files, so that a team can point pgshape at the
// flyway.conf or flyway.toml it already has.
//
// It is pure: Load reads the files and the environment it is given (LoadOptions)
// and nothing else; it opens no database and knows nothing of cobra. The CLI lays
// its flags over the Settings it returns, then calls WithDefaults.
//
// # Precedence
//
// Highest first:
//
//  1. command-line flags (applied by the CLI, not here);
//  2. FLYWAY_<NAME> and PGSHAPE_<NAME> environment variables (FLYWAY_URL,
//     FLYWAY_BASELINE_ON_MIGRATE, FLYWAY_PLACEHOLDERS_<KEY>, PGSHAPE_DEV_URL, ...);
//  3. configuration files, in the order given, a later file over an earlier one.
//     In flyway.toml, the chosen [environments.<name>] table (and its .flyway and
//     .pgshape tables) is over [flyway] and [pgshape], whatever file each is in:
//     Flyway merges all files before it picks the environment;
//  4. DATABASE_URL, for the URL only;
//  5. the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
//     PGSSLMODE, ... (and ~/.pgpass): Load does not read them. pgx does, in
//     pgx.ParseConfig, for each connection field the URL leaves out. With no URL
//     at all, Settings.URL is empty, or just "user=... password=..." when only the
//     credentials are configured, and pgx takes everything else from PG*.
//
// An empty environment variable counts as unset, everywhere.
//
// The environment of flyway.toml is LoadOptions.Environment (--env), else the
// [flyway] environment setting, else "default". A
// name no file defines is an error that lists the names they do define; only an
// implicit "default" may be missing.
//
// DefaultFiles lists the files Flyway reads when given none: flyway.toml and
// flyway.user.toml in the home directory then the working directory, or, when
// there is no TOML file, flyway.conf in the same places.
//
// # Settings
//
// Names are Flyway's; ".conf" is the key in a .conf file, "TOML" where it goes in
// flyway.toml, "env" its variable.
//
//	.conf                                 TOML                                        env
//	flyway.url                            [environments.<e>] url                      FLYWAY_URL
//	flyway.user                           [environments.<e>] user                     FLYWAY_USER
//	flyway.password                       [environments.<e>] password                 FLYWAY_PASSWORD
//	flyway.schemas (comma list)           [environments.<e>] schemas (array)          FLYWAY_SCHEMAS
//	flyway.connectRetries                 [environments.<e>] connectRetries           FLYWAY_CONNECT_RETRIES
//	flyway.defaultSchema                  [flyway] defaultSchema                      FLYWAY_DEFAULT_SCHEMA
//	flyway.table                          [flyway] table                              FLYWAY_TABLE
//	flyway.locations (comma list)         [flyway] locations (array)                  FLYWAY_LOCATIONS
//	flyway.placeholders.<key>             [flyway.placeholders] <key>                 FLYWAY_PLACEHOLDERS_<KEY>
//	flyway.placeholderPrefix, ...Suffix   [flyway] placeholderPrefix, ...Suffix       FLYWAY_PLACEHOLDER_PREFIX, ..._SUFFIX
//	flyway.baselineOnMigrate              [flyway] baselineOnMigrate                  FLYWAY_BASELINE_ON_MIGRATE
//	flyway.baselineVersion                [flyway] baselineVersion                    FLYWAY_BASELINE_VERSION
//	flyway.baselineDescription            [flyway] baselineDescription                FLYWAY_BASELINE_DESCRIPTION
//	flyway.outOfOrder                     [flyway] outOfOrder                         FLYWAY_OUT_OF_ORDER
//	flyway.validateOnMigrate              [flyway] validateOnMigrate                  FLYWAY_VALIDATE_ON_MIGRATE
//	flyway.validateMigrationNaming        [flyway] validateMigrationNaming            FLYWAY_VALIDATE_MIGRATION_NAMING
//	flyway.ignoreMigrationPatterns        [flyway] ignoreMigrationPatterns            FLYWAY_IGNORE_MIGRATION_PATTERNS
//	flyway.cleanDisabled (default true)   [flyway] cleanDisabled                      FLYWAY_CLEAN_DISABLED
//	flyway.mixed                          [flyway] mixed                              FLYWAY_MIXED
//	flyway.group                          [flyway] group                              FLYWAY_GROUP
//	flyway.installedBy                    [flyway] installedBy                        FLYWAY_INSTALLED_BY
//	flyway.lockRetryCount                 [flyway] lockRetryCount                     FLYWAY_LOCK_RETRY_COUNT
//	flyway.target                         [flyway] target                             FLYWAY_TARGET
//	flyway.postgresql.transactional.lock  [flyway.postgresql] transactional.lock      FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK
//	pgshape.schema                        [pgshape] schema                            PGSHAPE_SCHEMA
//	pgshape.devUrl                        [pgshape] devUrl                            PGSHAPE_DEV_URL
//	pgshape.allowHazards (comma list)     [pgshape] allowHazards (array)              PGSHAPE_ALLOW_HAZARDS
//	pgshape.includeSchemas                [pgshape] includeSchemas                    PGSHAPE_INCLUDE_SCHEMAS
//	pgshape.excludeSchemas                [pgshape] excludeSchemas                    PGSHAPE_EXCLUDE_SCHEMAS
//	pgshape.ignore (glob patterns)        [pgshape] ignore                            PGSHAPE_IGNORE
//	pgshape.withOwners                    [pgshape] withOwners                        PGSHAPE_WITH_OWNERS
//	pgshape.lockRetries                   [pgshape] lockRetries                       PGSHAPE_LOCK_RETRIES
//	pgshape.lockRetryDelay (500ms, 2s)    [pgshape] lockRetryDelay                    PGSHAPE_LOCK_RETRY_DELAY
//
// Every [flyway] key may also go in [environments.<e>.flyway], every [pgshape]
// key in [environments.<e>.pgshape], where they override the global tables for
// that environment. flyway.environment (TOML [flyway] environment) picks the
// default environment.
//
// Booleans are true or false in any case (TOML booleans or strings); integers are
// 32-bit; a bad one is an error naming the file, the line and the key. Locations
// are directories, with or without "filesystem:"; without it Flyway would search
// the Java classpath instead, so pgshape warns. classpath: and cloud (s3:, gcs:)
// locations are errors. Placeholder
// keys are lower-cased, as Flyway matches them case-insensitively.
//
// Other flyway.* keys are warnings, not errors (Flyway itself refuses unknown
// keys): "unknown setting" for names Flyway does not have either; "not supported
// by pgshape" for Flyway settings that change what Flyway would do
// (sqlMigrationPrefix, callbacks, initSql, ...) when set to anything but Flyway's
// default; nothing at all for settings that make no difference here (driver,
// licenseKey, outputType, other databases' tables such as [flyway.sqlserver]).
// Keys outside flyway.* and pgshape.* (and tables other than [flyway],
// [pgshape], [environments] in TOML) are not ours and are skipped.
//
// # .conf files
//
// Flyway reads .conf files with java.util.Properties, after a pass of its own
// (ConfigUtils.loadConfigurationFromString), and so does this package:
//
//   - key=value, key: value or key value; # and ! start comments; lines are trimmed;
//   - backslashes are literal (Flyway doubles them before Properties sees them), so
//     Windows paths and passwords with a backslash survive, and there are no \t,
//     \uXXXX or \= escapes;
//   - a line ending in a backslash goes on on the next line, unless that line is
//     empty or is itself a flyway.* property: then the backslash stays;
//   - ${NAME} (letters, digits, underscore) is replaced by the environment
//     variable NAME. An unset variable becomes the empty string, as in Flyway,
//     with a warning. Flyway substitutes in the raw text before parsing, so a
//     value holding a backslash or a line break is mangled there; here it is
//     taken as it is.
//
// # flyway.toml files
//
// In the url, user and password of an environment (and pgshape's devUrl),
// ${env.NAME} is replaced by the environment variable NAME, as Flyway's env
// resolver does; $${env.NAME} stands for the text ${env.NAME}, and a value
// written !{...} is taken verbatim. An unset variable is an error (Flyway fails
// too). Other resolvers (vault, googlesecrets, ...) are errors: they are paid
// Flyway features. Flyway does not expand ${NAME} in TOML; neither does this
// package, which warns when a connection value holds one. Elsewhere in the file
// values are taken as written.
//
// # Connection strings
//
// Settings.URL is ready for pgx.ParseConfig. A jdbc:postgresql:// URL is
// converted by ToConnString as the PostgreSQL JDBC driver reads it: several hosts
// and [IPv6] hosts are kept; a missing host is localhost (a missing port is left
// to pgx: PGPORT, else 5432); parameter values and the database name are
// URL-decoded; user and password parameters go to the URL's user information;
// currentSchema becomes search_path, which pgx sends as a run-time parameter;
// ssl=true means sslmode=verify-full unless sslmode says otherwise;
// targetServerType becomes target_session_attrs; ApplicationName, connectTimeout,
// options and the ssl* files keep their meaning. JDBC-only parameters
// (socketTimeout, prepareThreshold, ...) are dropped with a warning.
// postgres:// URLs and key=value strings pass unchanged.
//
// flyway.user and flyway.password are merged into the URL when it names no user
// or password. When it does, the URL wins, with a warning if they differ: that is
// what happens in Flyway, whose PostgreSQL driver lets the URL's parameters
// override the user and password it is given.
//
// # Secrets
//
// Passwords are kept in Secret and ConnString values, which print masked with
// every fmt verb and in JSON; Reveal gives the real text to the code that needs
// it. Settings prints (String, GoString, Redacted) without them; RedactURL masks
// any connection string.
package config
