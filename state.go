package pgshape

import (
	"io/fs"

	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/sql/migrate"
)

// A State is a schema state Plan can read: a database as it is, desired-state
// files, migrations replayed, or a catalog already inspected. The set is
// closed; build one with Database, SchemaDir, SchemaFS, MigrationDirs,
// Migrations or Catalog.
type State interface {
	// String names the state in messages, with any password masked.
	String() string
	source() planner.Source
}

type state struct{ src planner.Source }

func (s state) String() string         { return s.src.String() }
func (s state) source() planner.Source { return s.src }

// Database is the database at url (a postgres:// URL or a libpq key=value
// string) as it is. The role that connects is taken to be the one that will
// run the plan: what it owns reads as owned by whoever runs the migration.
// The sizes of its tables grade the plan's hazards (Result.Hazards).
func Database(url string) State { return state{planner.URLSource(url)} }

// SchemaDir is the desired state declared in the .sql files under dir, in any
// file and statement order (see package parser). Positions in errors and
// warnings name the files under dir ("schema/tables/users.sql:3:1").
func SchemaDir(dir string) State { return state{planner.SchemaSource(dir)} }

// SchemaFS is SchemaDir for the .sql files of fsys (an embed.FS, an fstest.MapFS,
// a subdirectory from fs.Sub): positions name the files by their path in fsys.
func SchemaFS(fsys fs.FS) State { return state{planner.SchemaFSSource(fsys, "")} }

// MigrationDirs is the state the Flyway-style migrations in dirs build
// (V<version>__<name>.sql, R__<name>.sql): every location merged into one
// version order and replayed into a scratch database, with Flyway's default
// settings, as pgshape migrate applies them.
func MigrationDirs(dirs ...string) State {
	return state{planner.MigrationsSource(dirs, migrate.ReplayOptions{})}
}

// Migrations is the state the migrations in locations build, replayed with
// replay: the runner's placeholders, schemas and history table name (so that
// ${key} and unqualified names replay as migrate applies them), and the
// Target version to stop at. The history table replay names is left out of
// the comparison unless WithHistoryTable names another.
func Migrations(locations []migrate.Location, replay migrate.ReplayOptions) State {
	return state{planner.LocationsSource(locations, replay)}
}

// Catalog is a database as schema.Inspect read it, taken as that database
// (see Database), for a program that has read it already. Plan reads a copy:
// c is not changed. Read it as Plan reads databases: with
// schema.Options.WithOwners when WithOwners is given, and with the history
// table left out (schema.Inspect's default leaves Flyway's out).
func Catalog(c *model.Catalog) State { return state{planner.CatalogSource(c)} }
