package schema

import (
	"testing"
)

// TestTableStats checks the size read along with each table: the planner's row
// estimate once analyzed (unknown, -1, before), and the size on disk, which
// counts the heap and the indexes.
func TestTableStats(t *testing.T) {
	const setup = `CREATE TABLE big (id int PRIMARY KEY, note text);
		INSERT INTO big SELECT i, repeat('x', 100) FROM generate_series(1, 20000) i;
		ANALYZE big;
		CREATE TABLE fresh (id int);
		CREATE TABLE parent (a int) PARTITION BY RANGE (a)`
	cat := inspect(t, setup, Options{})
	big := publicTable(t, cat, "big").Stats
	if big == nil {
		t.Fatal("big: no stats")
	}
	if big.Rows != 20000 {
		t.Errorf("big: rows %d, want 20000 (analyzed)", big.Rows)
	}
	// 20,000 rows of about 130 bytes: over 2.5 MB of heap, and the primary key.
	if big.Bytes < 2_500_000 || big.Bytes > 10_000_000 {
		t.Errorf("big: %d bytes, want between 2.5 and 10 MB", big.Bytes)
	}
	if fresh := publicTable(t, cat, "fresh").Stats; fresh == nil || fresh.Rows != -1 || fresh.Bytes != 0 {
		t.Errorf("fresh: stats %+v, want rows -1 (never analyzed) and 0 bytes", fresh)
	}
	if parent := publicTable(t, cat, "parent").Stats; parent == nil || parent.Bytes != 0 {
		t.Errorf("parent: stats %+v, want 0 bytes (a partitioned table's rows are in its partitions)", parent)
	}
}
