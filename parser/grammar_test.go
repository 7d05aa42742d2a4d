package parser

import (
	"regexp"
	"testing"
)

func TestGrammarVersion(t *testing.T) {
	// The package documentation says PostgreSQL 16's grammar: a new
	// pg_query_go must change both.
	if got := GrammarVersion(); !regexp.MustCompile(`^16\.\d+$`).MatchString(got) {
		t.Errorf("GrammarVersion() = %q, want 16.x", got)
	}
}
