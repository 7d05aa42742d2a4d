package migrate

import (
	"strings"
	"testing"
)

// FuzzParseName checks that no file name makes the parser panic, that a parsed
// version re-rendered parses equal, and that the next name after any parsed
// version parses and is higher. Seeds are in testdata/fuzz/FuzzParseName.
func FuzzParseName(f *testing.F) {
	f.Add("V1__init.sql")
	f.Add("R__views.sql")
	f.Fuzz(func(t *testing.T, name string) {
		file, err := ParseName(name)
		if err != nil || file.Kind != Versioned {
			return
		}
		v := file.Version
		for _, text := range []string{v.String(), v.Raw()} {
			w, err := ParseVersion(text)
			if err != nil {
				t.Fatalf("%q: version %q does not parse again: %v", name, text, err)
			}
			if !w.Equal(v) || w.String() != v.String() {
				t.Fatalf("%q: version %q parses as %q", name, text, w)
			}
		}
		again, err := ParseName("V" + v.Raw() + separator + strings.ReplaceAll(file.Description, " ", "_") + suffix)
		if err != nil || !again.Version.Equal(v) || again.Description != file.Description {
			t.Fatalf("%q: re-rendered name parses as %+v, %v", name, again, err)
		}
		next, err := NextName(&Dir{Versioned: []File{file}}, "next")
		if err != nil {
			t.Fatalf("%q: NextName: %v", name, err)
		}
		nf, err := ParseName(next)
		if err != nil {
			t.Fatalf("%q: next name %q does not parse: %v", name, next, err)
		}
		if nf.Version.Compare(v) <= 0 {
			t.Fatalf("%q: next name %q is not higher", name, next)
		}
	})
}
