// Package schema reads the live state of a PostgreSQL database into a model.Catalog.
//
// Inspect runs a small, fixed number of catalog queries, one per object kind
// (schemas, extensions, tables, columns, constraints, views, indexes, sequences,
// enums, domains, composite and range types, functions, triggers, policies,
// privileges, dependencies), whatever the size of the database: never one query per
// table. They are sent as one
// pipelined batch inside a single REPEATABLE READ READ ONLY transaction, so every query
// sees the same snapshot and the whole read costs a few network round trips. One small
// query first asks which kinds the database has any object of, and the queries of the
// others are left out (presence.go): planning a catalog query costs more than running
// it on a small database, and scratch databases hold none of most kinds.
//
// Every piece of SQL text in the result is PostgreSQL's own canonical spelling:
// format_type for column types, pg_get_expr for defaults and generated expressions,
// pg_get_constraintdef for constraints and pg_get_indexdef for indexes. The
// transaction sets search_path to pg_catalog alone, so those functions qualify every
// user object with its schema ("public.mood", "REFERENCES public.users(id)") and the
// text of two databases compares equal exactly when PostgreSQL stores the same thing.
// For the same reason it sets TimeZone to UTC, DateStyle to ISO and IntervalStyle to
// postgres, in which date and time constants print.
//
// The queries adapt to the server's major version, PostgreSQL 13 and newer (older
// servers are refused with an error), read once from the server_version the server
// reports when the connection starts. A catalog column newer than the server reads as
// the neutral value such a server has: no compression method before 14 (no
// attcompression), no multirange type before 14; before 14 a never-analyzed table's
// row estimate reads -1 as it does from 14 on.
//
// Partitioned tables report their partition key, partitions their parent and bound.
// A partition lists only what it declares itself: the columns on which it sets a
// default, NOT NULL or a comment of its own, its own constraints and indexes, none of
// those it inherits from its parent. An index of a partitioned table reads as the
// CREATE INDEX ... ON the table that cascades to the partitions (pg_get_indexdef says
// ON ONLY), unless it is still invalid.
//
// Every table carries its size (model.TableStats), read in the tables query: the
// planner's row estimate (reltuples, -1 when never analyzed) and the size on disk
// (pg_total_relation_size: heap, TOAST and indexes). They say how heavy a change to
// the table is; they are not part of its definition and are never compared.
//
// A child of plain inheritance lists its parents (Inherits) and, like a partition,
// only the columns and checks it declares itself.
//
// Aggregates, operators, operator classes and families, casts, text search objects,
// rules, event triggers, statistics, foreign data wrappers, servers, user mappings,
// foreign tables and publications are read as model.Object: the statements that make
// them, assembled in SQL from their catalogs the way pg_dump writes them (see
// objects.go), so that two objects compare equal when their statements do. A user
// mapping's password is replaced by a placeholder inside the query and never read.
// Conversions and subscriptions, which pgshape does not manage, are named in
// Catalog.Unsupported.
//
// Privileges are the ACL items of each object other than its owner's own. An object
// whose ACL is NULL, which means PostgreSQL's defaults, has none: comparing that with
// the defaults (PUBLIC may execute functions and use types) is the differ's job.
//
// Dependencies are pg_depend's normal and automatic edges between reported objects:
// a view depends on what its query uses (read from its rewrite rule), a column on the
// sequences and functions its default uses and on its type, a trigger or policy on
// its table and functions, an index or constraint on the functions its expressions
// call. Edges to objects not reported (pg_catalog's, extensions' members) are left
// out, and so is OWNED BY, which Sequence.OwnedBy says.
//
// Only user objects are read: the pg_catalog, information_schema, pg_toast and pg_temp
// schemas are skipped, and so is every object that belongs to an extension (the
// extension itself is reported) or exists only because of one of its objects (the
// rules PostGIS puts on its views, the sequence of an extension table's serial
// column): extmembers.go holds those conditions for every query. Tables named in Options.IgnoreTables, by default
// Flyway's history table, are left out.
package schema
