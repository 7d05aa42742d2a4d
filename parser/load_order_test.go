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
