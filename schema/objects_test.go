package schema

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestWholeObjects reads one object of every kind compared as a whole and checks
// its id, the statements that make it, its comment and privileges, and the
// dependencies that order it (an aggregate on its state function, a view on the
// aggregate and operator it uses, an index on its operator class).
func TestWholeObjects(t *testing.T) {
	cat := inspect(t, `
		CREATE FUNCTION add_state(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
		CREATE AGGREGATE total(integer) (SFUNC = add_state, STYPE = integer, INITCOND = '0');
		CREATE AGGREGATE cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
		CREATE AGGREGATE pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
			FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
		COMMENT ON AGGREGATE total(integer) IS 'sum';
		REVOKE EXECUTE ON FUNCTION total(integer) FROM PUBLIC;
		CREATE FUNCTION ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT lower($1) = lower($2)';
		CREATE OPERATOR === (FUNCTION = ci_eq, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ===);
		CREATE OPERATOR CLASS int_ops2 FOR TYPE integer USING btree AS OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 btint4cmp(integer, integer);
		CREATE TABLE t (id int, name text);
		CREATE INDEX t_id ON t (id int_ops2);
		CREATE RULE r_ins AS ON INSERT TO t WHERE new.id < 0 DO INSTEAD NOTHING;
		ALTER TABLE t DISABLE RULE r_ins;
		CREATE STATISTICS st (dependencies) ON id, name FROM t;
		CREATE TEXT SEARCH DICTIONARY simple_d (TEMPLATE = simple, STOPWORDS = english);
		CREATE TYPE code AS (c text);
		CREATE FUNCTION code_of(text) RETURNS code LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1)::code';
		CREATE CAST (text AS code) WITH FUNCTION code_of(text) AS ASSIGNMENT;
		CREATE FOREIGN DATA WRAPPER fdw1;
		CREATE SERVER srv1 FOREIGN DATA WRAPPER fdw1 OPTIONS (port '5432', host 'h');
		GRANT USAGE ON FOREIGN SERVER srv1 TO PUBLIC;
		CREATE USER MAPPING FOR PUBLIC SERVER srv1 OPTIONS (user 'u', password 'the-secret');
		CREATE FOREIGN TABLE ft (a integer NOT NULL, b text OPTIONS (column_name 'bb')) SERVER srv1;
		COMMENT ON COLUMN ft.a IS 'key';
		CREATE VIEW v AS SELECT total(id) AS s FROM t WHERE name === 'x'`, Options{})

	want := map[model.ObjectID][]string{
		{Kind: model.KindAggregate, Name: qname("public", "total(integer)")}: {
			"CREATE AGGREGATE public.total(integer) (SFUNC = public.add_state, STYPE = integer, INITCOND = '0')"},
		{Kind: model.KindAggregate, Name: qname("public", "cnt(*)")}: {
			"CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0')"},
		{Kind: model.KindAggregate, Name: qname("public", "pct(double precision ORDER BY anyelement)")}: {
			"CREATE AGGREGATE public.pct(double precision ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal, " +
				"FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_WRITE)"},
		{Kind: model.KindOperator, Name: qname("public", "===(text, text)")}: {
			"CREATE OPERATOR public.=== (FUNCTION = public.ci_eq, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.===))"},
		{Kind: model.KindOperatorFamily, Name: qname("public", "int_ops2"), Member: "btree"}: {
			"CREATE OPERATOR FAMILY public.int_ops2 USING btree"},
		{Kind: model.KindOperatorClass, Name: qname("public", "int_ops2"), Member: "btree"}: {
			"CREATE OPERATOR CLASS public.int_ops2 FOR TYPE integer USING btree FAMILY public.int_ops2 AS " +
				"OPERATOR 1 pg_catalog.<(integer, integer), OPERATOR 3 pg_catalog.=(integer, integer), FUNCTION 1 (integer, integer) btint4cmp(integer,integer)"},
		{Kind: model.KindRule, Name: qname("public", "t"), Member: "r_ins"}: {
			"CREATE RULE r_ins AS\n    ON INSERT TO public.t\n   WHERE (new.id < 0) DO INSTEAD NOTHING",
			"ALTER TABLE public.t DISABLE RULE r_ins"},
		{Kind: model.KindStatistics, Name: qname("public", "st")}: {
			"CREATE STATISTICS public.st (dependencies) ON id, name FROM public.t"},
		{Kind: model.KindTextSearchDict, Name: qname("public", "simple_d")}: {
			"CREATE TEXT SEARCH DICTIONARY public.simple_d (TEMPLATE = pg_catalog.simple, stopwords = 'english')"},
		{Kind: model.KindCast, Name: model.QName{Name: "text AS public.code"}}: {
			"CREATE CAST (text AS public.code) WITH FUNCTION public.code_of(text) AS ASSIGNMENT"},
		{Kind: model.KindForeignDataWrapper, Name: model.QName{Name: "fdw1"}}: {
			"CREATE FOREIGN DATA WRAPPER fdw1 NO HANDLER NO VALIDATOR"},
		// Options sorted by name, whatever order they were written in.
		{Kind: model.KindServer, Name: model.QName{Name: "srv1"}}: {
			"CREATE SERVER srv1 FOREIGN DATA WRAPPER fdw1 OPTIONS (host 'h', port '5432')"},
		// The password never leaves the server.
		{Kind: model.KindUserMapping, Name: model.QName{Name: "srv1"}, Member: "PUBLIC"}: {
			`CREATE USER MAPPING FOR PUBLIC SERVER srv1 OPTIONS (password '${srv1_public_password}', "user" 'u')`},
		{Kind: model.KindForeignTable, Name: qname("public", "ft")}: {
			"CREATE FOREIGN TABLE public.ft (a integer NOT NULL, b text OPTIONS (column_name 'bb')) SERVER srv1",
			"COMMENT ON COLUMN public.ft.a IS 'key'"},
	}
	got := map[model.ObjectID][]string{}
	for id, o := range cat.Objects {
		got[id] = o.Create
		for _, s := range o.Create {
			if strings.Contains(s, "the-secret") {
				t.Errorf("%s: the password was read: %s", id, s)
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("objects:\ngot  %q\nwant %q", got, want)
	}

	total := cat.Objects[model.ObjectID{Kind: model.KindAggregate, Name: qname("public", "total(integer)")}]
	if total.Comment != "sum" || len(total.Privileges) != 0 {
		t.Errorf("aggregate total: comment %q, privileges %v; want sum and none (EXECUTE revoked from PUBLIC)", total.Comment, total.Privileges)
	}
	srv := cat.Objects[model.ObjectID{Kind: model.KindServer, Name: model.QName{Name: "srv1"}}]
	if want := []model.Privilege{{Grantee: "PUBLIC", Privilege: "USAGE"}}; !reflect.DeepEqual(srv.Privileges, want) {
		t.Errorf("server privileges %v, want %v", srv.Privileges, want)
	}

	deps := map[model.Dependency]bool{}
	for _, d := range cat.Dependencies {
		deps[d] = true
	}
	fn := func(sig string) model.ObjectID {
		return model.ObjectID{Kind: model.KindFunction, Name: qname("public", sig)}
	}
	for _, d := range []model.Dependency{
		{From: model.ObjectID{Kind: model.KindAggregate, Name: qname("public", "total(integer)")}, To: fn("add_state(integer, integer)")},
		{From: model.ObjectID{Kind: model.KindView, Name: qname("public", "v")}, To: model.ObjectID{Kind: model.KindAggregate, Name: qname("public", "total(integer)")}},
		{From: model.ObjectID{Kind: model.KindView, Name: qname("public", "v")}, To: model.ObjectID{Kind: model.KindOperator, Name: qname("public", "===(text, text)")}},
		{From: model.ObjectID{Kind: model.KindIndex, Name: qname("public", "t_id")}, To: model.ObjectID{Kind: model.KindOperatorClass, Name: qname("public", "int_ops2"), Member: "btree"}},
		{From: model.ObjectID{Kind: model.KindRule, Name: qname("public", "t"), Member: "r_ins"}, To: model.ObjectID{Kind: model.KindTable, Name: qname("public", "t")}},
		{From: model.ObjectID{Kind: model.KindForeignTable, Name: qname("public", "ft")}, To: model.ObjectID{Kind: model.KindServer, Name: model.QName{Name: "srv1"}}},
	} {
		if !deps[d] {
			t.Errorf("dependency %s -> %s not read", d.From, d.To)
		}
	}
}
