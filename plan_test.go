package pgshape_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape"
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/parser"
	"github.com/pgshape/pgshape/schema"
)

func scratch() pgshape.Option {
	return pgshape.WithScratch(pgshape.DevURL(pgtest.Server().ConnString("postgres")))
}

// A database with a table the schema lacks: the plan drops it, and that is
// refused unless data loss is allowed, naming the table.
func TestPlanRefusesDataLoss(t *testing.T) {
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, "CREATE TABLE legacy (id int)")
	result, err := pgshape.Plan(context.Background(), pgshape.Database(url), pgshape.SchemaDir("testdata/app/schema"), scratch())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(result.Plan.SQL(), "DROP TABLE public.legacy") {
		t.Errorf("plan does not drop the table:\n%s", result.Plan.SQL())
	}
	if len(result.Hazards) != 1 || result.Hazards[0].Kind != differ.DataLoss || result.Hazards[0].Change.Object().Name.Name != "legacy" {
		t.Errorf("hazards %+v, want data loss on public.legacy", result.Hazards)
	}
	var refused *differ.RefusedError
	if err := result.Refused(differ.HazardPolicy{}); !errors.As(err, &refused) || len(refused.Hazards) != 1 ||
		!strings.Contains(err.Error(), "public.legacy") {
		t.Errorf("Refused by the default policy: %v, want one data-loss hazard on public.legacy", err)
	}
	if err := result.Refused(differ.AllowHazards(differ.DataLoss)); err != nil {
		t.Errorf("Refused with data-loss allowed: %v, want nil", err)
	}
	if len(result.Current.Tables) != 1 || len(result.Desired.Tables) != 2 {
		t.Errorf("catalogs: %d current and %d desired tables, want 1 and 2", len(result.Current.Tables), len(result.Desired.Tables))
	}
}

// A catalog read already is the database it was read from: the same plan,
// and the catalog is not changed by it (the scope is applied to a copy).
func TestPlanFromCatalog(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	pgtest.Exec(t, url, "CREATE SCHEMA audit; CREATE TABLE audit.log (at timestamptz); CREATE TABLE customers (id int)")
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	catalog, err := schema.Inspect(ctx, conn, schema.Options{})
	conn.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	desired := pgshape.SchemaDir("testdata/app/schema")
	fromDatabase, err := pgshape.Plan(ctx, pgshape.Database(url), desired, scratch(), pgshape.WithExcludeSchemas("audit"))
	if err != nil {
		t.Fatal(err)
	}
	fromCatalog, err := pgshape.Plan(ctx, pgshape.Catalog(catalog), desired, scratch(), pgshape.WithExcludeSchemas("audit"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fromCatalog.Plan.SQL(), fromDatabase.Plan.SQL(); got != want {
		t.Errorf("plan from the catalog:\n%s\nwant the database's:\n%s", got, want)
	}
	if catalog.Schemas["audit"] == nil || len(catalog.Tables) != 2 {
		t.Errorf("the catalog given was changed: schemas %v, %d tables", catalog.SchemaNames(), len(catalog.Tables))
	}
}

// Schema files from an fs.FS are named by their path in it, in errors too.
func TestPlanSchemaFS(t *testing.T) {
	files := fstest.MapFS{
		"tables/t.sql":  {Data: []byte("CREATE TABLE t (id int);\n")},
		"views/v.sql":   {Data: []byte("CREATE VIEW v AS SELECT id FROM t;\n")},
		".hidden/x.sql": {Data: []byte("not even SQL")},
		"README.md":     {Data: []byte("not SQL either")},
	}
	result, err := pgshape.Plan(context.Background(), pgshape.MigrationDirs("testdata/app/sql"), pgshape.SchemaFS(files), scratch(),
		pgshape.WithLog(t.Logf))
	if err != nil {
		t.Fatal(err)
	}
	if sql := result.Plan.SQL(); !strings.Contains(sql, "CREATE TABLE public.t") || !strings.Contains(sql, "CREATE VIEW public.v") {
		t.Errorf("plan lacks the table and the view:\n%s", sql)
	}

	files["tables/broken.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE u (id int,);\n")}
	_, err = pgshape.Plan(context.Background(), pgshape.MigrationDirs("testdata/app/sql"), pgshape.SchemaFS(files), scratch())
	var pe *parser.Error
	if !errors.As(err, &pe) || pe.Source.File != "tables/broken.sql" || pe.Source.Line != 1 {
		t.Errorf("error %v, want a *parser.Error at tables/broken.sql:1", err)
	}
}

// A scratch server that cannot be reached is an error errors.Is tells apart.
func TestScratchUnavailable(t *testing.T) {
	_, err := pgshape.Plan(context.Background(), pgshape.MigrationDirs("testdata/app/sql"), pgshape.SchemaDir("testdata/app/schema"),
		pgshape.WithScratch(pgshape.DevURL("host=/nonexistent/socket/dir dbname=postgres connect_timeout=2")))
	if !errors.Is(err, pgshape.ErrScratchUnavailable) {
		t.Errorf("error %v, want one matching ErrScratchUnavailable", err)
	}
}
