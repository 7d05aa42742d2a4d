package pgtest

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { Main(m) }

func TestNewDatabaseAndExec(t *testing.T) {
	url := NewDatabase(t)
	Exec(t, url, "CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2);")

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM t").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("count = %d, want 2", n)
	}
}

func TestDatabasesAreSeparate(t *testing.T) {
	for i := 0; i < 2; i++ {
		t.Run("sub", func(t *testing.T) {
			t.Parallel()
			url := NewDatabase(t)
			// Would fail in the second subtest if both shared a database.
			Exec(t, url, "CREATE TABLE only_once (id int)")
		})
	}
}

func TestDatabaseName(t *testing.T) {
	tests := []struct {
		test string
		seq  int64
		want string
	}{
		{"TestFoo", 1, "t_testfoo_1"},
		{"TestFoo/sub case#01", 12, "t_testfoo_sub_case_01_12"},
		{"TestÜber", 3, "t_test_ber_3"},
		{strings.Repeat("x", 100), 7, "t_" + strings.Repeat("x", 59) + "_7"},
	}
	for _, tt := range tests {
		got := databaseName(tt.test, tt.seq)
		if got != tt.want {
			t.Errorf("databaseName(%q, %d) = %q, want %q", tt.test, tt.seq, got, tt.want)
		}
		if len(got) > maxIdentifier {
			t.Errorf("databaseName(%q, %d) is %d bytes, over %d", tt.test, tt.seq, len(got), maxIdentifier)
		}
	}
}
