package model

import "testing"

// awkwardNames are identifiers that need quoting, or almost do.
var awkwardNames = []string{
	"users", "Users", "user", "a.b", "a:b", `we"ird`, `"`, `""`, "a b", "naïve", "2fa", "a$b",
	"add(integer, integer)", "integer AS text", `x"; DROP TABLE victims; --`,
}

func TestQNameTextRoundTrip(t *testing.T) {
	for _, schema := range append([]string{""}, awkwardNames...) {
		for _, name := range append([]string{""}, awkwardNames...) {
			q := QName{Schema: schema, Name: name}
			if schema != "" && name == "" {
				continue // no such name: a schema-qualified name has a name
			}
			text, err := q.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var got QName
			if err := got.UnmarshalText(text); err != nil {
				t.Fatalf("UnmarshalText(%s): %v", text, err)
			}
			if got != q {
				t.Errorf("%#v reads back from %s as %#v", q, text, got)
			}
		}
	}
}

func TestObjectIDTextRoundTrip(t *testing.T) {
	kinds := []ObjectKind{KindTable, KindColumn, KindOperatorClass, KindDefaultPrivileges, KindCast}
	for _, kind := range kinds {
		for _, name := range awkwardNames {
			for _, member := range append([]string{""}, awkwardNames...) {
				id := ObjectID{Kind: kind, Name: QName{Schema: "s", Name: name}, Member: member}
				text, err := id.MarshalText()
				if err != nil {
					t.Fatal(err)
				}
				var got ObjectID
				if err := got.UnmarshalText(text); err != nil {
					t.Fatalf("UnmarshalText(%s): %v", text, err)
				}
				if got != id {
					t.Errorf("%#v reads back from %s as %#v", id, text, got)
				}
			}
		}
	}
	if got, _ := (ObjectID{Kind: KindColumn, Name: QName{Schema: "public", Name: "users"}, Member: "email"}).MarshalText(); string(got) != "column:public.users:email" {
		t.Errorf("column id as text: got %s, want column:public.users:email", got)
	}
}

func TestUnmarshalTextRejects(t *testing.T) {
	for _, bad := range []string{"", "a.b.c", `"open`, `a"b`, "a..b", "a.", "a:b"} {
		var q QName
		if err := q.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("QName.UnmarshalText(%q) = %#v, want an error", bad, q)
		}
	}
	for _, bad := range []string{"table", "table:", "table:a:b:c", "column:a:b.c", `column:a:"x`} {
		var o ObjectID
		if err := o.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("ObjectID.UnmarshalText(%q) = %#v, want an error", bad, o)
		}
	}
}
