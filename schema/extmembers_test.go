package schema

import (
	"context"
	"reflect"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/model"
)

// An extension's objects, and what hangs on them (PostGIS puts INSTEAD rules on
// its geometry_columns view; an extension's table has indexes, triggers,
// policies, statistics, a serial sequence, grants and comments), are neither
// reported nor listed as unsupported. No contrib extension makes such objects,
// so ALTER EXTENSION ... ADD makes a table, a view and a function members, as
// an extension's script would have; what hangs on them is left as it was made.
// The user's own objects that use the extension's stay.
func TestExtensionObjectsAreLeftOut(t *testing.T) {
	cat := inspect(t, `CREATE EXTENSION citext;
		CREATE TABLE geo_columns (id serial PRIMARY KEY, name citext UNIQUE, srid int);
		CREATE INDEX geo_columns_srid ON geo_columns (srid);
		CREATE STATISTICS geo_columns_stats ON id, srid FROM geo_columns;
		CREATE FUNCTION geo_touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
		CREATE TRIGGER geo_columns_touch BEFORE UPDATE ON geo_columns FOR EACH ROW EXECUTE FUNCTION geo_touch();
		ALTER TABLE geo_columns ENABLE ROW LEVEL SECURITY;
		CREATE POLICY geo_columns_all ON geo_columns USING (true);
		CREATE RULE geo_columns_nodelete AS ON DELETE TO geo_columns DO INSTEAD NOTHING;
		COMMENT ON TABLE geo_columns IS 'made by the extension';
		GRANT SELECT ON geo_columns TO PUBLIC;
		CREATE VIEW geometry_columns AS SELECT name, srid FROM geo_columns;
		CREATE RULE geometry_columns_insert AS ON INSERT TO geometry_columns DO INSTEAD NOTHING;
		CREATE RULE geometry_columns_update AS ON UPDATE TO geometry_columns DO INSTEAD NOTHING;
		ALTER EXTENSION citext ADD TABLE geo_columns;
		ALTER EXTENSION citext ADD VIEW geometry_columns;
		ALTER EXTENSION citext ADD FUNCTION geo_touch();
		CREATE TABLE mine (id int PRIMARY KEY, name citext, srid int);
		CREATE INDEX mine_name ON mine (name);
		CREATE VIEW my_columns AS SELECT g.name, m.id FROM geometry_columns g JOIN mine m USING (srid)
			WHERE citext(g.name) = 'x';
		CREATE RULE mine_nodelete AS ON DELETE TO mine DO INSTEAD NOTHING`, Options{})

	if got, want := cat.TableNames(), []model.QName{qname("public", "mine")}; !reflect.DeepEqual(got, want) {
		t.Errorf("tables: got %v, want %v", got, want)
	}
	if got, want := cat.ViewNames(), []model.QName{qname("public", "my_columns")}; !reflect.DeepEqual(got, want) {
		t.Errorf("views: got %v, want %v", got, want)
	}
	if got := cat.SequenceNames(); len(got) != 0 {
		t.Errorf("sequences: got %v, want none (the serial column's belongs to the extension's table)", got)
	}
	if got := cat.FunctionSignatures(); len(got) != 0 {
		t.Errorf("functions: got %v, want none", got)
	}
	// The user's own rule is read; none of the extension's rules and statistics is.
	if got, want := cat.ObjectIDs(), []model.ObjectID{{Kind: model.KindRule, Name: qname("public", "mine"), Member: "mine_nodelete"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("objects: got %v, want %v", got, want)
	}
	if len(cat.Unsupported) != 0 {
		t.Errorf("unsupported: got %q, want none", cat.Unsupported)
	}
	for _, d := range cat.Dependencies {
		if d.From.Name.Name == "geo_columns" || d.To.Name.Name == "geo_columns" || d.To.Name.Name == "geometry_columns" {
			t.Errorf("dependency on an extension's object: %v", d)
		}
	}
}

// Every extension this server can install (PostgreSQL's contrib) leaves the
// catalog as an empty database's: nothing reported, nothing unsupported.
func TestEveryAvailableExtensionIsLeftOut(t *testing.T) {
	if testing.Short() {
		t.Skip("installs every available extension")
	}
	conn := newDatabase(t, "")
	ctx := context.Background()
	rows, err := conn.Query(ctx, "SELECT name FROM pg_catalog.pg_available_extensions ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	installed := 0
	for _, n := range names {
		// Some need a library preloaded or a language not installed: skipped.
		if _, err := conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS "+pgx.Identifier{n}.Sanitize()+" CASCADE"); err != nil {
			t.Logf("%s: %v", n, err)
			continue
		}
		installed++
	}
	if installed < 10 {
		t.Skipf("only %d extensions could be installed", installed)
	}
	cat, err := Inspect(ctx, conn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var count int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql'").Scan(&count); err != nil {
		t.Fatal(err)
	}
	if len(cat.Extensions) != count {
		t.Errorf("%d extensions reported, %d installed", len(cat.Extensions), count)
	}
	// Everything but the extensions themselves and the public schema.
	var found []string
	cat.Keep(func(id model.ObjectID) bool {
		if id != (model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: "public"}}) {
			found = append(found, id.String())
		}
		return true
	})
	found = append(found, cat.Unsupported...)
	for _, d := range cat.Dependencies {
		if d.From.Kind != model.KindExtension { // extensions depend on their schema and on each other
			found = append(found, d.From.String()+" -> "+d.To.String())
		}
	}
	if len(found) > 0 || len(cat.DefaultPrivileges) > 0 {
		t.Errorf("with %d extensions installed, the catalog holds %q and default privileges %v", count, found, cat.DefaultPrivileges)
	}
}
