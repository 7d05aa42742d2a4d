package schema

import "testing"

func TestParseServerVersion(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"13.23", 130023, true},
		{"18.4 (Debian 18.4-1.pgdg120+1)", 180004, true},
		{"18beta1", 180000, true},
		{"17rc1", 170000, true},
		{"9.6.24", 0, false}, // three parts before 10: server_version_num is asked for
		{"", 0, false},
		{"x", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseServerVersion(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseServerVersion(%q): got %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestServerVersion checks the version Inspect adapts its queries to against the
// server's own server_version_num.
func TestServerVersion(t *testing.T) {
	conn := newDatabase(t, "")
	got, err := serverVersion(t.Context(), conn)
	if err != nil {
		t.Fatal(err)
	}
	var want int
	if err := conn.QueryRow(t.Context(), "SELECT current_setting('server_version_num')::int").Scan(&want); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("server version: got %d, want %d", got, want)
	}
	if got < MinServerVersion {
		t.Errorf("server version %d: older than the oldest supported, %d", got, MinServerVersion)
	}
}
