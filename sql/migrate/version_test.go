package migrate

import "testing"

func TestParseVersion(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String(); "" means an error
		wantErr bool
	}{
		{in: "1", want: "1"},
		{in: "001", want: "001"},
		{in: "1_2", want: "1.2"},
		{in: "1.2.3", want: "1.2.3"},
		{in: "1_2.3", want: "1.2.3"},
		{in: "20240101120000", want: "20240101120000"},
		{in: "123456789012345678901234567890", want: "123456789012345678901234567890"},
		{in: "", wantErr: true},
		{in: "a", wantErr: true},
		{in: "1a", wantErr: true},
		{in: "1..2", wantErr: true},
		{in: "1__2", wantErr: true},
		{in: ".1", wantErr: true},
		{in: "1.", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "1 2", wantErr: true},
		{in: "١", wantErr: true}, // Arabic-Indic digit one
	}
	for _, tt := range tests {
		v, err := ParseVersion(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseVersion(%q) = %q, want an error", tt.in, v)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseVersion(%q): %v", tt.in, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("ParseVersion(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
		if v.Raw() != tt.in {
			t.Errorf("ParseVersion(%q).Raw() = %q, want %q", tt.in, v.Raw(), tt.in)
		}
	}
}

func TestVersionCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "1", 0},
		{"1", "1.0", 0},
		{"1", "001", 0},
		{"1.0.0", "001", 0},
		{"1_1", "1.1", 0},
		{"1.10", "1.9", 1},
		{"1.9", "1.10", -1},
		{"2", "1.99", 1},
		{"1.0.1", "1", 1},
		{"10", "9", 1},
		{"010", "9", 1},
		{"99999999999999999999999", "99999999999999999999998", 1},
		{"100000000000000000000000", "99999999999999999999999", 1},
		{"0", "0.0", 0},
	}
	for _, tt := range tests {
		a, b := mustVersion(t, tt.a), mustVersion(t, tt.b)
		if got := a.Compare(b); got != tt.want {
			t.Errorf("Compare(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := b.Compare(a); got != -tt.want {
			t.Errorf("Compare(%s, %s) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
		if got := a.Equal(b); got != (tt.want == 0) {
			t.Errorf("Equal(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want == 0)
		}
	}
}

func mustVersion(t *testing.T, s string) Version {
	t.Helper()
	v, err := ParseVersion(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
