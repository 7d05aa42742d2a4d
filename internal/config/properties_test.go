package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadProperties reads each testdata/properties/*.conf and compares the entries
// with the .want file beside it.
func TestReadProperties(t *testing.T) {
	files, err := filepath.Glob("testdata/properties/*.conf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, e := range readProperties(string(b)) {
				fmt.Fprintf(&got, "%d %q = %q\n", e.line, e.key, e.value)
			}
			golden(t, strings.TrimSuffix(file, ".conf")+".want", got.String())
		})
	}
}

func TestSplitProperty(t *testing.T) {
	for _, tc := range []struct{ in, key, value string }{
		{"a=b", "a", "b"},
		{"a = b", "a", "b"},
		{"a:b", "a", "b"},
		{"a b", "a", "b"},
		{"a \t = \t b c ", "a", "b c "},
		{"a==b", "a", "=b"},
		{"a=:b", "a", ":b"},
		{"a", "a", ""},
		{"a=", "a", ""},
	} {
		key, value := splitProperty(tc.in)
		if key != tc.key || value != tc.value {
			t.Errorf("splitProperty(%q) = %q, %q, want %q, %q", tc.in, key, value, tc.key, tc.value)
		}
	}
}
