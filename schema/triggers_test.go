package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/model"
)

const triggerFunction = `CREATE FUNCTION "Touch"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`

func TestTriggers(t *testing.T) {
	tests := []struct {
		name  string
		setup string // creates table public."T"
		want  []*model.Trigger
	}{{
		name: "sorted by name, enabled state, comment, constraint trigger; no foreign key triggers",
		setup: triggerFunction + `
			CREATE TABLE p (id int PRIMARY KEY);
			CREATE TABLE "T" (a int REFERENCES p, b int);
			CREATE TRIGGER "Zed" BEFORE UPDATE OF a ON "T" FOR EACH ROW WHEN (NEW.a > 0) EXECUTE PROCEDURE "Touch"();
			CREATE TRIGGER alpha AFTER INSERT OR DELETE ON "T" FOR EACH STATEMENT EXECUTE FUNCTION "Touch"();
			CREATE CONSTRAINT TRIGGER c AFTER INSERT ON "T" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "Touch"();
			ALTER TABLE "T" DISABLE TRIGGER alpha;
			ALTER TABLE "T" ENABLE REPLICA TRIGGER c;
			COMMENT ON TRIGGER "Zed" ON "T" IS 'last'`,
		want: []*model.Trigger{
			{Name: "Zed", Enabled: "O", Comment: "last",
				Definition: `CREATE TRIGGER "Zed" BEFORE UPDATE OF a ON public."T" FOR EACH ROW WHEN ((new.a > 0)) EXECUTE FUNCTION public."Touch"()`},
			{Name: "alpha", Enabled: "D",
				Definition: `CREATE TRIGGER alpha AFTER INSERT OR DELETE ON public."T" FOR EACH STATEMENT EXECUTE FUNCTION public."Touch"()`},
			{Name: "c", Enabled: "R",
				Definition: `CREATE CONSTRAINT TRIGGER c AFTER INSERT ON public."T" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public."Touch"()`},
		},
	}, {
		name: "a partitioned table's trigger, not its partitions' clones",
		setup: triggerFunction + `
			CREATE TABLE "T" (a int) PARTITION BY LIST (a);
			CREATE TABLE t1 PARTITION OF "T" FOR VALUES IN (1);
			CREATE TRIGGER tr AFTER INSERT ON "T" FOR EACH ROW EXECUTE FUNCTION "Touch"()`,
		want: []*model.Trigger{
			{Name: "tr", Enabled: "O",
				Definition: `CREATE TRIGGER tr AFTER INSERT ON public."T" FOR EACH ROW EXECUTE FUNCTION public."Touch"()`},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := inspect(t, tt.setup, Options{})
			if got := publicTable(t, cat, "T").Triggers; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("triggers:\ngot  %s\nwant %s", show(got), show(tt.want))
			}
			for _, n := range cat.TableNames() {
				if n.Name != "T" && len(cat.Tables[n].Triggers) > 0 {
					t.Errorf("%v triggers: got %s, want none", n, show(cat.Tables[n].Triggers))
				}
			}
		})
	}
}
