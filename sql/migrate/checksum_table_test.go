package migrate

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestChecksumTable compares Checksum with the table written by
// testdata/checksum/Checksum.java, which computes checksums as Flyway does.
func TestChecksumTable(t *testing.T) {
	dir := filepath.Join("testdata", "checksum")
	f, err := os.Open(filepath.Join(dir, "checksums.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, sum, _ := strings.Cut(line, " ")
		want, err := strconv.ParseInt(sum, 10, 32)
		if err != nil {
			t.Fatalf("checksums.txt: %q: %v", line, err)
		}
		content, err := os.ReadFile(filepath.Join(dir, "inputs", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Checksum(content); got != int32(want) {
			t.Errorf("Checksum(%s) = %d, want %d (Java)", name, got, want)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "inputs"))
	if n < 20 || n != len(entries) {
		t.Errorf("checksums.txt has %d entries for %d inputs; regenerate it (see README.md)", n, len(entries))
	}
}
