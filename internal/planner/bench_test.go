package planner

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/parser"
)

// BenchmarkPlanGenerated runs the whole plan (parse, shadow load, inspection of both
// sides, diff, rehearsal) on realistic schemas made by the shared generator
// (shared/bench/gen.py: 5 schemas, tables of 5 to 30 columns with keys, indexes,
// foreign keys, checks, views, functions, triggers; about 2% of objects changed).
// Sizes: PGSHAPE_BENCH_TABLES, comma separated (default 100,1000; 10000 takes
// minutes per iteration). The generator is found at PGSHAPE_GEN_PY, else in
// ../shared/bench beside the project.
func BenchmarkPlanGenerated(b *testing.B) {
	for _, n := range benchSizes(b) {
		current, desiredDir := generateSchema(b, n)
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			url := pgtest.NewDatabase(b)
			pgtest.Exec(b, url, current)
			b.ResetTimer()
			for b.Loop() {
				res, err := Plan(context.Background(), Options{}, URLSource(url), SchemaSource(desiredDir))
				if err != nil {
					b.Fatal(err)
				}
				if res.Plan.Empty() {
					b.Fatal("empty plan: the generated desired state differs from the current one")
				}
			}
		})
	}
}

// BenchmarkParseGenerated parses the generated desired state alone.
func BenchmarkParseGenerated(b *testing.B) {
	for _, n := range benchSizes(b) {
		_, desiredDir := generateSchema(b, n)
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := parser.ParseDir(desiredDir); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchSizes(b *testing.B) []int {
	spec := os.Getenv("PGSHAPE_BENCH_TABLES")
	if spec == "" {
		spec = "100,1000"
	}
	var sizes []int
	for _, s := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			b.Fatalf("PGSHAPE_BENCH_TABLES: %q is not a list of table counts", spec)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// generateSchema runs the generator for n tables and returns the current schema's
// SQL and a directory holding the desired one.
func generateSchema(b *testing.B, n int) (current, desiredDir string) {
	b.Helper()
	gen := os.Getenv("PGSHAPE_GEN_PY")
	if gen == "" {
		gen = filepath.Join("..", "..", "..", "shared", "bench", "gen.py")
	}
	if _, err := os.Stat(gen); err != nil {
		b.Fatalf("benchmark: the schema generator gen.py is not at %s: set PGSHAPE_GEN_PY to its path", gen)
	}
	out := b.TempDir()
	cmd := exec.Command("python3", gen, "bench", strconv.Itoa(n), out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("benchmark: %s: %v\n%s", gen, err, msg)
	}
	cur, err := os.ReadFile(filepath.Join(out, "bench_current.sql"))
	if err != nil {
		b.Fatal(err)
	}
	desiredDir = filepath.Join(out, "schema")
	if err := os.Mkdir(desiredDir, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(filepath.Join(out, "bench_desired.sql"), filepath.Join(desiredDir, "schema.sql")); err != nil {
		b.Fatal(err)
	}
	return string(cur), desiredDir
}
