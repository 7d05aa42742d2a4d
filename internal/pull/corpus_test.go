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
	"github.com/pgshape/pgshape/internal/planner"
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
				defer func() {
					if !t.Failed() {
						record("pass", name)
						return
					}
					// Not pull's doing when plan finds the database differs from
					// the very file it was loaded from.
					if cause := planOfDesired(t, db, f); cause != "" {
						record("fail-without-pull", name+": "+cause)
					} else {
						record("fail", name)
					}
				}()
				roundTrip(t, db, false)
			})
		}
	})
	for _, s := range status {
		sort.Strings(s)
	}
	t.Logf("corpus %s: %d cases: %d pass, %d fail, %d fail also without pull, %d invalid (skipped)", root, len(files),
		len(status["pass"]), len(status["fail"]), len(status["fail-without-pull"]), len(status["invalid"]))
	if len(status["fail"]) > 0 {
		t.Logf("failed:\n  %s", strings.Join(status["fail"], "\n  "))
	}
	if len(status["fail-without-pull"]) > 0 {
		t.Logf("failed, and plan of desired.sql itself against the database loaded from it is not empty either:\n  %s",
			strings.Join(status["fail-without-pull"], "\n  "))
	}
}

// planOfDesired plans desired.sql itself against the database loaded from it:
// when that is not empty, or fails, a failed round trip is not pull's doing.
// It returns a one-line cause, empty when the plan is empty.
func planOfDesired(t *testing.T, db, desiredFile string) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "desired.sql"), []byte(readString(t, desiredFile)), 0o644); err != nil {
		return err.Error()
	}
	result, err := planner.Plan(context.Background(), sourceOptions(false), planner.URLSource(db), planner.SchemaSource(dir))
	switch {
	case err != nil:
		return firstLine(err.Error())
	case !result.Plan.Empty():
		return "plan: " + firstLine(strings.TrimSpace(result.Plan.SQL()))
	}
	return ""
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
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
