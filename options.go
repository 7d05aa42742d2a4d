package pgshape

import (
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/sql/migrate"
)

// An Option is a setting of Plan. The zero settings are pgshape plan's
// defaults: online forms, emitter.DefaultTimeouts, owners not compared,
// every schema, Flyway's history table left out, no log.
type Option func(*settings)

type settings struct {
	planner.Options
	historySet bool // WithHistoryTable was given
}

// WithScratch says where the scratch databases live (see Scratch); nil
// keeps the default.
func WithScratch(s Scratch) Option {
	return func(o *settings) {
		o.DevURL = ""
		if s != nil {
			o.DevURL = s.ScratchURL()
		}
	}
}

// WithOwners compares the owners of objects too. The desired owner of an
// object is the one its files give it (ALTER ... OWNER TO); one they give none
// belongs to the role that runs the migration, taken to be the role that
// connects to the Database state. Every role named must exist on the scratch
// server too.
func WithOwners() Option {
	return func(o *settings) { o.WithOwners = true }
}

// WithPlainDDL writes plain DDL instead of the online forms (pgshape's
// --online=false): constraints validated in place, indexes built without
// CONCURRENTLY. For local work and small databases.
func WithPlainDDL() Option {
	return func(o *settings) { o.SQL.Plain = true }
}

// WithTimeouts sets the lock_timeout and statement_timeout the plan's SQL
// sets; an empty field keeps its default (emitter.DefaultTimeouts). Plan
// checks them (emitter.Timeouts.Validate).
func WithTimeouts(t emitter.Timeouts) Option {
	return func(o *settings) { o.SQL.Timeouts = t }
}

// WithIncludeSchemas compares only the schemas named: the objects of others
// are left alone on both sides, never created, changed or dropped.
func WithIncludeSchemas(names ...string) Option {
	return func(o *settings) { o.Scope.IncludeSchemas = append(o.Scope.IncludeSchemas, names...) }
}

// WithExcludeSchemas leaves the schemas named alone.
func WithExcludeSchemas(names ...string) Option {
	return func(o *settings) { o.Scope.ExcludeSchemas = append(o.Scope.ExcludeSchemas, names...) }
}

// WithIgnore leaves alone the objects whose "schema.name" matches one of the
// glob patterns (path.Match): "audit.*", "public.spatial_ref_sys", "*.tmp_*";
// functions match without their arguments. For objects other tools manage.
func WithIgnore(patterns ...string) Option {
	return func(o *settings) { o.Scope.Ignore = append(o.Scope.Ignore, patterns...) }
}

// WithHistoryTable names the runner's history table, left out of both states
// as the runner's, never the schema's (flyway.table, flyway.defaultSchema);
// an empty schema matches the name in every schema. Flyway's default name
// is left out in every schema all the same. Default: the table a Migrations
// state's replay settings name, else flyway_schema_history.
func WithHistoryTable(schema, table string) Option {
	return func(o *settings) {
		o.History, o.historySet = model.QName{Schema: schema, Name: table}, true
	}
}

// WithLog sends progress notes and warnings meant for a human (a target on
// another major than the scratch server, objects of kinds pgshape does not
// compare, statements the parser's grammar does not read) to logf: log.Printf
// and testing.T.Logf fit.
func WithLog(logf func(format string, args ...any)) Option {
	return func(o *settings) { o.Logf = logf }
}

// WithCache keeps the desired state, as the scratch server reads schema
// files back, in dir (created if missing), so that a plan of the same files
// on a like server skips loading them again; "" is pgshape plan's default
// directory, $XDG_CACHE_HOME/pgshape. Without this option nothing is cached.
// An entry depends on the files, the server's version and extensions, the
// options and the pgshape build; a change to any of them is a miss.
func WithCache(dir string) Option {
	return func(o *settings) {
		if dir == "" {
			dir = statecache.Default()
		}
		o.Cache = statecache.Cache{Dir: dir}
	}
}

// settingsFor applies opts; the history table, when not given, is the one
// the first Migrations state's replay settings name, as pgshape plan takes
// it from the runner's configuration.
func settingsFor(opts []Option, states ...State) settings {
	var s settings
	for _, o := range opts {
		o(&s)
	}
	if s.historySet {
		return s
	}
	var replay migrate.ReplayOptions
	for _, st := range states {
		if src := st.source(); src.Kind == planner.FromMigrations {
			replay = src.Replay
			break
		}
	}
	s.History = planner.HistoryTable(replay.Table, replay.DefaultSchema, replay.Schemas)
	return s
}
