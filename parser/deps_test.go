package parser

import (
	"slices"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// TestDeps: each statement names the objects it creates or changes (an
// index and its table, the targets of COMMENT and GRANT, both tables of an
// ATTACH PARTITION) and those whose every statement matters to it (a
// view's table), but not a foreign key's referenced table beyond its key.
func TestDeps(t *testing.T) {
	res, err := ParseFiles(map[string]string{"s.sql": `
CREATE TABLE t (id int PRIMARY KEY, note text);
CREATE TABLE u (id int, t_id int REFERENCES t (id));
CREATE INDEX t_note ON t (note);
COMMENT ON INDEX t_note IS 'note';
CREATE VIEW v AS SELECT * FROM t;
GRANT SELECT ON t, v TO PUBLIC;
CREATE TABLE p (at date) PARTITION BY RANGE (at);
CREATE TABLE p1 (at date);
ALTER TABLE p ATTACH PARTITION p1 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE TABLE w (n int DEFAULT f(1));
`})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(name string) string { return RelationKey(model.QName{Schema: "public", Name: name}) }
	fn := FunctionKey(model.QName{Schema: "public", Name: "f"})
	type want struct{ objects, uses []string }
	wants := map[string]want{
		"CREATE TABLE t (id int PRIMARY KEY, note text)":                  {objects: []string{rel("t"), rel("t_pkey")}},
		"CREATE TABLE u (id int, t_id int)":                               {objects: []string{rel("u")}},
		"CREATE INDEX t_note ON t (note)":                                 {objects: []string{rel("t_note"), rel("t")}, uses: []string{rel("t")}},
		"COMMENT ON INDEX t_note IS 'note'":                               {objects: []string{rel("t_note")}, uses: []string{rel("t_note")}},
		"CREATE VIEW v AS SELECT * FROM t":                                {objects: []string{rel("v")}, uses: []string{rel("t")}},
		"GRANT SELECT ON t, v TO PUBLIC":                                  {objects: []string{rel("t"), rel("v")}, uses: []string{rel("t"), rel("v")}},
		"CREATE TABLE w (n int DEFAULT f(1))":                             {objects: []string{rel("w")}, uses: []string{fn}},
		"CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a'": {objects: []string{fn}},
	}
	seen := map[string]bool{}
	for _, s := range res.Statements {
		if s.Deps == nil {
			t.Errorf("%s: no Deps", s.SQL)
			continue
		}
		switch {
		case s.Kind == "ALTER TABLE" && slices.Contains(s.Deps.Objects, rel("p")):
			if !slices.Contains(s.Deps.Objects, rel("p1")) {
				t.Errorf("%s: objects %q, want the partition too", s.SQL, s.Deps.Objects)
			}
			seen["attach"] = true
		case s.Kind == "ALTER TABLE" && slices.Contains(s.Deps.Objects, rel("u")):
			// The foreign key split off u: t is needed for its key only.
			if slices.Contains(s.Deps.Uses, rel("t")) {
				t.Errorf("%s: uses %q: a foreign key needs only the referenced key", s.SQL, s.Deps.Uses)
			}
			seen["fk"] = true
		}
		w, ok := wants[s.SQL]
		if !ok {
			continue
		}
		seen[s.SQL] = true
		if !slices.Equal(s.Deps.Objects, w.objects) {
			t.Errorf("%s: objects %q, want %q", s.SQL, s.Deps.Objects, w.objects)
		}
		if !slices.Equal(s.Deps.Uses, w.uses) {
			t.Errorf("%s: uses %q, want %q", s.SQL, s.Deps.Uses, w.uses)
		}
	}
	for sql := range wants {
		if !seen[sql] {
			t.Errorf("no statement %q", sql)
		}
	}
	if !seen["attach"] || !seen["fk"] {
		t.Errorf("ATTACH PARTITION or the split foreign key not found: %v", seen)
	}
}
