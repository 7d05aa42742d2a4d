package differ

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/pgshape/pgshape/model"
)

// hazardous returns a change to table name with hazards of kinds.
func hazardous(name string, kinds ...HazardKind) Change {
	c := &DropTable{Name: model.QName{Schema: "public", Name: name}}
	for _, k := range kinds {
		c.hazard(k, "%s on %s", k, name)
	}
	return c
}

func TestHazardPolicyRefuses(t *testing.T) {
	for _, tc := range []struct {
		allow []string
		want  []HazardKind // the kinds refused, in HazardKinds order
	}{
		{nil, []HazardKind{DataLoss, TableRewrite}},
		{[]string{"data-loss"}, []HazardKind{TableRewrite}},
		{[]string{" table-rewrite ", "index-build"}, []HazardKind{DataLoss}},
		{[]string{"all"}, nil},
		{[]string{"data-loss", "table-rewrite"}, nil},
	} {
		p, err := ParseHazardPolicy(tc.allow)
		if err != nil {
			t.Fatalf("%q: %v", tc.allow, err)
		}
		var got []HazardKind
		for _, k := range HazardKinds {
			if p.Refuses(k) {
				got = append(got, k)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q refuses %v, want %v", tc.allow, got, tc.want)
		}
	}
}

func TestParseHazardPolicyNamesUnknownKinds(t *testing.T) {
	_, err := ParseHazardPolicy([]string{"data-loss", "zap", "data-los"})
	want := `unknown hazard "data-los", "zap" (known: data-loss, table-rewrite, blocking-scan, index-dropped, index-build, all)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestHazardPolicyCheck(t *testing.T) {
	changes := []Change{
		hazardous("b", TableRewrite, BlockingScan),
		hazardous("a", DataLoss),
		hazardous("c", IndexBuild),
	}
	if err := AllowHazards(DataLoss, TableRewrite).Check(changes); err != nil {
		t.Errorf("both allowed: got %v, want nil", err)
	}
	var p HazardPolicy
	if got, want := p.RefusedKinds(changes), []HazardKind{DataLoss, TableRewrite}; !reflect.DeepEqual(got, want) {
		t.Errorf("refused kinds: got %v, want %v", got, want)
	}
	err := p.Check(changes)
	var refused *RefusedError
	if !errors.As(err, &refused) {
		t.Fatalf("got %v, want a *RefusedError", err)
	}
	want := strings.Join([]string{
		"the plan is refused: it has hazards you did not allow:",
		"  table public.b (table-rewrite): table-rewrite on b",
		"  table public.a (data-loss): data-loss on a",
		"review them, then rerun with --allow-hazards data-loss,table-rewrite",
	}, "\n")
	if err.Error() != want {
		t.Errorf("got\n%s\nwant\n%s", err, want)
	}
	if got := AllowHazards(DataLoss).RefusedKinds(changes); !reflect.DeepEqual(got, []HazardKind{TableRewrite}) {
		t.Errorf("data-loss allowed: refused kinds %v, want [table-rewrite]", got)
	}
}
