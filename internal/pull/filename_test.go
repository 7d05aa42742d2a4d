package pull

import (
	"strings"
	"testing"
)

func TestFileName(t *testing.T) {
	for _, c := range []struct{ ident, want string }{
		{"users", "users"},
		{"order_items-2", "order_items-2"},
		{"Users", "!users"},
		{"userS", "user!s"},
		{"a/b", "a%2Fb"},
		{"a:b", "a%3Ab"},
		{"a.b", "a%2Eb"},
		{"..", "%2E%2E"},
		{".hidden", "%2Ehidden"},
		{"with space", "with%20space"},
		{"100%!", "100%25%21"},
		{"café", "caf%C3%A9"},
		{"con", "%63on"},
		{"com1", "%63om1"},
		{"Con", "!con"},
		{"console", "console"},
	} {
		got := FileName(c.ident)
		if got != c.want {
			t.Errorf("FileName(%q) = %q, want %q", c.ident, got, c.want)
		}
		if back, ok := ParseFileName(got); !ok || back != c.ident {
			t.Errorf("ParseFileName(%q) = %q, %v; want %q", got, back, ok, c.ident)
		}
	}
}

// TestFileNameDistinctIgnoringCase checks that identifiers that differ only in
// case, or in characters a file system folds, get names that differ even on a
// case-insensitive file system.
func TestFileNameDistinctIgnoringCase(t *testing.T) {
	idents := []string{"users", "Users", "USERS", "uSers", "a/b", "a%2Fb", "a!b", "!a", "A", "a", "%41", "con", "%63on"}
	seen := map[string]string{}
	for _, id := range idents {
		folded := strings.ToLower(FileName(id))
		if other, ok := seen[folded]; ok {
			t.Errorf("%q and %q both get %q ignoring case", id, other, folded)
		}
		seen[folded] = id
	}
}

func TestParseFileNameRejects(t *testing.T) {
	for _, name := range []string{"Users", "a.b", "%4", "%zz", "!", "!A", "a b"} {
		if got, ok := ParseFileName(name); ok {
			t.Errorf("ParseFileName(%q) = %q, want not ok", name, got)
		}
	}
}

func TestDeclaresSomething(t *testing.T) {
	for _, c := range []struct {
		sql  string
		want bool
	}{
		{"", false},
		{"  \n\t", false},
		{"-- a comment\n-- another", false},
		{"/* block /* nested */ still comment */\n", false},
		{"/* unterminated", true}, // not SQL PostgreSQL can scan: counted as declaring, to be safe
		{"\uFEFF-- bom\n", false},
		{"CREATE TABLE t ();", true},
		{"-- c\nSELECT 1", true},
		{"/* c */ CREATE", true},
	} {
		if got := declaresSomething(c.sql); got != c.want {
			t.Errorf("declaresSomething(%q) = %v, want %v", c.sql, got, c.want)
		}
	}
}
