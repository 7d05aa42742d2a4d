package planner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// A new partition whose primary key backs its parent's unique index: CREATE TABLE
// ... PARTITION OF clones the parent's index before the key exists, PostgreSQL
// cannot move the attachment afterwards, and the rehearsal finds the partition with
// an index the desired state lacks. The plan is refused with the index named, never
// shown as done.
func TestPartitionIndexAttachmentThatCannotMove(t *testing.T) {
	cur := pgtest.NewDatabase(t)
	pgtest.Exec(t, cur, `
		CREATE TABLE t (k text NOT NULL, v int NOT NULL) PARTITION BY LIST (k);
		CREATE UNIQUE INDEX t_k_v ON t (k, v);`)
	dir := t.TempDir()
	desired := `
		CREATE TABLE t (k text NOT NULL, v int NOT NULL) PARTITION BY LIST (k);
		CREATE TABLE t_a PARTITION OF t (PRIMARY KEY (k, v)) FOR VALUES IN ('a');
		CREATE UNIQUE INDEX t_k_v ON t (k, v);`
	if err := os.WriteFile(filepath.Join(dir, "t.sql"), []byte(desired), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Plan(context.Background(), Options{DevURL: pgtest.Server().ConnString("postgres")}, URLSource(cur), SchemaSource(dir))
	if err == nil {
		t.Fatal("plan succeeded; want it refused: the partition's own index cannot be detached from the parent's")
	}
	for _, want := range []string{"t_a_k_v_idx", "cannot detach"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %q: %v", want, err)
		}
	}
}
