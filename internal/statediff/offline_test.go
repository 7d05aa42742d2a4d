package statediff

import (
	"strings"
	"testing"
)

// A column added is a difference of its table, and of nothing else.
func TestOfflineDifference(t *testing.T) {
	r, err := Offline("testdata/offline/base", "testdata/offline/changed")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Objects) != 1 || r.Objects[0].Object.String() != "table public.customers" || r.Objects[0].Status != "changed" {
		t.Fatalf("got %+v, want table public.customers changed", r.Objects)
	}
	if !strings.Contains(r.Objects[0].Unified, "+CREATE TABLE customers (id int PRIMARY KEY, email varchar(200) NOT NULL, phone text);") {
		t.Errorf("diff:\n%s", r.Objects[0].Unified)
	}
	if note := r.Notes[r.Objects[0].Object]; note != "" {
		t.Errorf("a real difference has a note: %s", note)
	}
}

// Case, spacing, order of statements and files, int vs integer and varchar vs
// character varying are settled by pg_query; int4 vs integer and public.t vs t
// are not, and are reported with a note that they may be spelling only.
func TestOfflineSpellingOnly(t *testing.T) {
	r, err := Offline("testdata/offline/base", "testdata/offline/respelled")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Objects) != 1 || r.Objects[0].Object.String() != "table public.customers" {
		t.Fatalf("got %+v, want only table public.customers", r.Objects)
	}
	if note := r.Notes[r.Objects[0].Object]; !strings.Contains(note, "spelling only") {
		t.Errorf("note %q, want one saying it may be spelling only; diff:\n%s", note, r.Objects[0].Unified)
	}
	if r, err := Offline("testdata/offline/base", "testdata/offline/base"); err != nil || r.Differs() {
		t.Errorf("a directory against itself: %+v, %v", r, err)
	}
}
