package migrate

import (
	"testing"
	"testing/fstest"
)

func TestNextName(t *testing.T) {
	tests := []struct {
		files []string
		desc  string
		want  string
	}{
		{nil, "init", "V001__init.sql"},
		{[]string{"R__views.sql"}, "init", "V001__init.sql"},
		{[]string{"V007__a.sql"}, "b", "V008__b.sql"},
		{[]string{"V1_2__a.sql"}, "b", "V1_3__b.sql"},
		{[]string{"V1.2__a.sql"}, "b", "V1.3__b.sql"},
		{[]string{"V9__a.sql"}, "b", "V10__b.sql"},
		{[]string{"V099__a.sql"}, "b", "V100__b.sql"},
		{[]string{"V999__a.sql"}, "b", "V1000__b.sql"},
		{[]string{"V1.9__a.sql"}, "b", "V1.10__b.sql"},
		{[]string{"V1.0__a.sql"}, "b", "V1.1__b.sql"},
		// Numeric, not string order: V10 is the latest, not V9.
		{[]string{"V9__a.sql", "V10__b.sql", "V2__c.sql"}, "d", "V11__d.sql"},
		{[]string{"V001__a.sql", "V002__b.sql", "sub/V003__c.sql"}, "d", "V004__d.sql"},
		{[]string{"V20240101120000__a.sql"}, "b", "V20240101120001__b.sql"},
		{[]string{"V99999999999999999999999__a.sql"}, "b", "V100000000000000000000000__b.sql"},
		{[]string{"v3__a.SQL"}, "b", "v4__b.SQL"},
		{[]string{"V1__a.sql"}, "Add reviews!", "V2__add_reviews.sql"},
		{[]string{"V1__a.sql"}, "  Add   user-email index. ", "V2__add_user_email_index.sql"},
		{[]string{"V1__a.sql"}, "don't drop/../etc", "V2__dont_drop_etc.sql"},
		{[]string{"V1__a.sql"}, "Ajouter l'élève", "V2__ajouter_lélève.sql"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for _, f := range tt.files {
			fsys[f] = &fstest.MapFile{Data: []byte("SELECT 1;\n")}
		}
		d, err := Scan(fsys)
		if err != nil {
			t.Fatalf("Scan(%v): %v", tt.files, err)
		}
		got, err := NextName(d, tt.desc)
		if err != nil {
			t.Errorf("NextName(%v, %q): %v", tt.files, tt.desc, err)
			continue
		}
		if got != tt.want {
			t.Errorf("NextName(%v, %q) = %q, want %q", tt.files, tt.desc, got, tt.want)
		}
	}
}

func TestNextNameEmptyDescription(t *testing.T) {
	for _, desc := range []string{"", "   ", "!!!", "--/--"} {
		if got, err := NextName(&Dir{}, desc); err == nil {
			t.Errorf("NextName(%q) = %q, want an error", desc, got)
		}
	}
}
