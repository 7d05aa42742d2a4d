package parser

import (
	"strings"
	"testing"
)

// TestOwnedSequenceBeforeTableOwner: a sequence made OWNED BY a column, in a file
// of its own as pull writes it, loads before the table gets another owner, since
// OWNED BY needs both under one owner and the new owner cascades to the sequence.
func TestOwnedSequenceBeforeTableOwner(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"app/sequences/t_id_seq.sql": "CREATE SEQUENCE app.t_id_seq AS integer;\nALTER SEQUENCE app.t_id_seq OWNED BY app.t.id;",
		"app/tables/t.sql":           "CREATE TABLE app.t (id integer DEFAULT nextval('app.t_id_seq'::regclass) NOT NULL);\nALTER TABLE app.t OWNER TO someone;",
		"app/schema.sql":             "CREATE SCHEMA app;",
	})
	if err != nil {
		t.Fatal(err)
	}
	ownedBy, owner := -1, -1
	for i, s := range res.Statements {
		switch {
		case strings.Contains(s.SQL, "OWNED BY"):
			ownedBy = i
		case strings.Contains(s.SQL, "OWNER TO"):
			owner = i
		}
	}
	if ownedBy < 0 || owner < 0 || ownedBy > owner {
		var got []string
		for _, s := range res.Statements {
			got = append(got, s.SQL)
		}
		t.Errorf("load order:\n%s\nwant OWNED BY before ALTER TABLE ... OWNER TO", strings.Join(got, "\n"))
	}
}

// TestPartitionIndexBeforeParentIndex: an index made by hand on a partition and
// attached to its parent's index loads before the parent's index, which would
// otherwise create one of its own on the partition under a generated name,
// whatever the order of the files.
func TestPartitionIndexBeforeParentIndex(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"a_logs.sql":      "CREATE TABLE logs (at date NOT NULL) PARTITION BY RANGE (at);\nCREATE INDEX logs_at_idx ON logs (at);",
		"b_logs_2025.sql": "CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE INDEX logs_2025_by_time ON logs_2025 (at);\nALTER INDEX logs_at_idx ATTACH PARTITION logs_2025_by_time;",
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, s.SQL)
	}
	order := strings.Join(got, "\n")
	if strings.Index(order, "logs_2025_by_time") > strings.Index(order, "logs_at_idx") {
		t.Errorf("load order:\n%s\nwant the partition's index before its parent's", order)
	}
}

// TestOverloadsCallingTheirOwnName: SQL functions whose bodies call another overload
// of their own name (as pgTAP's do) wait for the overloads taking as many
// arguments as they pass, not for all of them, which would make a cycle: label,
// written in the order it loads, and has_check, written the other way round (as pull
// may write them). A function of another name calling them still waits for every
// overload, whatever the order of the files.
func TestOverloadsCallingTheirOwnName(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"a_report.sql": "CREATE FUNCTION report() RETURNS text AS $$ SELECT label(1, 'done') $$ LANGUAGE sql;",
		"b_label.sql": "CREATE FUNCTION label(msg text) RETURNS text AS $$ SELECT '# ' || $1 $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION label(n integer) RETURNS text AS $$ SELECT label($1::text) $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION label(n integer, msg text) RETURNS text AS $$ SELECT label($1) || $2 $$ LANGUAGE sql;",
		"c_check.sql": "CREATE FUNCTION has_check(t name, c name) RETURNS text AS $$ SELECT has_check($1, $2, 'has a check') $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION has_check(t name, c name, d text) RETURNS text AS $$ SELECT has_check($1, ARRAY[$2], $3) $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION has_check(t name, cs name[], d text) RETURNS text AS $$ SELECT $3 $$ LANGUAGE sql;",
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, s.SQL)
	}
	order := strings.Join(got, "\n")
	text := strings.Index(order, "label(msg text)")
	one := strings.Index(order, "label(n integer)")
	two := strings.Index(order, "label(n integer, msg text)")
	report := strings.Index(order, "report()")
	if text < 0 || !(text < one && one < two && two < report) {
		t.Errorf("load order:\n%s\nwant the label overloads as written, then report()", order)
	}
	arr := strings.Index(order, "has_check(t name, cs name[], d text)")
	three := strings.Index(order, "has_check(t name, c name, d text)")
	twoNames := strings.Index(order, "has_check(t name, c name)")
	if arr < 0 || !(arr < three && three < twoNames) {
		t.Errorf("load order:\n%s\nwant the has_check overloads in the reverse of written order", order)
	}
}

// TestPolymorphicSQLFunctionsDoNotWaitForTheirBody: PostgreSQL checks the body of a
// LANGUAGE sql function with a polymorphic argument only when it is called, so
// pgTAP's _cdi(name, name, anyelement), which calls col_default_is, which calls
// _cdi, loads without a cycle; a function of fixed types still waits for the
// functions its body calls.
func TestPolymorphicSQLFunctionsDoNotWaitForTheirBody(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"a.sql": "CREATE FUNCTION _cdi(name, name, anyelement) RETURNS text AS $$ SELECT col_default_is($1, $2, $3, 'x') $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION col_default_is(name, name, text, text) RETURNS text AS $$ SELECT _cdi($1, $2, $3) || $4 $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION early() RETURNS text AS $$ SELECT later() $$ LANGUAGE sql;\n" +
			"CREATE FUNCTION later() RETURNS text AS $$ SELECT 'x'::text $$ LANGUAGE sql;",
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, s.SQL)
	}
	order := strings.Join(got, "\n")
	if strings.Index(order, "early()") < strings.Index(order, "later()") {
		t.Errorf("load order:\n%s\nwant later() before early(), which calls it", order)
	}
}

// TestAggregateAfterItsStateFunctionOfTheSameName: an aggregate named after its
// state function (LedgerSMB's compound_array) waits for it, in whatever file it
// is, as pull writes aggregates and functions in folders of their own.
func TestAggregateAfterItsStateFunctionOfTheSameName(t *testing.T) {
	res, err := ParseFiles(map[string]string{
		"public/aggregates/compound_array.sql": "CREATE AGGREGATE compound_array(anyarray) (SFUNC = compound_array, STYPE = anyarray, INITCOND = '{}');",
		"public/functions/compound_array.sql":  "CREATE FUNCTION compound_array(anyarray, anyarray) RETURNS anyarray AS $$ SELECT $1 || $2 $$ LANGUAGE sql;",
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, s.SQL)
	}
	order := strings.Join(got, "\n")
	if strings.Index(order, "CREATE AGGREGATE") < strings.Index(order, "CREATE FUNCTION") {
		t.Errorf("load order:\n%s\nwant the state function first", order)
	}
}
