package drift

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
)

// copyDir copies the files of dir into a new temporary directory.
func copyDir(t *testing.T, dir string) string {
	t.Helper()
	out := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// The repair of the hand changes, written as the next migration and migrated,
// leaves no drift; the migrations, the repair included, still replay.
func TestFix(t *testing.T) {
	dir := copyDir(t, migrationsDir)
	url := migrated(t, "", dir)
	handEdit(t, url)
	result, err := Fix(context.Background(), options(url, dir))
	if err != nil {
		t.Fatalf("fix: %v", err)
	}
	sql := result.Plan.SQL()
	for _, want := range []string{"DROP COLUMN IF EXISTS phone", "DROP INDEX CONCURRENTLY IF EXISTS public.orders_total_cents_idx",
		"REVOKE SELECT ON TABLE public.orders FROM drift_reader", "CREATE OR REPLACE VIEW public.order_totals", "CREATE OR REPLACE FUNCTION public.order_count"} {
		if !strings.Contains(sql, want) {
			t.Errorf("the fix does not hold %q:\n%s", want, sql)
		}
	}
	// One file per group, as generate writes them: the index is dropped
	// concurrently, outside a transaction.
	writeGroups(t, dir, "undo_hotfix", result.Plan)
	if _, err := newRunner(url, dir).Migrate(context.Background()); err != nil {
		t.Fatalf("migrate the fix: %v\n%s", err, sql)
	}
	r := check(t, options(url, dir))
	if want := fmt.Sprint(4 + len(result.Plan.Groups)); r.Drifted() || r.Expected.Version != want {
		t.Errorf("after the fix: drifted %v at version %q, objects:\n%s\nhistory %v", r.Drifted(), r.Expected.Version, objects(r), r.History)
	}
	// A fresh database migrated with the repair among its files has no drift either.
	if r := check(t, options(migrated(t, "", dir), dir)); r.Drifted() {
		t.Errorf("a fresh database with the fix applied: objects:\n%s", objects(r))
	}
}

// tolerant turns each action the emitter writes into its form that does
// nothing when the object already is as wanted.
func TestTolerant(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"DROP INDEX public.i", "DROP INDEX IF EXISTS public.i"},
		{"DROP INDEX CONCURRENTLY public.i", "DROP INDEX CONCURRENTLY IF EXISTS public.i"},
		{"DROP VIEW public.v", "DROP VIEW IF EXISTS public.v"},
		{"DROP TRIGGER t ON public.x", "DROP TRIGGER IF EXISTS t ON public.x"},
		{"ALTER TABLE public.t DROP COLUMN c", "ALTER TABLE public.t DROP COLUMN IF EXISTS c"},
		{"ALTER TABLE public.t DROP CONSTRAINT k", "ALTER TABLE public.t DROP CONSTRAINT IF EXISTS k"},
		{"ALTER TABLE public.t ADD COLUMN c text", "ALTER TABLE public.t ADD COLUMN IF NOT EXISTS c text"},
		{"CREATE UNIQUE INDEX i ON public.t USING btree (a)", "CREATE UNIQUE INDEX IF NOT EXISTS i ON public.t USING btree (a)"},
		{"CREATE TABLE public.t (\n    a integer\n)", "CREATE TABLE IF NOT EXISTS public.t (\n    a integer\n)"},
		{"CREATE VIEW public.v AS SELECT 1", "CREATE OR REPLACE VIEW public.v AS SELECT 1"},
		{"CREATE OR REPLACE FUNCTION public.f() RETURNS int", "CREATE OR REPLACE FUNCTION public.f() RETURNS int"},
		{"REVOKE SELECT ON TABLE public.t FROM r", "REVOKE SELECT ON TABLE public.t FROM r"},
		{"ALTER TABLE public.t ADD CONSTRAINT k CHECK (a > 0)",
			"DO $pgshape_fix$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = 'public.t'::regclass AND conname = 'k') THEN ALTER TABLE public.t ADD CONSTRAINT k CHECK (a > 0); END IF; END $pgshape_fix$"},
		{`ALTER TABLE public."Odd 'T" ADD CONSTRAINT "K ""1" FOREIGN KEY (a) REFERENCES public.u(id)`,
			`DO $pgshape_fix$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = 'public."Odd ''T"'::regclass AND conname = 'K "1') THEN ALTER TABLE public."Odd 'T" ADD CONSTRAINT "K ""1" FOREIGN KEY (a) REFERENCES public.u(id); END IF; END $pgshape_fix$`},
		{"CREATE POLICY p ON public.t FOR SELECT USING (true)",
			"DO $pgshape_fix$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = 'public.t'::regclass AND polname = 'p') THEN CREATE POLICY p ON public.t FOR SELECT USING (true); END IF; END $pgshape_fix$"},
		{`ALTER TABLE public."My Table" DROP COLUMN c`, `ALTER TABLE public."My Table" DROP COLUMN IF EXISTS c`},
	} {
		if got := tolerant(tc.in); got != tc.want {
			t.Errorf("tolerant(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A database that is behind is migrated before its drift is fixed: the repair
// would follow the pending files.
func TestFixRefusedWhileBehind(t *testing.T) {
	url := migrated(t, "2", migrationsDir)
	_, err := Fix(context.Background(), options(url, migrationsDir))
	if err == nil || !strings.Contains(err.Error(), "pending migrations (V3__customer_index.sql first)") {
		t.Errorf("fix of a database two versions behind: %v; want a refusal naming V3", err)
	}
}

// Constraints and policies have no IF NOT EXISTS: a repair that adds back a
// constraint dropped by hand, and a policy created by hand and dropped again, is
// guarded so it still replays where they exist.
func TestFixRestoresDroppedConstraint(t *testing.T) {
	dir := copyDir(t, migrationsDir)
	url := migrated(t, "", dir)
	pgtest.Exec(t, url, `ALTER TABLE customers DROP CONSTRAINT customers_email_key`)
	pgtest.Exec(t, url, `ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey`)
	result, err := Fix(context.Background(), options(url, dir))
	if err != nil {
		t.Fatalf("fix: %v", err)
	}
	sql := result.Plan.SQL()
	for _, want := range []string{"conname = 'customers_email_key'", "conname = 'orders_customer_id_fkey'"} {
		if !strings.Contains(sql, want) {
			t.Errorf("the fix does not guard %q:\n%s", want, sql)
		}
	}
	writeGroups(t, dir, "restore_keys", result.Plan)
	if _, err := newRunner(url, dir).Migrate(context.Background()); err != nil {
		t.Fatalf("migrate the fix: %v\n%s", err, sql)
	}
	if r := check(t, options(url, dir)); r.Drifted() {
		t.Errorf("after the fix: objects:\n%s\nhistory %v", objects(r), r.History)
	}
	if r := check(t, options(migrated(t, "", dir), dir)); r.Drifted() {
		t.Errorf("a fresh database with the fix applied: objects:\n%s", objects(r))
	}
}

// writeGroups writes the plan as generate does, from version 5 on: a file per
// group, and the .sql.conf of a group that runs outside a transaction.
func writeGroups(t *testing.T, dir, name string, plan *emitter.Plan) {
	t.Helper()
	for i, g := range plan.Groups {
		path := filepath.Join(dir, fmt.Sprintf("V%d__%s.sql", 5+i, name))
		if err := os.WriteFile(path, []byte(plan.MigrationFile(g, i+1, len(plan.Groups), "drift")), 0o644); err != nil {
			t.Fatal(err)
		}
		if conf := emitter.ScriptConf(g); conf != "" {
			if err := os.WriteFile(path+".conf", []byte(conf), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
