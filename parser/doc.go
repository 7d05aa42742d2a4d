// Package parser reads the desired state of a database from plain SQL files and turns
// it into the statements to load into a shadow database, in load order, checked
// against each other, with the rename annotations and the notices about them.
//
// Every statement is parsed with pg_query_go, PostgreSQL's own grammar (that of
// PostgreSQL 16), so whatever the server accepts the parser reads the same way. Only
// the statement kinds pgshape models are accepted; anything else (CREATE CONVERSION,
// INSERT, DROP, RENAME, ...) is an error naming the statement and its file:line:col,
// never silently dropped, because a desired state with a hole in it would make the
// differ drop real objects. A statement the grammar does not read at all (syntax of
// a newer PostgreSQL, or a mistake) is no error: it becomes an opaque statement
// (Statement.Opaque, one warning each in Result.Warnings), loaded as written into the
// scratch database, whose server judges it, in its place among its file's
// statements (see opaque.go).
//
// Files as projects ship them load as they are (see dumpfile.go): the prelude of
// DROP ... IF EXISTS statements that pg_dump --clean --if-exists writes before the
// first CREATE is skipped, and so are the schema_migrations and ar_internal_metadata
// rows at the end of a Rails db/structure.sql, with one notice per file each saying
// how many; a DROP anywhere else is an error. The placeholder views pg_dump writes to
// break a dependency cycle (CREATE VIEW v AS SELECT NULL::type AS col, ..., defined
// later by CREATE OR REPLACE VIEW v) load as pg_dump loads them, and the catalog
// keeps the final definition.
//
// Files may be split and ordered any way the developer likes. ParseDir and
// ParseFiles compute the references between statements from their parse trees (a
// table needs its schema, the enum types of its columns, the sequences of its
// nextval defaults; an index needs its table; a foreign key needs the referenced
// table and its unique key) and return the statements in load order: each after
// everything it depends on, ties broken by kind (schemas, extensions, types,
// sequences, tables, ALTER TABLE, indexes, sequence ownership, comments), then file,
// then position. Foreign keys written inside CREATE TABLE are split out into
// ALTER TABLE ... ADD FOREIGN KEY statements run after every table, so tables that
// reference each other load; likewise CREATE SEQUENCE ... OWNED BY is split into a
// separate ALTER SEQUENCE ... OWNED BY. CREATE SCHEMA public, as pg_dump writes it,
// is loaded as CREATE SCHEMA IF NOT EXISTS public, since every database has public.
//
// StartDir and StartFS return the statements in load order as soon as they are
// known, and check them against the catalog the files declare (duplicate and
// missing objects, what pgshape does not support) in the background: on a large
// schema that is a third of the work, and a caller can load the statements into a
// scratch database meanwhile, as long as it waits for the checks before it trusts
// or shows anything.
//
// Partitioned tables keep their PARTITION BY in Table.PartitionKey. A partition
// (CREATE TABLE ... PARTITION OF, or ALTER TABLE ... ATTACH PARTITION) records its
// parent and bound, and lists only the columns and constraints it declares itself:
// the columns it inherits are found through its parent. It loads after its parent;
// ALTER INDEX ... ATTACH PARTITION loads after both indexes, and the partition's
// index it names loads before its parent's (unless ON ONLY), which would otherwise
// make one of its own under a generated name. ALTER TABLE ... OWNER TO loads after
// the OWNED BY of the table's sequences, to which the new owner cascades. ADD CONSTRAINT ...
// USING INDEX turns the named index into the constraint's (renamed to the
// constraint's name), loads after the CREATE INDEX, and counts as a unique key of
// its table for the foreign keys that reference it.
//
// Views and materialized views load after every relation, function and type their
// query names. Functions and procedures load early (after the schemas and types of
// their signature, before tables, whose defaults and checks may call them), except
// that a LANGUAGE sql function or a SQL-standard body (BEGIN ATOMIC, RETURN) waits
// for the relations and functions its body names, since PostgreSQL checks it at
// creation (not the AS '...' body of a polymorphic function, which it checks only
// when called; functions by name, every overload, except that of the overloads of
// its own name it waits only for those taking as many arguments as it passes, so
// that overloads calling each other make no cycle). Triggers load after their table and function, policies after their
// table and what their expressions name, GRANT and REVOKE after their object (in
// written order among themselves, so the catalog holds what is left granted).
// Domains, composite and range types load with the enums, after the types they use.
// ALTER DEFAULT PRIVILEGES loads last, after every GRANT, as pg_dump writes it: it
// applies to objects created later, not to the ones the files declare, whose
// privileges are what their GRANTs say. GRANT ... ON ALL TABLES IN SCHEMA is an error,
// since what it grants depends on what exists when it runs. CREATE COLLATION loads
// first, with the schemas, before the columns, domains, types and indexes whose
// COLLATE clauses name it; an option the model cannot compare (rules) is an error.
//
// Aggregates, operators, operator classes and families, casts, text search objects,
// rules, event triggers, statistics, foreign data wrappers, servers, user mappings,
// foreign tables and publications (the kinds model.Object compares as a whole) are
// only ordered, never read into the parser's catalog: what they name (functions, types,
// operators, tables, the server of a foreign table) loads first, and what names them
// (a view calling an aggregate, an index on an operator class, COMMENT ON, GRANT)
// loads after. Their canonical form comes from the shadow database.
//
// Session settings that pg_dump writes (SET search_path, check_function_bodies,
// statement_timeout, ..., and SELECT pg_catalog.set_config('search_path', ...)) are
// skipped, and psql meta-commands (\connect, \restrict) removed before parsing,
// each with a line in Result.Notices. A line comment "-- pgshape:renamed-from old"
// right before a CREATE TABLE, CREATE INDEX, CREATE VIEW, a column or a table
// constraint becomes a Rename in Result.Renames.
//
// Statements are checked before any server sees them, so that a mistake is reported
// at its file:line:col: an object declared twice (constraints and indexes under the
// names PostgreSQL would give them), a statement about a table, column, type or
// function the files do not declare. For
// that the parser reads the statements, in load order, into a model.Catalog of its
// own: types normalised to format_type spelling, expressions as pg_query deparses
// them, unnamed constraints and indexes named the way PostgreSQL names them. That
// catalog is exact about which objects exist and where they were declared, and close
// to, but not byte-identical with, what PostgreSQL stores, so it is not returned: the
// desired state is what loading Statements into a real server and reading it back
// gives (package schema). The implicit "public" schema is always in it because every
// database has it and unqualified names land in it.
//
// Errors are *Error values ("file:line:col: message" and the offending line with a
// caret), joined with errors.Join when there are several, so one run reports every
// file's mistakes. Columns count characters, not bytes.
package parser
