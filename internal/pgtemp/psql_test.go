package pgtemp

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The connection string is documented to work with psql too (users paste it).
func TestConnStringWorksWithPsql(t *testing.T) {
	ctx := context.Background()
	s, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	psql := filepath.Join(s.BinDir(), "psql")
	if _, err := exec.LookPath(psql); err != nil {
		t.Skipf("no psql beside the server binaries: %v", err)
	}
	out, err := exec.Command(psql, s.ConnString("postgres"), "-XAtc", "SELECT current_database()").CombinedOutput()
	if err != nil {
		t.Fatalf("psql: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "postgres" {
		t.Errorf("psql printed %q, want postgres", got)
	}
}
