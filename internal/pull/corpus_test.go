package pull

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// TestPullCorpus runs the round trip (load, pull, plan empty, pull again) over
// the desired side of every case of an external conformance corpus,
// <corpus>/<source>/<case>/desired.sql, when PGSHAPE_CORPUS names it. A case
// whose desired.sql does not load on this server is invalid and skipped, as the
// corpus's own runner does.
func TestPullCorpus(t *testing.T) {
	root := os.Getenv("PGSHAPE_CORPUS")
	if root == "" {
		t.Skip("set PGSHAPE_CORPUS to a conformance corpus (<source>/<case>/desired.sql) to run it")
	}
	files, err := filepath.Glob(filepath.Join(root, "*", "*", "desired.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases under %s: %v", root, err)
	}
	var mu sync.Mutex
	status := map[string][]string{}
	record := func(s, name string) {
		mu.Lock()
		defer mu.Unlock()
		status[s] = append(status[s], name)
	}
	t.Run("cases", func(t *testing.T) {
		for _, f := range files {
			dir := filepath.Dir(f)
			name := filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				createRoles(t, corpusRoles(t, dir))
				db := pgtest.NewDatabase(t)
				if err := execAll(db, readString(t, f)); err != nil {
					record("invalid", name)
					t.Skipf("invalid: desired.sql does not load: %v", err)
				}
				roundTrip(t, db, false)
				if t.Failed() {
					record("fail", name)
				} else {
					record("pass", name)
				}
			})
		}
	})
	for _, s := range []string{"pass", "fail", "invalid"} {
		sort.Strings(status[s])
	}
	t.Logf("corpus %s: %d cases: %d pass, %d fail, %d invalid (skipped)", root, len(files),
		len(status["pass"]), len(status["fail"]), len(status["invalid"]))
	if len(status["fail"]) > 0 {
		t.Logf("failed:\n  %s", strings.Join(status["fail"], "\n  "))
	}
}

// corpusRoles reads the roles a case's meta.json names, as SQL identifiers
// (possibly quoted), as the corpus's runner does.
func corpusRoles(t *testing.T, dir string) []string {
	var meta struct {
		Roles json.RawMessage `json:"roles"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if err != nil || json.Unmarshal(b, &meta) != nil {
		return nil
	}
	var list []string
	if json.Unmarshal(meta.Roles, &list) != nil {
		return nil
	}
	for i, r := range list {
		if len(r) >= 2 && strings.HasPrefix(r, `"`) && strings.HasSuffix(r, `"`) {
			list[i] = strings.ReplaceAll(r[1:len(r)-1], `""`, `"`)
		}
	}
	return list
}

// execAll runs a script in one go (the simple protocol, as psql would send it).
func execAll(db, sql string) error {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	if err != nil {
		return fmt.Errorf("%w", err)
	}
	return nil
}

func readString(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
