package schema

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/internal/pgtemp/pgtest"
	"github.com/pgshape/pgshape/model"
)

func TestDomains(t *testing.T) {
	const setup = `CREATE SCHEMA "App";
		CREATE TYPE mood AS ENUM ('ok');
		CREATE DOMAIN "App"."Positive" AS numeric(10,2) NOT NULL DEFAULT 1 CHECK (VALUE > 0) CONSTRAINT "Small" CHECK (VALUE < 100);
		CREATE DOMAIN code AS varchar(5) COLLATE "C" DEFAULT 'x';
		CREATE DOMAIN plain AS text COLLATE "default";
		CREATE DOMAIN moods AS mood[] DEFAULT '{ok}';
		COMMENT ON DOMAIN code IS 'a code';
		COMMENT ON CONSTRAINT "Small" ON DOMAIN "App"."Positive" IS 'below 100'`
	want := []*model.Domain{{
		Name: qname("App", "Positive"), Privileges: publicUsage, BaseType: "numeric(10,2)", NotNull: true, Default: "1",
		Constraints: []*model.Constraint{
			{Name: "Positive_check", Kind: model.Check, Definition: "CHECK ((VALUE > (0)::numeric))"},
			{Name: "Small", Kind: model.Check, Definition: "CHECK ((VALUE < (100)::numeric))", Comment: "below 100"},
		},
	}, {
		Name: qname("public", "code"), Privileges: publicUsage, BaseType: "character varying(5)", Default: "'x'::character varying",
		Collation: `pg_catalog."C"`, Comment: "a code",
	}, {
		Name: qname("public", "moods"), Privileges: publicUsage, BaseType: "public.mood[]", Default: "'{ok}'::public.mood[]",
	}, {
		Name: qname("public", "plain"), Privileges: publicUsage, BaseType: "text",
	}}
	cat := inspect(t, setup, Options{})
	got := []*model.Domain{}
	for _, n := range cat.DomainNames() {
		got = append(got, cat.Domains[n])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("domains:\ngot  %s\nwant %s", show(got), show(want))
	}
}

func TestCompositeTypes(t *testing.T) {
	const setup = `CREATE SCHEMA "App";
		CREATE TYPE mood AS ENUM ('ok');
		CREATE TYPE "App"."Pair" AS ("Left" int, "right" varchar(3) COLLATE "C", m mood[], t text);
		ALTER TYPE "App"."Pair" DROP ATTRIBUTE t;
		CREATE TYPE empty AS ();
		CREATE TABLE tab (a int);
		CREATE VIEW v AS SELECT 1 AS a;
		COMMENT ON TYPE empty IS 'nothing';
		COMMENT ON COLUMN "App"."Pair"."right" IS 'three letters';
		COMMENT ON COLUMN tab.a IS 'not a type attribute'`
	want := []*model.CompositeType{{
		Name: qname("App", "Pair"), Privileges: publicUsage,
		Attributes: []*model.Column{
			{Name: "Left", Type: "integer"},
			{Name: "right", Type: "character varying(3)", Collation: `pg_catalog."C"`, Comment: "three letters"},
			{Name: "m", Type: "public.mood[]"},
		},
	}, {
		Name: qname("public", "empty"), Privileges: publicUsage, Comment: "nothing",
	}}
	cat := inspect(t, setup, Options{})
	got := []*model.CompositeType{}
	for _, n := range cat.CompositeNames() {
		got = append(got, cat.Composites[n])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("composite types:\ngot  %s\nwant %s", show(got), show(want))
	}
}

func TestRangeTypes(t *testing.T) {
	setup := `CREATE SCHEMA "App";
		CREATE FUNCTION "App".diff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT a - b';
		CREATE TYPE "App"."Float Range" AS RANGE (subtype = float8, subtype_diff = "App".diff);
		CREATE TYPE textrange AS RANGE (subtype = text, collation = "C", subtype_opclass = text_pattern_ops,
			multirange_type_name = "Text Ranges");
		CREATE TYPE plain AS RANGE (subtype = text);
		COMMENT ON TYPE plain IS 'text'`
	want := []*model.RangeType{{
		Name: qname("App", "Float Range"), Privileges: publicUsage, Subtype: "double precision", SubtypeDiff: `"App".diff`,
		MultirangeName: `"App"."Float Range_multirange"`,
	}, {
		Name: qname("public", "plain"), Privileges: publicUsage, Subtype: "text", MultirangeName: "public.plain_multirange", Comment: "text",
	}, {
		Name: qname("public", "textrange"), Privileges: publicUsage, Subtype: "text", SubtypeOpClass: "pg_catalog.text_pattern_ops",
		Collation: `pg_catalog."C"`, MultirangeName: `public."Text Ranges"`,
	}}
	if pgtest.Major(t) < 14 {
		// Multiranges are PostgreSQL 14's: none is made, none reported.
		setup = strings.Replace(setup, `,
			multirange_type_name = "Text Ranges"`, "", 1)
		for _, r := range want {
			r.MultirangeName = ""
		}
	}
	cat := inspect(t, setup, Options{})
	got := []*model.RangeType{}
	for _, n := range cat.RangeNames() {
		got = append(got, cat.Ranges[n])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("range types:\ngot  %s\nwant %s", show(got), show(want))
	}
}

// publicUsage is what PostgreSQL grants on every new type: PUBLIC may use it.
var publicUsage = []model.Privilege{{Grantee: "PUBLIC", Privilege: "USAGE"}}
