package pgshape_test

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape"
	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/sql/migrate"
)

// Plan a schema directory against a database: here a database that has the
// customers table and not yet the orders table the schema declares. The
// embedded server stands in for the database and holds the scratch
// databases too; with a database of your own, give its URL to
// pgshape.Database and leave WithScratch out.
func ExamplePlan() {
	ctx := context.Background()
	srv, err := pgshape.StartEmbedded(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	url, err := srv.CreateDatabase(ctx, "app")
	if err != nil {
		log.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		log.Fatal(err)
	}
	_, err = conn.Exec(ctx, `CREATE TABLE customers (
		id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, name text)`)
	conn.Close(ctx)
	if err != nil {
		log.Fatal(err)
	}

	result, err := pgshape.Plan(ctx, pgshape.Database(url), pgshape.SchemaDir("testdata/app/schema"),
		pgshape.WithScratch(srv))
	if err != nil {
		log.Fatal(err)
	}
	// pgshape plan's policy: data loss and table rewrites refused unless
	// allowed by kind (differ.AllowHazards), once reviewed.
	if err := result.Refused(differ.HazardPolicy{}); err != nil {
		log.Fatal(err)
	}
	fmt.Print(result.Plan.SQL())
	// Output:
	// SET LOCAL lock_timeout = '300ms';
	// SET LOCAL statement_timeout = '1min';
	//
	// CREATE TABLE public.orders (
	//     id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
	//     customer_id bigint NOT NULL,
	//     total numeric(10,2) NOT NULL,
	//     CONSTRAINT orders_pkey PRIMARY KEY (id)
	// );
	//
	// CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);
	//
	// ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
}

// Assert that the migrations build what the schema files declare: the check
// pgshape check makes in CI, as a Go test of a service's own. In a test,
// report the plan with t.Errorf instead of printing it.
func ExamplePlan_migrationsMatchSchema() {
	ctx := context.Background()
	srv, err := pgshape.StartEmbedded(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()

	result, err := pgshape.Plan(ctx, pgshape.MigrationDirs("testdata/app/sql"), pgshape.SchemaDir("testdata/app/schema"),
		pgshape.WithScratch(srv))
	if err != nil {
		log.Fatal(err)
	}
	if !result.Plan.Empty() {
		fmt.Printf("schema/ and sql/ disagree; the missing migration:\n%s", result.Plan.SQL())
		return
	}
	fmt.Printf("in sync: %d tables\n", len(result.Desired.Tables))
	// Output: in sync: 2 tables
}

// The migrations and the schema files shipped inside the program.
//
//go:embed testdata/app/sql testdata/app/schema
var files embed.FS

// Run the migrations embedded in a program at its start-up, with the
// runner of package migrate (Flyway's history table, advisory lock, one
// transaction per file), then check the database against the embedded
// schema files.
func Example_migrateAtStartup() {
	ctx := context.Background()
	srv, err := pgshape.StartEmbedded(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	url, err := srv.CreateDatabase(ctx, "app")
	if err != nil {
		log.Fatal(err)
	}

	migrations, err := fs.Sub(files, "testdata/app/sql")
	if err != nil {
		log.Fatal(err)
	}
	runner := migrate.New(migrate.Config{
		Locations: []migrate.Location{{Name: "sql", FS: migrations}},
		Connect:   func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, url) },
	})
	summary, err := runner.Migrate(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range summary.Applied {
		fmt.Printf("applied V%s %s\n", m.Version, m.Description)
	}

	schema, err := fs.Sub(files, "testdata/app/schema")
	if err != nil {
		log.Fatal(err)
	}
	result, err := pgshape.Plan(ctx, pgshape.Database(url), pgshape.SchemaFS(schema), pgshape.WithScratch(srv))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("database matches the schema:", result.Plan.Empty())
	// Output:
	// applied V1 customers
	// applied V2 orders
	// database matches the schema: true
}
