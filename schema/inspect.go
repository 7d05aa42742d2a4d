package schema

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// Options choose what Inspect reports.
type Options struct {
	// IgnoreTables are tables never reported, e.g. the Flyway history table. An entry
	// with an empty Schema matches that table name in every schema. Nil means the
	// default: ignore any table named flyway_schema_history. A non-nil empty slice
	// ignores nothing.
	IgnoreTables []model.QName
	// IncludeSchemas, when not empty, limits the result to the schemas named (exact
	// names). ExcludeSchemas leaves the schemas named out. Objects of a schema left out
	// are not reported, extensions included.
	IncludeSchemas, ExcludeSchemas []string
	// WithOwners reports the owner of every object that has one of its own (tables,
	// views, sequences not owned by a column, functions, types, schemas, collations).
	// Off, every Owner field is left empty, and the differ does not compare owners.
	WithOwners bool
	// WithoutStats leaves every Table.Stats nil: what a scratch database's
	// tables hold says nothing, and their sizes cost a look at every file of
	// every table (a tenth of a second for 1,000 tables).
	WithoutStats bool
}

// ErrConnBusy is returned by Inspect when the connection is inside a transaction.
var ErrConnBusy = errors.New("connection is inside a transaction")

// FlywayHistoryTable is the name of Flyway's history table, ignored by default because
// the migration runner owns it, not the declared schema.
const FlywayHistoryTable = "flyway_schema_history"

// Inspect reads every user object of the database conn is connected to.
//
// conn must be idle (not inside a transaction): Inspect opens its own read-only
// transaction and ends it before returning. The queries run in one pipelined batch,
// so their number does not grow with the size of the database.
func Inspect(ctx context.Context, conn *pgx.Conn, opts Options) (*model.Catalog, error) {
	return inspectCatalog(ctx, conn, opts, true)
}

