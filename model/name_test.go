package model

import "testing"

func TestQuoteIdent(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"users", "users"},
		{"user_id2", "user_id2"},
		{"Users", `"Users"`},
		{"user", `"user"`},     // reserved
		{"select", `"select"`}, // reserved
		{"name", "name"},       // unreserved keyword: fine bare
		{"2fa", `"2fa"`},
		{"a b", `"a b"`},
		{`we"ird`, `"we""ird"`},
		{`x"; DROP TABLE victims; --`, `"x""; DROP TABLE victims; --"`},
		{"naïve", `"naïve"`},
		{"", `""`},
		{"a$b", "a$b"},
	} {
		if got := QuoteIdent(tc.in); got != tc.want {
			t.Errorf("QuoteIdent(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestQuoteLiteral(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "'plain'"},
		{"it's", "'it''s'"},
		{`back\slash`, `E'back\\slash'`},
		{`'; DROP TABLE x; --`, `'''; DROP TABLE x; --'`},
	} {
		if got := QuoteLiteral(tc.in); got != tc.want {
			t.Errorf("QuoteLiteral(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestObjectIDString(t *testing.T) {
	users := QName{Schema: "public", Name: "Users"}
	for _, tc := range []struct {
		id   ObjectID
		want string
	}{
		{ObjectID{Kind: KindTable, Name: users}, `table public."Users"`},
		{ObjectID{Kind: KindColumn, Name: users, Member: "e-mail"}, `column public."Users"."e-mail"`},
		{ObjectID{Kind: KindConstraint, Name: users, Member: "users_pkey"}, `constraint users_pkey on public."Users"`},
		{ObjectID{Kind: KindSchema, Name: QName{Name: "app"}}, "schema app"},
	} {
		if got := tc.id.String(); got != tc.want {
			t.Errorf("%#v: got %s, want %s", tc.id, got, tc.want)
		}
	}
}
