// Package pull writes the live schema of a database as desired-state files, the
// files plan and generate read from schema/: for a team that starts from an
// existing database, or a developer who changed a local database by hand and wants
// to keep the result.
//
// Every object becomes the SQL that creates it (emitter.Define), in a layout meant
// to be reviewed:
//
//	extensions.sql                    extensions (database-wide)
//	default_privileges.sql            ALTER DEFAULT PRIVILEGES without IN SCHEMA
//	<schema>/schema.sql               CREATE SCHEMA (not for public), its grants,
//	                                  comment, owner, default privileges in it
//	<schema>/tables/<name>.sql        a table with its columns, constraints, indexes,
//	                                  triggers, policies, grants, comments
//	<schema>/views/<name>.sql         a view or materialized view (with its indexes)
//	<schema>/functions/<name>.sql     every overload of a function or procedure name
//	<schema>/types/<name>.sql         an enum, domain, composite or range type
//	<schema>/sequences/<name>.sql     a sequence (with OWNED BY)
//	<schema>/collations/<name>.sql    a collation
//
// Names become file and folder names by a rule that gives the same, distinct name
// on every file system (see FileName): a-z, 0-9, _ and - are kept; an upper-case
// letter is written as ! and the letter in lower case (Go's module cache does the
// same), so Users.sql and users.sql never meet on a case-insensitive disk;
// every other byte is written %XX (upper-case hex), so "/", ":", ".", spaces and
// non-ASCII letters cannot escape a folder or trip an OS; a name that Windows
// reserves (con, nul, com1, ...) has its first letter written %XX.
//
// Every file starts with Header. That line is how pull recognises its own files:
// those it rewrites when their content changed (and only then, so an unchanged
// database leaves every byte and modification time as it was) and removes when
// their object is gone. A .sql file without it is the user's: pull never writes
// over it nor removes it, and refuses to run while such a file declares anything
// (it would declare objects twice), unless Force says to write beside it. With a
// scope (include, exclude, ignore), files of objects out of scope are left alone.
//
// The statements of a file may depend on objects of other files: the parser loads
// schema/ in dependency order whatever the files, so no file needs another first.
package pull
