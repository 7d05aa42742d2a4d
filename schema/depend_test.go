package schema

import (
	"reflect"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

func TestDependencies(t *testing.T) {
	setup := `CREATE SCHEMA "App";
		CREATE TYPE mood AS ENUM ('ok');
		CREATE SEQUENCE "Ids";
		CREATE TABLE "App"."T" (id int DEFAULT nextval('"Ids"'), m mood[], n int CHECK (n > 0));
		CREATE FUNCTION "Twice"(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
		CREATE VIEW "V1" AS SELECT id, "Twice"(n) AS n2 FROM "App"."T";
		CREATE VIEW v2 AS SELECT n2 FROM "V1";
		CREATE INDEX t_twice ON "App"."T" ("Twice"(n));
		CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
		CREATE TRIGGER tr BEFORE INSERT ON "App"."T" FOR EACH ROW EXECUTE FUNCTION trg();
		CREATE POLICY p ON "App"."T" USING ("Twice"(n) > 0)`
	table := model.QName{Schema: "App", Name: "T"}
	column := func(name model.QName, col string) model.ObjectID {
		return model.ObjectID{Kind: model.KindColumn, Name: name, Member: col}
	}
	twice := model.ObjectID{Kind: model.KindFunction, Name: qname("public", "Twice(x integer)")}
	v1 := model.ObjectID{Kind: model.KindView, Name: qname("public", "V1")}
	v2 := model.ObjectID{Kind: model.KindView, Name: qname("public", "v2")}
	want := []model.Dependency{
		{From: v1, To: column(table, "id")},
		{From: v1, To: column(table, "n")},
		{From: v1, To: twice},
		{From: v2, To: column(v1.Name, "n2")},
		{From: column(table, "id"), To: model.ObjectID{Kind: model.KindSequence, Name: qname("public", "Ids")}},
		{From: column(table, "m"), To: model.ObjectID{Kind: model.KindType, Name: qname("public", "mood")}},
		{From: model.ObjectID{Kind: model.KindIndex, Name: qname("App", "t_twice")}, To: twice},
		{From: model.ObjectID{Kind: model.KindTrigger, Name: table, Member: "tr"},
			To: model.ObjectID{Kind: model.KindFunction, Name: qname("public", "trg()")}},
		{From: model.ObjectID{Kind: model.KindTrigger, Name: table, Member: "tr"}, To: model.ObjectID{Kind: model.KindTable, Name: table}},
		{From: model.ObjectID{Kind: model.KindPolicy, Name: table, Member: "p"}, To: twice},
		{From: model.ObjectID{Kind: model.KindPolicy, Name: table, Member: "p"}, To: model.ObjectID{Kind: model.KindTable, Name: table}},
		{From: model.ObjectID{Kind: model.KindTable, Name: table}, To: model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: "App"}}},
		{From: model.ObjectID{Kind: model.KindConstraint, Name: table, Member: "T_n_check"}, To: column(table, "n")},
	}
	if pgtest.Major(t) >= 14 {
		// A SQL-standard body (PostgreSQL 14) is parsed when the function is made,
		// and what it uses is recorded; a string body's is not.
		setup += `;
		CREATE FUNCTION count_t() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM "App"."T"; END`
		want = append(want, model.Dependency{From: model.ObjectID{Kind: model.KindFunction, Name: qname("public", "count_t()")},
			To: model.ObjectID{Kind: model.KindTable, Name: table}})
	}
	cat := inspect(t, setup, Options{})
	has := map[model.Dependency]bool{}
	for _, d := range cat.Dependencies {
		if has[d] {
			t.Errorf("duplicate %v -> %v", d.From, d.To)
		}
		has[d] = true
	}
	for _, d := range want {
		if !has[d] {
			t.Errorf("missing %v -> %v", d.From, d.To)
		}
	}
	if t.Failed() {
		for _, d := range cat.Dependencies {
			t.Logf("got %v -> %v", d.From, d.To)
		}
	}
	sorted := append([]model.Dependency(nil), cat.Dependencies...)
	again := inspect(t, setup, Options{}).Dependencies
	if !reflect.DeepEqual(sorted, again) {
		t.Errorf("dependencies differ between two reads of the same schema")
	}
}
