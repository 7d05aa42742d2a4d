package migrate

import "testing"

// Vectors from FLYWAY.md, computed by Flyway itself.
func TestChecksum(t *testing.T) {
	tests := []struct {
		content string
		want    int32
	}{
		{"CREATE TABLE t (id int);\n", 92137680},
		{"CREATE TABLE t (id int);\r\n", 92137680},
		{"\uFEFFCREATE TABLE t (id int);\n", 92137680},
		{"CREATE TABLE t (id int);", 92137680},
		{"CREATE TABLE t (id int);\n\n\n", 92137680},
		{"CREATE TABLE t\n(id int);", -66220931},
		{"CREATE TABLE t\r(id int);", -66220931},
		{"CREATE TABLE t\r\n\r\n(id int);\r\n", -66220931},
		{"CREATE TABLE t(id int);", -66220931},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Checksum([]byte(tt.content)); got != tt.want {
			t.Errorf("Checksum(%q) = %d, want %d", tt.content, got, tt.want)
		}
	}
	// Spaces inside a line count.
	if Checksum([]byte("CREATE TABLE t (id int);")) == Checksum([]byte("CREATE TABLE t  (id int);")) {
		t.Error("Checksum ignores spaces inside a line")
	}
}
