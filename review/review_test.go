package review

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// hostileReview holds text that would break Markdown if written as is: pipes
// and line breaks in a table cell, backticks in SQL, underscores in names.
func hostileReview() *Review {
	table := model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: "old_stuff"}}
	return &Review{
		Title: "pgshape plan", From: "current", To: "desired", Compared: true,
		Summary: Summary{Dropped: 1, Statements: 1},
		Hazards: []Hazard{{
			Statement: "DROP TABLE public.\"a|b`c\";", Object: table, Kind: differ.DataLoss,
			Why: "drops table a|b\nand its rows", WhatToDo: HazardAdvice(differ.DataLoss),
		}},
		SQL: "COMMENT ON TABLE t IS '```not a fence```';\n",
		Objects: []ObjectDiff{{Object: table, Status: Dropped, Before: "CREATE TABLE public.old_stuff ();",
			Unified: UnifiedDiff("CREATE TABLE public.old_stuff ();", "", "current", "desired")}},
		Problems:  []string{},
		NextSteps: []Step{{Text: "Write the migration", Command: "pgshape generate drop_old_stuff --allow-hazards data-loss"}},
	}
}

func TestMarkdownEscapesTableCells(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, hostileReview()); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	var row string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "| ``") {
			row = l
		}
	}
	want := "| ``DROP TABLE public.\"a\\|b`c\";`` | data-loss | drops table a\\|b<br>and its rows | "
	if !strings.HasPrefix(row, want) {
		t.Errorf("hazard row:\n%s\nwant it to start with:\n%s\nwhole comment:\n%s", row, want, md)
	}
	// Exactly five unescaped pipes: four cells.
	if n := strings.Count(row, "|") - strings.Count(row, `\|`); n != 5 {
		t.Errorf("hazard row has %d cell separators, want 5: %s", n, row)
	}
	if !strings.Contains(md, `public.old\_stuff (dropped)`) {
		t.Errorf("object title not escaped:\n%s", md)
	}
}

func TestMarkdownFenceOutlivesBackticks(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, hostileReview()); err != nil {
		t.Fatal(err)
	}
	want := "````sql\nCOMMENT ON TABLE t IS '```not a fence```';\n````\n"
	if !strings.Contains(b.String(), want) {
		t.Errorf("SQL block:\n%s\nwant:\n%s", b.String(), want)
	}
	for _, c := range []struct{ text, want string }{
		{"plain", "```x\nplain\n```\n"},
		{"a ```` b", "`````x\na ```` b\n`````\n"},
	} {
		if got := fenced("x", c.text); got != c.want {
			t.Errorf("fenced(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"a|b", "`a\\|b`"},
		{"x `y` z", "``x `y` z``"},
		{"`edge`", "`` `edge` ``"},
	} {
		if got := tableCode(c.text); got != c.want {
			t.Errorf("tableCode(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestJSONShape(t *testing.T) {
	empty, err := New(Input{Plan: emitter.Emit(nil), Base: &model.Catalog{}, Current: &model.Catalog{}, Desired: &model.Catalog{}})
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*Review{
		"empty": empty, "problems": NewUncompared("pgshape check", []string{"V1__a.sql and V001__b.sql have the same version 1"}),
		"hostile": hostileReview(),
	} {
		var b bytes.Buffer
		if err := WriteJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, b.String())
		}
		if got["format"] != float64(1) {
			t.Errorf("%s: format = %v, want 1", name, got["format"])
		}
		for _, key := range []string{"hazards", "objects", "problems", "next_steps"} {
			if _, ok := got[key].([]any); !ok {
				t.Errorf("%s: %q = %#v, want an array (never null)", name, key, got[key])
			}
		}
		for _, key := range []string{"title", "in_sync", "compared", "from", "to", "summary", "sql"} {
			if _, ok := got[key]; !ok {
				t.Errorf("%s: key %q missing:\n%s", name, key, b.String())
			}
		}
		if name == "empty" && (got["in_sync"] != true || !strings.Contains(reviewText(t, r), "in sync")) {
			t.Errorf("empty plan: in_sync = %v, text %q", got["in_sync"], reviewText(t, r))
		}
		if name == "problems" && (got["in_sync"] != false || got["compared"] != false) {
			t.Errorf("problems: in_sync = %v, compared = %v; want false, false", got["in_sync"], got["compared"])
		}
		var again bytes.Buffer
		WriteJSON(&again, r)
		if again.String() != b.String() {
			t.Errorf("%s: two renderings differ", name)
		}
	}
}

func reviewText(t *testing.T, r *Review) string {
	var b bytes.Buffer
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEveryHazardKindHasAdvice(t *testing.T) {
	for _, k := range differ.HazardKinds {
		if _, ok := hazardAdvice[k]; !ok {
			t.Errorf("hazard kind %s has no advice in hazardAdvice", k)
		}
	}
}

func TestUnknownReviewFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, hostileReview(), "yaml")
	if err == nil || !strings.Contains(err.Error(), "text, markdown, json") {
		t.Errorf("error %v, want one naming the formats", err)
	}
}

func TestSuggestMigrationName(t *testing.T) {
	obj := func(kind model.ObjectKind, name string, st Status) ObjectDiff {
		return ObjectDiff{Object: model.ObjectID{Kind: kind, Name: model.QName{Schema: "public", Name: name}}, Status: st}
	}
	for _, c := range []struct {
		objects []ObjectDiff
		want    string
	}{
		{nil, "update_schema"},
		{[]ObjectDiff{obj(model.KindTable, "reviews", Added)}, "add_reviews"},
		{[]ObjectDiff{obj(model.KindTable, "Users", Changed), obj(model.KindFunction, "f(integer, text)", Dropped)}, "change_users_and_drop_f"},
		{[]ObjectDiff{obj(model.KindTable, "a", Added), obj(model.KindTable, "b", Added), obj(model.KindTable, "c", Added)}, "update_schema"},
		{[]ObjectDiff{obj(model.KindTable, "ü-x \"y\"", Added)}, "add_x_y"},
	} {
		if got := SuggestMigrationName(c.objects); got != c.want {
			t.Errorf("SuggestMigrationName(%v) = %q, want %q", c.objects, got, c.want)
		}
	}
}

func TestMarkdownFoldsLongDiffs(t *testing.T) {
	r := hostileReview()
	long := strings.Repeat("    x integer,\n", collapseDiffLines)
	r.Objects[0].Object.Name.Name = "a<b>"
	r.Objects[0].Unified = UnifiedDiff("CREATE TABLE t (\n"+long+");", "", "current", "desired")
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	want := "<details><summary>table public.&#34;a&lt;b&gt;&#34; (dropped)</summary>\n\n```diff\n--- current\n"
	if !strings.Contains(b.String(), want) || !strings.Contains(b.String(), "```\n\n</details>\n") {
		t.Errorf("long diff not folded:\n%s\nwant it to contain:\n%s", b.String(), want)
	}
}
