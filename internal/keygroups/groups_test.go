package keygroups

import (
	"slices"
	"testing"
)

func TestGroups(t *testing.T) {
	g := New()
	g.Union("a", "b")
	g.Union("c", "d")
	g.Union("b", "d")
	if g.Find("a") != g.Find("c") {
		t.Error("a and c apart after a-b, c-d, b-d")
	}
	if g.Find("e") == g.Find("a") {
		t.Error("a key never joined is in a group")
	}
	got := slices.Clone(g.Members("d"))
	slices.Sort(got)
	if !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Errorf("members %v", got)
	}
	if m := g.Members("e"); !slices.Equal(m, []string{"e"}) {
		t.Errorf("members of a lone key %v", m)
	}
}
