package migrate

import (
	"errors"
	"testing"
)

func TestParseName(t *testing.T) {
	tests := []struct {
		name        string
		kind        Kind // 0: not a migration name
		version     string
		description string
	}{
		{"V1__init.sql", Versioned, "1", "init"},
		{"V001__create_users.sql", Versioned, "001", "create users"},
		{"V1_2__add_index.sql", Versioned, "1.2", "add index"},
		{"V1.2.3__x.sql", Versioned, "1.2.3", "x"},
		{"v2__lower_prefix.sql", Versioned, "2", "lower prefix"},
		{"V3__upper_suffix.SQL", Versioned, "3", "upper suffix"},
		{"V4__a__b.sql", Versioned, "4", "a  b"},
		{"V5__.sql", Versioned, "5", ""},
		{"R__views.sql", Repeatable, "", "views"},
		{"r__lower.sql", Repeatable, "", "lower"},
		{"R__.sql", Repeatable, "", ""},
		{"V__nover.sql", 0, "", ""},
		{"V1_init.sql", 0, "", ""},
		{"V1.sql", 0, "", ""},
		{"V1__x.txt", 0, "", ""},
		{"V1__x.sql.conf", 0, "", ""},
		{"Va__x.sql", 0, "", ""},
		{"R1__x.sql", 0, "", ""},
		{"U1__undo.sql", 0, "", ""},
		{"beforeMigrate.sql", 0, "", ""},
		{".sql", 0, "", ""},
		{"", 0, "", ""},
	}
	for _, tt := range tests {
		f, err := ParseName(tt.name)
		if tt.kind == 0 {
			if err == nil {
				t.Errorf("ParseName(%q) = %+v, want an error", tt.name, f)
			} else if !errors.Is(err, ErrNotMigration) {
				t.Errorf("ParseName(%q) error %v does not wrap ErrNotMigration", tt.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseName(%q): %v", tt.name, err)
			continue
		}
		if f.Kind != tt.kind || f.Version.String() != tt.version || f.Description != tt.description || f.Path != tt.name {
			t.Errorf("ParseName(%q) = %v %q %q %q, want %v %q %q %q", tt.name,
				f.Kind, f.Version, f.Description, f.Path, tt.kind, tt.version, tt.description, tt.name)
		}
	}
}
