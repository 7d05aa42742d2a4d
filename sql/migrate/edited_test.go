package migrate

import (
	"context"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// TestEdited migrates, then edits an applied versioned file and a repeatable
// one: only the versioned one is reported, with both checksums.
func TestEdited(t *testing.T) {
	url := pgtest.NewDatabase(t)
	files := map[string]string{
		"V1__users.sql":  "CREATE TABLE users (id int);\n",
		"V2__orders.sql": "CREATE TABLE orders (id int);\n",
		"R__views.sql":   "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;\n",
	}
	mustMigrate(t, testConfig(url, mapLocation("sql", files)))

	ctx := context.Background()
	edited, err := New(testConfig(url, mapLocation("sql", files))).Edited(ctx)
	if err != nil || len(edited) != 0 {
		t.Fatalf("untouched files: %v, %v; want none", edited, err)
	}

	files["V2__orders.sql"] = "CREATE TABLE orders (id bigint);\n"
	files["R__views.sql"] = "CREATE OR REPLACE VIEW v AS SELECT 2 AS one;\n"
	files["V3__pending.sql"] = "CREATE TABLE pending (id int);\n"
	edited, err = New(testConfig(url, mapLocation("sql", files))).Edited(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(edited) != 1 {
		t.Fatalf("got %v, want V2__orders.sql only", edited)
	}
	e := edited[0]
	oldSum := Checksum([]byte("CREATE TABLE orders (id int);\n"))
	if e.Script != "V2__orders.sql" || e.Version != "2" || e.Location != "sql" || e.Applied == nil ||
		*e.Applied != oldSum || e.Local != Checksum([]byte(files["V2__orders.sql"])) {
		t.Errorf("got %+v (applied %v), want V2__orders.sql version 2, applied %d, local %d",
			e, e.Applied, oldSum, Checksum([]byte(files["V2__orders.sql"])))
	}

	// A database that never ran a migration has nothing edited.
	fresh := pgtest.NewDatabase(t)
	if edited, err := New(testConfig(fresh, mapLocation("sql", files))).Edited(ctx); err != nil || len(edited) != 0 {
		t.Errorf("no history table: %v, %v; want none", edited, err)
	}
}