// inspectCatalog is Inspect; askPresence false runs every query whatever the database
// holds, which the tests compare with asking first (presence.go).
func inspectCatalog(ctx context.Context, conn *pgx.Conn, opts Options, askPresence bool) (*model.Catalog, error) {
	// Inside a caller's transaction, BEGIN would only warn, and the ROLLBACK that ends
	// the read would silently undo the caller's work.
	if status := conn.PgConn().TxStatus(); status != 'I' {
		return nil, fmt.Errorf("schema: %w (status %q)", ErrConnBusy, status)
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("schema: begin transaction: %w", err)
	}
	// Read only: there is nothing to commit, and a rollback also ends the transaction
	// after an error.
	defer tx.Rollback(ctx) //nolint:errcheck // the read's own error is the one to report

	version, err := serverVersion(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if version < MinServerVersion {
		return nil, fmt.Errorf("schema: PostgreSQL %d.%d is not supported: pgshape reads PostgreSQL %d or newer",
			version/10000, version%10000, MinServerVersion/10000)
	}
	in := newInspector(opts)
	in.version = version
	present := func(string) bool { return true }
	if askPresence {
		if present, err = in.presentKinds(ctx, tx); err != nil {
			return nil, fmt.Errorf("schema: %w", err)
		}
	}
	steps := in.steps(present)

	include, exclude := nonNil(opts.IncludeSchemas), nonNil(opts.ExcludeSchemas)
	batch := &pgx.Batch{}
	// LOCAL: the setting ends with the transaction and never leaks into the caller's
	// session. With pg_catalog alone on the path, every user object is printed
	// schema-qualified by format_type, pg_get_expr and friends.
	batch.Queue("SET LOCAL search_path = pg_catalog")
	// Constants of date and time types print in the session's time zone and styles:
	// a partition bound FROM ('2024-01-01 00:00+00') reads '01/01/2024 09:00:00 JST'
	// in Tokyo with DateStyle SQL. Fixed here, two servers set up differently (the
	// shadow database and production, say) print the same text. Local too.
	// The role reading is the catalog's Role, read along.
	batch.Queue(`SELECT pg_catalog.set_config('TimeZone', 'UTC', true),
		pg_catalog.set_config('DateStyle', 'ISO, MDY', true),
		pg_catalog.set_config('IntervalStyle', 'postgres', true), current_user::text,
		pg_catalog.current_setting('server_version_num')::int`)
	// Every query reads whole catalogs, which hash joins do in linear time. Right after
	// bulk DDL (a shadow database just loaded, a migration just run) the catalogs'
	// statistics are stale, and the planner, expecting a handful of rows, picks nested
	// loops over sequential scans: quadratic, 30 s instead of 1 s on 10,000 tables.
	// Turning nested loops off makes every plan's cost look huge, which would make a
	// server with JIT compile the large catalog queries: seconds per read for
	// milliseconds of work. With hash joins, the order the queries join their
	// catalogs in is as good as any, and searching for another was a fifth of
	// the cost of reading a small database on a new connection (where nothing
	// is planned yet): the collapse limits of 1 keep the written order. All local
	// to the transaction.
	batch.Queue(`SELECT pg_catalog.set_config('enable_nestloop', 'off', true), pg_catalog.set_config('jit', 'off', true),
		pg_catalog.set_config('join_collapse_limit', '1', true), pg_catalog.set_config('from_collapse_limit', '1', true)`)
	for _, s := range steps {
		if s.unfiltered {
			batch.Queue(s.query)
		} else {
			batch.Queue(s.query, include, exclude)
		}
	}
	results := tx.SendBatch(ctx, batch)
	for i := range 3 {
		var err error
		if i == 1 {
			var tz, dateStyle, intervalStyle string
			err = results.QueryRow().Scan(&tz, &dateStyle, &intervalStyle, &in.cat.Role, &in.cat.ServerVersion)
		} else {
			_, err = results.Exec()
		}
		if err != nil {
			results.Close()
			return nil, fmt.Errorf("schema: set up transaction: %w", err)
		}
	}
	for _, s := range steps {
		if err := in.run(results, s); err != nil {
			results.Close()
			return nil, fmt.Errorf("schema: read %s: %w", s.kind, err)
		}
	}
	if err := results.Close(); err != nil {
		return nil, fmt.Errorf("schema: finish batch: %w", err)
	}
	if err := tx.Rollback(ctx); err != nil {
		return nil, fmt.Errorf("schema: end transaction: %w", err)
	}
	in.finish()
	return in.cat, nil
}

// step is one catalog query and the function that reads its rows. The query takes
// the schema filters as $1 (include) and $2 (exclude), unless unfiltered. A step
// with a presence condition (presence.go) runs only where it holds.
type step struct {
	kind       string
	query      string
	read       func(pgx.Rows) error
	unfiltered bool
	present    string
}

// presentKinds asks which of the kinds the steps read the database has any
// object of (presence.go) and returns the answer as steps takes it.
func (in *inspector) presentKinds(ctx context.Context, tx pgx.Tx) (func(cond string) bool, error) {
	var conds []string
	for _, s := range in.steps(func(string) bool { return true }) {
		conds = append(conds, s.present)
	}
	for _, k := range wholeObjectKinds {
		conds = append(conds, k.present)
	}
	held, err := presence(ctx, tx, conds)
	if err != nil {
		return nil, err
	}
	return func(cond string) bool { return cond == "" || held[cond] }, nil
}

// steps lists the queries in the order their rows must be read: tables before their
// columns, columns before the constraints and identity sequences that refer to them,
// views before the indexes of materialized views, every object before the
// privileges granted on it and the dependencies between them.
func (in *inspector) steps(present func(cond string) bool) []step {
	// The presence conditions (presence.go) of the steps that need one.
	var (
		tables    = userRows("pg_class", "oid", "relkind IN ('r', 'p')")
		relations = func(kinds string) string { return userRows("pg_class", "oid", "relkind IN ("+kinds+")") }
		types     = func(kind string) string { return userRows("pg_type", "oid", "typtype = '"+kind+"'") }
	)
	all := []step{
		{kind: "schemas", query: schemasQuery, read: in.readSchemas},
		{kind: "extensions", query: extensionsQuery, read: in.readExtensions, present: userRows("pg_extension", "oid", "")},
		{kind: "collations", query: collationsQuery, read: in.readCollations, present: userRows("pg_collation", "oid", "")},
		{kind: "tables", query: tablesQuery(in.version, !in.withoutStats), read: in.readTables, present: tables},
		{kind: "columns", query: columnsQuery(in.version), read: in.readColumns, present: tables},
		{kind: "constraints", query: constraintsQuery, read: in.readConstraints, present: userRows("pg_constraint", "oid", "")},
		{kind: "views", query: viewsQuery, read: in.readViews, present: relations("'v', 'm'")},
		{kind: "indexes", query: indexesQuery, read: in.readIndexes, present: userRows("pg_index", "indexrelid", "")},
		{kind: "sequences", query: sequencesQuery, read: in.readSequences, present: userRows("pg_sequence", "seqrelid", "")},
		{kind: "enums", query: enumsQuery, read: in.readEnums, present: types("e")},
		{kind: "domains", query: domainsQuery, read: in.readDomains, present: types("d")},
		{kind: "composite types", query: compositesQuery, read: in.readComposites, present: relations("'c'")},
		{kind: "range types", query: rangesQuery(in.version), read: in.readRanges, present: userRows("pg_range", "rngtypid", "")},
		{kind: "functions", query: functionsQuery, read: in.readFunctions, present: userRows("pg_proc", "oid", "")},
		{kind: "triggers", query: triggersQuery, read: in.readTriggers, present: userRows("pg_trigger", "oid", "")},
		{kind: "policies", query: policiesQuery, read: in.readPolicies, present: userRows("pg_policy", "oid", "")},
		in.wholeObjectsStep(present),
		{kind: "privileges", query: privilegesQuery, read: in.readPrivileges},
		{kind: "default privileges", query: defaultPrivilegesQuery, read: in.readDefaultPrivileges, present: userRows("pg_default_acl", "oid", "")},
		{kind: "dependencies", query: dependenciesQuery, read: in.readDependencies, unfiltered: true},
		{kind: "unsupported objects", query: unsupportedQuery, read: in.readUnsupported,
			present: userRows("pg_conversion", "oid", "") + " OR " + subscriptionsHere},
	}
	var steps []step
	for _, s := range all {
		if s.query != "" && present(s.present) {
			steps = append(steps, s)
		}
	}
	return steps
}

func (in *inspector) run(results pgx.BatchResults, s step) error {
	rows, err := results.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	if err := s.read(rows); err != nil {
		return err
	}
	rows.Close()
	return rows.Err()
}

// inspector collects the rows of every query into one catalog.
type inspector struct {
	cat    *model.Catalog
	ignore func(model.QName) bool
	// tables are the reported tables by oid, the key every per-table query returns.
	tables map[uint32]*table
	// views are the reported views and materialized views by oid.
	views map[uint32]*view
	// objects are the reported objects by catalog and oid, the names pg_depend uses.
	objects map[objectKey]model.ObjectID
	// identitySequences are the identity columns by their sequence's name, for the
	// privileges granted on the sequence.
	identitySequences map[model.QName]*model.Column
	withOwners        bool
	withoutStats      bool
	// version is the server's server_version_num, which the queries adapt to.
	version int
}

// table is a reported table with its columns by attnum, for constraint keys and
// identity sequences, which name columns by number.
type table struct {
	*model.Table
	columns map[int16]*model.Column
}

func newInspector(opts Options) *inspector {
	return &inspector{
		cat:               model.NewCatalog(),
		ignore:            ignoreFunc(opts.IgnoreTables),
		tables:            map[uint32]*table{},
		views:             map[uint32]*view{},
		identitySequences: map[model.QName]*model.Column{},
		objects:           map[objectKey]model.ObjectID{},
		withOwners:        opts.WithOwners,
		withoutStats:      opts.WithoutStats,
	}
}

// finish sorts what the queries could not: constraints, indexes (a partition's
// own and those attached to its parent's), triggers and policies by name, with
// Go's byte order so the result does not depend on the database's collation.
func (in *inspector) finish() {
	for _, t := range in.tables {
		sort.Slice(t.Constraints, func(i, j int) bool { return t.Constraints[i].Name < t.Constraints[j].Name })
		sortIndexes(t.Indexes)
		sortIndexes(t.PartitionIndexes)
		sort.Slice(t.Triggers, func(i, j int) bool { return t.Triggers[i].Name < t.Triggers[j].Name })
		sort.Slice(t.Policies, func(i, j int) bool { return t.Policies[i].Name < t.Policies[j].Name })
	}
	for _, v := range in.views {
		sortIndexes(v.Indexes)
	}
	in.finishOwners()
}

func sortIndexes(x []*model.Index) {
	sort.Slice(x, func(i, j int) bool { return x[i].Name < x[j].Name })
}

func ignoreFunc(names []model.QName) func(model.QName) bool {
	if names == nil {
		names = []model.QName{{Name: FlywayHistoryTable}}
	}
	exact := map[model.QName]bool{}
	anySchema := map[string]bool{}
	for _, n := range names {
		if n.Schema == "" {
			anySchema[n.Name] = true
		} else {
			exact[n] = true
		}
	}
	return func(q model.QName) bool { return exact[q] || anySchema[q.Name] }
}

// nonNil turns a nil slice into an empty one: a nil slice is sent as SQL NULL, and
// NULL would make the schema filters reject every row.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
