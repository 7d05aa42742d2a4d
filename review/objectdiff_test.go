package review

import (
	"testing"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

func TestUnifiedDiff(t *testing.T) {
	a := "CREATE TABLE t (\n    a integer,\n    b text\n);\nGRANT SELECT ON t TO r;"
	b := "CREATE TABLE t (\n    a bigint,\n    b text\n);\nGRANT SELECT ON t TO r;\nCOMMENT ON TABLE t IS 'x';"
	want := `--- current
+++ desired
@@ -1,5 +1,6 @@
 CREATE TABLE t (
-    a integer,
+    a bigint,
     b text
 );
 GRANT SELECT ON t TO r;
+COMMENT ON TABLE t IS 'x';
`
	if got := UnifiedDiff(a, b, "current", "desired"); got != want {
		t.Errorf("UnifiedDiff:\n%s\nwant:\n%s", got, want)
	}
	if got := UnifiedDiff(a, a, "x", "y"); got != "" {
		t.Errorf("same text: %q, want nothing", got)
	}
	if got, want := UnifiedDiff("", "CREATE VIEW v;", "-", "+"), "--- -\n+++ +\n@@ -0,0 +1 @@\n+CREATE VIEW v;\n"; got != want {
		t.Errorf("added: %q, want %q", got, want)
	}
}

func TestUnifiedDiffSplitsDistantHunks(t *testing.T) {
	var a, b string
	for i := 0; i < 20; i++ {
		line := string(rune('a'+i)) + "\n"
		a += line
		if i == 1 || i == 18 {
			line = "X" + line
		}
		b += line
	}
	got := UnifiedDiff(a, b, "a", "b")
	want := "--- a\n+++ b\n@@ -1,5 +1,5 @@\n a\n-b\n+Xb\n c\n d\n e\n@@ -16,5 +16,5 @@\n p\n q\n r\n-s\n+Xs\n t\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestDiffDefinitions(t *testing.T) {
	table := func(n string) model.ObjectID {
		return model.ObjectID{Kind: model.KindTable, Name: model.QName{Schema: "public", Name: n}}
	}
	view := model.ObjectID{Kind: model.KindView, Name: model.QName{Schema: "public", Name: "v"}}
	from := []emitter.Definition{{Object: table("a"), SQL: "A;"}, {Object: table("b"), SQL: "B;"}, {Object: view, SQL: "V;"}}
	to := []emitter.Definition{{Object: table("b"), SQL: "B2;"}, {Object: table("c"), SQL: "C;"}, {Object: view, SQL: "V;"}}
	got := DiffDefinitions(from, to, "x", "y")
	want := []struct {
		name   string
		status Status
	}{{"a", Dropped}, {"b", Changed}, {"c", Added}}
	if len(got) != len(want) {
		t.Fatalf("got %d diffs, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Object.Name.Name != w.name || got[i].Status != w.status || got[i].Unified == "" {
			t.Errorf("diff %d = %s %s, want %s %s", i, got[i].Object, got[i].Status, w.name, w.status)
		}
	}
}
