package migrate

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// infoRowsForRendering covers every column and several states, with fixed
// times, for the golden files.
func infoRowsForRendering() []InfoRow {
	on := time.Date(2026, 1, 2, 15, 4, 5, 0, time.UTC)
	sum := int32(92137680)
	row := func(rank int) *HistoryRow { return &HistoryRow{Rank: rank} }
	return []InfoRow{
		{Type: TypeSchema, Description: "<< Flyway Schema Creation >>", Script: `"app"`, InstalledOn: &on, InstalledBy: "app", State: StateSuccess, row: row(0)},
		{Category: "Versioned", Version: "1", Description: "<< Flyway Baseline >>", Type: TypeBaseline, Script: "<< Flyway Baseline >>",
			InstalledRank: 1, InstalledOn: &on, InstalledBy: "app", State: StateBaseline, row: row(1)},
		{Category: "Versioned", Version: "002", Description: "add users", Type: TypeSQL, Script: "V002__add_users.sql", Location: "sql",
			Checksum: &sum, InstalledRank: 2, InstalledOn: &on, InstalledBy: "app", ExecutionTime: 12, State: StateSuccess, row: row(2)},
		{Category: "Versioned", Version: "3", Description: "index", Type: TypeSQL, Script: "V3__index.sql", Location: "sql",
			Checksum: &sum, InstalledRank: 3, InstalledOn: &on, InstalledBy: "app", ExecutionTime: 40, State: StateFailed, row: row(3)},
		{Category: "Versioned", Version: "4", Description: "more", Type: TypeSQL, Script: "V4__more.sql", Location: "sql-local",
			Checksum: &sum, State: StatePending},
		{Category: "Repeatable", Description: "views", Type: TypeSQL, Script: "R__views.sql", Location: "sql", Checksum: &sum, State: StatePending},
	}
}

func TestInfoRendering(t *testing.T) {
	for _, format := range []struct {
		file  string
		write func(*bytes.Buffer, []InfoRow) error
	}{
		{"info.txt", func(b *bytes.Buffer, rows []InfoRow) error { return WriteInfoText(b, rows) }},
		{"info.json", func(b *bytes.Buffer, rows []InfoRow) error { return WriteInfoJSON(b, rows) }},
	} {
		var got bytes.Buffer
		if err := format.write(&got, infoRowsForRendering()); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "info", format.file)
		if *update {
			if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s:\n%s\nwant:\n%s", format.file, got.String(), want)
		}
	}
	if got := CurrentVersion(infoRowsForRendering()); got != "002" {
		t.Errorf("CurrentVersion = %q, want 002", got)
	}
}

// BenchmarkMigrate1000 applies 1,000 one-statement files to a fresh database
// per iteration and reports the time per file.
func BenchmarkMigrate1000(b *testing.B) {
	const n = 1000
	files := map[string]string{}
	for v := 1; v <= n; v++ {
		files[fmt.Sprintf("V%d__step.sql", v)] = fmt.Sprintf("CREATE TABLE t%d (id int);\n", v)
	}
	loc := mapLocation("sql", files)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		url := pgtest.NewDatabase(b)
		b.StartTimer()
		sum, err := New(testConfig(url, loc)).Migrate(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if len(sum.Applied) != n {
			b.Fatalf("applied %d", len(sum.Applied))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/file")
}
