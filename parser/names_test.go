package parser

import (
	"strings"
	"testing"
)

func TestMakeObjectName(t *testing.T) {
	long := strings.Repeat("a", 70)
	tests := []struct {
		name1, name2, label, want string
	}{
		{"users", "", "pkey", "users_pkey"},
		{"users", "email", "key", "users_email_key"},
		{"users", "a_b", "fkey", "users_a_b_fkey"},
		// The longer part is shortened first, until the whole fits in 63 bytes.
		{long, "id", "seq", strings.Repeat("a", 56) + "_id_seq"},
		{"t", long, "idx", "t_" + strings.Repeat("a", 57) + "_idx"},
		// A multi-byte character is never cut in half.
		{strings.Repeat("é", 40), "", "pkey", strings.Repeat("é", 29) + "_pkey"},
	}
	for _, tt := range tests {
		got := makeObjectName(tt.name1, tt.name2, tt.label)
		if got != tt.want {
			t.Errorf("makeObjectName(%q, %q, %q) = %q, want %q", tt.name1, tt.name2, tt.label, got, tt.want)
		}
		if len(got) > maxIdentLen {
			t.Errorf("makeObjectName(%q, %q, %q) is %d bytes", tt.name1, tt.name2, tt.label, len(got))
		}
	}
}

func TestChooseName(t *testing.T) {
	taken := map[string]bool{"t_a_idx": true, "t_a_idx1": true}
	got := chooseName("t", "a", "idx", func(n string) bool { return taken[n] })
	if got != "t_a_idx2" {
		t.Errorf("chooseName = %q, want t_a_idx2", got)
	}
}

func TestSplitQualifiedName(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"seq", []string{"seq"}},
		{"Public.Seq", []string{"public", "seq"}},
		{`"My Schema"."a""b"`, []string{"My Schema", `a"b`}},
		{` s . "T" `, []string{"s", "T"}},
		{`"unterminated`, nil},
		{"a..b", nil},
	}
	for _, tt := range tests {
		got, ok := splitQualifiedName(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || ok != (tt.want != nil) {
			t.Errorf("splitQualifiedName(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}
