package parser_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// roundTripSeed is one seed input with a name for subtests.
type roundTripSeed struct {
	name, sql string
}

// roundTripSeeds returns the contents of every .sql file under
// testdata/parse/*/schema, at any depth, sorted by path; then, for every case of
// several files, the files joined into one (most of those files name objects
// declared in the others, so alone they are rejected and test nothing).
func roundTripSeeds(tb testing.TB) []roundTripSeed {
	tb.Helper()
	var paths []string
	err := filepath.WalkDir("testdata/parse", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".sql") {
			return nil
		}
		if !strings.Contains(filepath.ToSlash(path), "/schema/") {
			return nil
		}
		paths = append(paths, path)
		return nil
	})
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	sort.Strings(paths)
	var seeds []roundTripSeed
	cases := map[string][]string{}
	var caseNames []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		name := strings.TrimPrefix(filepath.ToSlash(p), "testdata/parse/")
		seeds = append(seeds, roundTripSeed{name, string(b)})
		c := name[:strings.Index(name, "/schema/")]
		if cases[c] == nil {
			caseNames = append(caseNames, c)
		}
		cases[c] = append(cases[c], string(b))
	}
	for _, c := range caseNames {
		if len(cases[c]) > 1 {
			seeds = append(seeds, roundTripSeed{c + "/schema/*", strings.Join(cases[c], "\n;\n")})
		}
	}
	return seeds
}

// FuzzRoundTrip: whatever the parser accepts must survive parse → model → emitted
// SQL → parse unchanged. The emitter writes the changes that create the parsed
// catalog from an empty database; the parser must accept that SQL and read it back
// as the same catalog (sources aside). Invalid input may be rejected, never panic.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range roundTripSeeds(f) {
		f.Add(s.sql)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkRoundTrip(t, src)
	})
}

// TestRoundTripSeeds runs the round trip over every seed file, so that a plain
// go test checks it without -fuzz.
func TestRoundTripSeeds(t *testing.T) {
	for _, s := range roundTripSeeds(t) {
		t.Run(s.name, func(t *testing.T) {
			checkRoundTrip(t, s.sql)
		})
	}
}

func checkRoundTrip(t *testing.T, src string) {
	t.Helper()
	_, m1, err := parser.ParseFilesCatalog(map[string]string{"a.sql": src})
	if err != nil {
		return
	}
	// The plan starts from a database as it comes: public exists, with no comment
	// and no privileges of the files' (the parser's reading of an empty file), so
	// a COMMENT ON SCHEMA public or GRANT ON SCHEMA public in the input is emitted
	// and read back too.
	base := model.NewCatalog()
	if s, ok := m1.Schemas["public"]; ok {
		base.Schemas["public"] = &model.Schema{Name: s.Name}
	}
	changes, err := differ.Diff(base, m1)
	if err != nil {
		var ue *differ.UnsupportedError
		if errors.As(err, &ue) {
			return
		}
		t.Fatalf("differ.Diff: %v\ninput:\n%s", err, src)
	}
	sql := emitter.Emit(changes).SQL()
	_, m2, err := parser.ParseFilesCatalog(map[string]string{"b.sql": sql})
	if err != nil {
		t.Fatalf("the parser rejects the emitted SQL: %v\ninput:\n%s\nemitted:\n%s", err, src, sql)
	}
	normalise(m1)
	normalise(m2)
	if !reflect.DeepEqual(m1, m2) {
		t.Fatalf("the catalog read back differs (- parsed, + read back from the emitted SQL):\n%s\ninput:\n%s\nemitted:\n%s",
			catalogDiff(m1, m2), src, sql)
	}
}

// normalise clears what legitimately differs between the catalog of the input and
// that of the emitted SQL: every Source (the objects come from another file, at
// other lines), and the order of Dependencies, which follows the order the
// statements were read in and means nothing.
func normalise(c *model.Catalog) {
	clearSources(reflect.ValueOf(c))
	sort.Slice(c.Dependencies, func(i, j int) bool {
		return fmt.Sprint(c.Dependencies[i]) < fmt.Sprint(c.Dependencies[j])
	})
}

var sourceType = reflect.TypeOf(model.Source{})

// clearSources sets every model.Source reachable from v to its zero value.
func clearSources(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			clearSources(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == sourceType {
			if v.CanSet() {
				v.Set(reflect.Zero(sourceType))
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			clearSources(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			clearSources(v.Index(i))
		}
	case reflect.Map:
		// Map values are not addressable: the catalog's maps hold pointers, which
		// clearSources follows; a map of plain structs would need a copy back.
		iter := v.MapRange()
		for iter.Next() {
			e := iter.Value()
			if e.Kind() == reflect.Struct {
				cp := reflect.New(e.Type()).Elem()
				cp.Set(e)
				clearSources(cp)
				v.SetMapIndex(iter.Key(), cp)
				continue
			}
			clearSources(e)
		}
	}
}

// catalogDiff renders both catalogs as indented JSON and returns their line diff,
// changed lines with three lines of context.
func catalogDiff(a, b *model.Catalog) string {
	ja, jb := catalogJSON(a), catalogJSON(b)
	dmp := diffmatchpatch.New()
	ra, rb, lines := dmp.DiffLinesToRunes(ja, jb)
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), lines)
	var all []string
	var changed []bool
	for _, d := range diffs {
		prefix := "  "
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			prefix = "- "
		case diffmatchpatch.DiffInsert:
			prefix = "+ "
		}
		for _, l := range strings.SplitAfter(d.Text, "\n") {
			if l != "" {
				all = append(all, prefix+l)
				changed = append(changed, d.Type != diffmatchpatch.DiffEqual)
			}
		}
	}
	const context = 3
	var out strings.Builder
	last := -1
	for i := range all {
		near := false
		for j := max(0, i-context); j <= min(len(all)-1, i+context); j++ {
			near = near || changed[j]
		}
		if !near {
			continue
		}
		if last >= 0 && i > last+1 {
			out.WriteString("  ...\n")
		}
		out.WriteString(all[i])
		last = i
	}
	return out.String()
}

func catalogJSON(c *model.Catalog) string {
	b, err := json.MarshalIndent(jsonable(reflect.ValueOf(c)), "", "  ")
	if err != nil {
		return fmt.Sprintf("(cannot render: %v)\n%#v\n", err, c)
	}
	return string(b) + "\n"
}

// jsonable turns v into values encoding/json can render: maps keyed by QName (which
// is no TextMarshaler) become maps keyed by the name's SQL spelling.
func jsonable(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return jsonable(v.Elem())
	case reflect.Struct:
		m := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				m[f.Name] = jsonable(v.Field(i))
			}
		}
		return m
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonable(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		m := map[string]any{}
		iter := v.MapRange()
		for iter.Next() {
			m[fmt.Sprint(iter.Key().Interface())] = jsonable(iter.Value())
		}
		return m
	}
	return v.Interface()
}
