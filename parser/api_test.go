package parser

import (
	"errors"
	"strings"
	"testing"
)

// TestRowTypeCycle: two tables whose columns use each other's row type cannot be
// ordered, and the error names both statements.
func TestRowTypeCycle(t *testing.T) {
	_, err := ParseFiles(map[string]string{
		"a.sql": "CREATE TABLE a (id int, b_row b);",
		"b.sql": "CREATE TABLE b (id int, a_row a);",
	})
	if err == nil {
		t.Fatal("ParseFiles succeeded, want a cycle error")
	}
	for _, want := range []string{"cycle", "CREATE TABLE (a.sql:1:1)", "CREATE TABLE (b.sql:1:1)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

// TestJoinedErrors: every file's errors are reported, each a *Error reachable with
// errors.As, sorted by file and line.
func TestJoinedErrors(t *testing.T) {
	_, err := ParseFiles(map[string]string{
		"b.sql": "CREATE CONVERSION c FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;",
		"a.sql": "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);",
	})
	if err == nil {
		t.Fatal("ParseFiles succeeded, want errors")
	}
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		t.Fatalf("error %T does not join several errors", err)
	}
	var got []string
	for _, e := range joined.Unwrap() {
		var pe *Error
		if !errors.As(e, &pe) {
			t.Fatalf("error %T is not a *parser.Error", e)
		}
		got = append(got, pe.Source.String())
	}
	if want := "a.sql:2:1 b.sql:1:1"; strings.Join(got, " ") != want {
		t.Errorf("sources %q, want %q", got, want)
	}
}

// TestSplitStatementsKeepSource: the parts split off a statement point at it, and the
// statements as written are returned byte for byte, comments before them left out.
func TestSplitStatementsKeepSource(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"s.sql": "-- leading comment\n\n  CREATE TABLE a (id int PRIMARY KEY, up int REFERENCES a) ;\nCREATE INDEX ON a (up) -- trailing\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, s.Kind+"|"+s.Source.String()+"|"+s.SQL)
	}
	want := []string{
		"CREATE TABLE|s.sql:3:3|CREATE TABLE a (id int PRIMARY KEY, up int)",
		"ALTER TABLE|s.sql:3:3|ALTER TABLE a ADD FOREIGN KEY (up) REFERENCES a",
		"CREATE INDEX|s.sql:4:1|CREATE INDEX ON a (up)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNulByte(t *testing.T) {
	_, err := ParseFiles(map[string]string{"n.sql": "CREATE TABLE t (id int);\x00DROP TABLE t;"})
	if err == nil || !strings.Contains(err.Error(), "n.sql:1:25: file contains a NUL byte") {
		t.Errorf("error %v, want a NUL byte error at n.sql:1:25", err)
	}
}
