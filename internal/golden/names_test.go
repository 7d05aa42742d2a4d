package golden

import (
	"encoding/json"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// awkwardNames are identifiers that need quoting, or almost do.
var awkwardNames = []string{
	"users", "Users", "user", "a.b", "a:b", `we"ird`, `"`, `""`, "a b", "naïve", "2fa", "a$b",
	"add(integer, integer)", "integer AS text", `x"; DROP TABLE victims; --`,
}

func TestNameTextRoundTrip(t *testing.T) {
	for _, schema := range append([]string{""}, awkwardNames...) {
		for _, name := range append([]string{""}, awkwardNames...) {
			q := model.QName{Schema: schema, Name: name}
			if schema != "" && name == "" {
				continue // no such name: a schema-qualified name has a name
			}
			text := nameText(q)
			got, err := parseName(text)
			if err != nil {
				t.Fatalf("parseName(%s): %v", text, err)
			}
			if got != q {
				t.Errorf("%#v reads back from %s as %#v", q, text, got)
			}
		}
	}
}

func TestIDTextRoundTrip(t *testing.T) {
	kinds := []model.ObjectKind{model.KindTable, model.KindColumn, model.KindOperatorClass, model.KindDefaultPrivileges, model.KindCast}
	for _, kind := range kinds {
		for _, name := range awkwardNames {
			for _, member := range append([]string{""}, awkwardNames...) {
				id := model.ObjectID{Kind: kind, Name: model.QName{Schema: "s", Name: name}, Member: member}
				text, err := idText(id)
				if err != nil {
					t.Fatal(err)
				}
				got, err := parseID(text)
				if err != nil {
					t.Fatalf("parseID(%s): %v", text, err)
				}
				if got != id {
					t.Errorf("%#v reads back from %s as %#v", id, text, got)
				}
			}
		}
	}
	if got, _ := idText(model.ObjectID{Kind: model.KindColumn, Name: model.QName{Schema: "public", Name: "users"}, Member: "email"}); got != "column:public.users:email" {
		t.Errorf("column id as text: got %s, want column:public.users:email", got)
	}
}

func TestParseRejects(t *testing.T) {
	for _, bad := range []string{"", "a.b.c", `"open`, `a"b`, "a..b", "a.", "a:b"} {
		if q, err := parseName(bad); err == nil {
			t.Errorf("parseName(%q) = %#v, want an error", bad, q)
		}
	}
	for _, bad := range []string{"table", "table:", "table:a:b:c", "column:a:b.c", `column:a:"x`} {
		if o, err := parseID(bad); err == nil {
			t.Errorf("parseID(%q) = %#v, want an error", bad, o)
		}
	}
}

// TestModelJSONUnchanged guards the reason the text forms live here: model's
// names keep encoding/json's struct form, which the schema queries read.
func TestModelJSONUnchanged(t *testing.T) {
	var q model.QName
	if err := json.Unmarshal([]byte(`{"Schema":"s","Name":"t"}`), &q); err != nil || q != (model.QName{Schema: "s", Name: "t"}) {
		t.Errorf("a name as a JSON object reads as %#v, %v", q, err)
	}
}
