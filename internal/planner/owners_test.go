package planner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

// TestRunnerAsShadowRole: what the target's role owns, and its default privileges,
// go to the shadow's role; other roles stay.
func TestRunnerAsShadowRole(t *testing.T) {
	c := model.NewCatalog()
	mine, theirs := model.QName{Schema: "public", Name: "mine"}, model.QName{Schema: "public", Name: "theirs"}
	c.Role = "deploy"
	c.Tables[mine] = &model.Table{Name: mine, Owner: "deploy"}
	c.Tables[theirs] = &model.Table{Name: theirs, Owner: "app_owner"}
	c.Collations[mine] = &model.Collation{Name: mine, Owner: "deploy"}
	agg := model.ObjectID{Kind: model.KindAggregate, Name: model.QName{Schema: "public", Name: "total(integer)"}}
	c.Objects[agg] = &model.Object{ID: agg, Owner: "deploy"}
	c.DefaultPrivileges = []model.DefaultPrivilege{
		{Role: "deploy", On: "TABLES", Grantee: "deploy", Privilege: "SELECT"},
		{Role: "app_owner", On: "TABLES", Grantee: "reader", Privilege: "SELECT"},
	}
	runnerAsShadowRole(c, "shadow")
	// Sorted again: app_owner's entry first.
	got := []string{c.Role, c.Tables[mine].Owner, c.Tables[theirs].Owner, c.Collations[mine].Owner, c.Objects[agg].Owner,
		c.DefaultPrivileges[0].Role, c.DefaultPrivileges[1].Role, c.DefaultPrivileges[1].Grantee}
	want := []string{"shadow", "shadow", "app_owner", "shadow", "shadow", "app_owner", "shadow", "deploy"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestOwnersOfAnotherTargetRole: pgshape connects to the target as a role other than
// the shadow's. Objects the files give no owner belong to the target's role, so a
// database whose objects that role made plans nothing (an aggregate, compared as a
// whole, included); a new object is given the
// owner its file names, and no other.
func TestOwnersOfAnotherTargetRole(t *testing.T) {
	admin := pgtest.Server().ConnString("postgres")
	pgtest.Exec(t, admin, `DO $$ BEGIN CREATE ROLE pgs_own_deploy LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
		DO $$ BEGIN CREATE ROLE pgs_own_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`)
	cur := strings.Replace(pgtest.NewDatabase(t), "postgres://postgres@", "postgres://pgs_own_deploy@", 1)
	pgtest.Exec(t, cur, `CREATE SCHEMA app;
		CREATE TABLE app.mine (id integer);
		CREATE TABLE app.theirs (id integer);
		ALTER TABLE app.theirs OWNER TO pgs_own_a;
		CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
		ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgs_own_a`)
	dir := t.TempDir()
	schema := `CREATE SCHEMA app;
		CREATE TABLE app.mine (id integer);
		CREATE TABLE app.theirs (id integer);
		ALTER TABLE app.theirs OWNER TO pgs_own_a;
		CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
		ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgs_own_a;
		CREATE TABLE app.new (id integer);
		GRANT SELECT ON app.new TO pgs_own_a;
		CREATE TABLE app.new_theirs (id integer);
		GRANT SELECT ON app.new_theirs TO pgs_own_a;
		ALTER TABLE app.new_theirs OWNER TO pgs_own_a;`
	if err := os.WriteFile(filepath.Join(dir, "schema.sql"), []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runPlannerOptions(t, cur, dir, true).Plan.SQL()
	want := "SET LOCAL lock_timeout = '300ms';\nSET LOCAL statement_timeout = '1min';\n\n" +
		"CREATE TABLE app.new (\n    id integer\n);\n\n" +
		"CREATE TABLE app.new_theirs (\n    id integer\n);\n\n" +
		"ALTER TABLE app.new_theirs OWNER TO pgs_own_a;\n\n"
	if got != want {
		t.Errorf("plan:\ngot:\n%s\nwant:\n%s", got, want)
	}
}
