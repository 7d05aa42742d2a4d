package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestChunkedParseIsWholeParse parses a file in chunks and at once: the
// result must be the same, with a BEGIN ATOMIC body (whose semicolons a cut
// may fall in) and rename annotations among the statements.
func TestChunkedParseIsWholeParse(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		if i == 200 {
			b.WriteString("CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql\nBEGIN ATOMIC\n  SELECT x * 2;\n  SELECT x * 2;\nEND;\n")
		}
		if i%50 == 7 {
			fmt.Fprintf(&b, "-- pgshape:renamed-from old_t%d\n", i)
		}
		fmt.Fprintf(&b, "CREATE TABLE t%d (id integer PRIMARY KEY, ref integer REFERENCES t%d (id), note text DEFAULT 'a;b');\n", i, max(i-1, 0))
		fmt.Fprintf(&b, "CREATE INDEX t%d_note ON t%d (note); COMMENT ON TABLE t%d IS 'table; %d';\n", i, i, i, i)
	}
	files := map[string]string{"schema.sql": b.String()}
	old := parseChunk
	defer func() { parseChunk = old }()

	parseChunk = 1 << 30
	whole, err := ParseFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{2 << 10, 16 << 10, 100 << 10} {
		parseChunk = size
		chunked, err := ParseFiles(files)
		if err != nil {
			t.Fatalf("chunks of %d bytes: %v", size, err)
		}
		if !reflect.DeepEqual(chunked, whole) {
			t.Errorf("chunks of %d bytes: the result differs from the whole file's", size)
		}
	}
	if len(whole.Renames) != 8 || len(whole.Statements) < 1200 {
		t.Errorf("%d renames, %d statements: the file did not read as written", len(whole.Renames), len(whole.Statements))
	}

	// The chunks are parsed: the statements of a chunk after the first have
	// their locations from it (base).
	parseChunk = 16 << 10
	f := &file{name: "schema.sql", content: files["schema.sql"]}
	tokens, err := scan(f.content)
	if err != nil {
		t.Fatal(err)
	}
	raws, ok := parseInChunks(f, significant(tokens))
	if !ok {
		t.Fatal("the file did not parse in chunks")
	}
	if raws[len(raws)-1].base == 0 {
		t.Error("the last statement's locations are not from its chunk")
	}
}
