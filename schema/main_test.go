package schema

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// newDatabase returns a fresh database holding setup, and a connection to it closed
// when the test ends. tracer, when not nil, sees every statement the connection sends.
func newDatabase(t testing.TB, setup string, tracer ...pgx.QueryTracer) *pgx.Conn {
	t.Helper()
	url := pgtest.NewDatabase(t)
	if setup != "" {
		pgtest.Exec(t, url, setup)
	}
	config, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatalf("parse connection string: %v", err)
	}
	if len(tracer) > 0 {
		config.Tracer = tracer[0]
	}
	conn, err := pgx.ConnectConfig(context.Background(), config)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// inspect loads setup into a fresh database and reads it back. It also reads it
// with every query run, whatever the database holds, which must give the same
// catalog: Inspect leaves out only the queries that would return nothing.
func inspect(t testing.TB, setup string, opts Options) *model.Catalog {
	t.Helper()
	conn := newDatabase(t, setup)
	cat, err := Inspect(context.Background(), conn, opts)
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}
	every, err := inspectCatalog(context.Background(), conn, opts, false)
	if err != nil {
		t.Fatalf("Inspect with every query: %v", err)
	}
	if !reflect.DeepEqual(cat, every) {
		t.Errorf("Inspect differs from a read that runs every query:\n%s\nevery query:\n%s", show(cat), show(every))
	}
	return cat
}

// publicTable returns the named public table or fails the test.
func publicTable(t testing.TB, cat *model.Catalog, name string) *model.Table {
	t.Helper()
	tab := cat.Tables[model.QName{Schema: "public", Name: name}]
	if tab == nil {
		t.Fatalf("table public.%s not found; tables: %v", name, cat.TableNames())
	}
	return tab
}

// show renders a value for failure messages; JSON spells out pointers' contents.
func show(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func qname(schema, name string) model.QName { return model.QName{Schema: schema, Name: name} }

// inspectWithRoles is inspect for setups that name roles: each {name} in setup
// becomes a role created for this test alone (roles are cluster-wide), quoted, and
// dropped with everything granted to it when the test ends. It returns the catalog
// and the role names by placeholder.
func inspectWithRoles(t testing.TB, setup string, placeholders ...string) (*model.Catalog, map[string]string) {
	t.Helper()
	return inspectWithRolesOptions(t, Options{}, setup, placeholders...)
}

// inspectWithRolesOptions is inspectWithRoles with Inspect's options.
func inspectWithRolesOptions(t testing.TB, opts Options, setup string, placeholders ...string) (*model.Catalog, map[string]string) {
	t.Helper()
	url := pgtest.NewDatabase(t)
	config, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatalf("parse connection string: %v", err)
	}
	// The database name ends with a sequence number unique within the server.
	db := config.Database
	unique := db[strings.LastIndexByte(db, '_')+1:]
	roles := map[string]string{}
	for _, p := range placeholders {
		role := p + "_" + unique
		roles[p] = role
		quoted := pgx.Identifier{role}.Sanitize()
		pgtest.Exec(t, url, "CREATE ROLE "+quoted)
		t.Cleanup(func() { pgtest.Exec(t, url, "DROP OWNED BY "+quoted+"; DROP ROLE "+quoted) })
		setup = strings.ReplaceAll(setup, "{"+p+"}", quoted)
	}
	pgtest.Exec(t, url, setup)
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	cat, err := Inspect(context.Background(), conn, opts)
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}
	return cat, roles
}

// requireMajor skips the test on servers older than major, whose setup it cannot
// even express (COMPRESSION and multiranges are 14's, NULLS NOT DISTINCT 15's). 0
// runs everywhere. What such a server reads instead (no compression, no multirange)
// is what every other case of the test checks.
func requireMajor(t testing.TB, major int) {
	t.Helper()
	if got := pgtest.Major(t); got < major {
		t.Skipf("needs PostgreSQL %d, the server runs %d", major, got)
	}
}
