package config

import (
	"sort"
	"strings"
	"testing"
)

func TestNaturalLess(t *testing.T) {
	in := []string{"b.conf:1", "a.conf:10", "a.conf:9", "a.conf:100", "a.conf", "a.toml: flyway.x", "a.conf:09x", "env FLYWAY_X"}
	sort.SliceStable(in, func(i, j int) bool { return naturalLess(in[i], in[j]) })
	want := "a.conf a.conf:9 a.conf:09x a.conf:10 a.conf:100 a.toml: flyway.x b.conf:1 env FLYWAY_X"
	if got := strings.Join(in, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
