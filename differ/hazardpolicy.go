package differ

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// refusedUnlessAllowed are the kinds a plan may not have unless the user names
// them: they destroy data or block a table for as long as it is rewritten, so
// only the user can judge whether that is acceptable. The other kinds are
// reported, never refused.
var refusedUnlessAllowed = map[HazardKind]bool{DataLoss: true, TableRewrite: true}

// HazardPolicy says which hazards a plan may have: every place that refuses a
// plan, or says what would be refused (the CLI's plan, generate and drift
// --fix, reviews and their JSON, the generate command check prints), asks
// one. The zero HazardPolicy is the default: it refuses data-loss and
// table-rewrite and allows the other kinds.
type HazardPolicy struct {
	allowed map[HazardKind]bool
}

// AllowHazards returns the policy that also allows kinds.
func AllowHazards(kinds ...HazardKind) HazardPolicy {
	p := HazardPolicy{allowed: map[HazardKind]bool{}}
	for _, k := range kinds {
		p.allowed[k] = true
	}
	return p
}

// ParseHazardPolicy reads the names of allowed kinds as --allow-hazards and
// pgshape.allowHazards take them: kind names, or "all"; spaces around a name
// do not count. The error names every unknown name, sorted, and the known ones.
func ParseHazardPolicy(names []string) (HazardPolicy, error) {
	var kinds []HazardKind
	var unknown []string
	for _, name := range names {
		name = strings.TrimSpace(name)
		if name == "all" {
			kinds = append(kinds, HazardKinds...)
			continue
		}
		known := false
		for _, k := range HazardKinds {
			if string(k) == name {
				kinds, known = append(kinds, k), true
			}
		}
		if !known {
			unknown = append(unknown, fmt.Sprintf("%q", name))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return HazardPolicy{}, fmt.Errorf("unknown hazard %s (known: %s, all)", strings.Join(unknown, ", "), HazardKindList())
	}
	return AllowHazards(kinds...), nil
}

// HazardKindList names every kind, for help texts and errors:
// "data-loss, table-rewrite, ...".
func HazardKindList() string { return JoinHazardKinds(HazardKinds, ", ") }

// JoinHazardKinds joins the names of kinds with sep; with ",", the list
// --allow-hazards takes.
func JoinHazardKinds(kinds []HazardKind, sep string) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, sep)
}

// Refuses reports whether the policy refuses a plan with a hazard of kind k.
func (p HazardPolicy) Refuses(k HazardKind) bool {
	return refusedUnlessAllowed[k] && !p.allowed[k]
}

// RefusedHazard is a hazard a policy refuses, with the object of its change.
type RefusedHazard struct {
	Object model.ObjectID
	Hazard
}

// String says what is refused and why: "table public.t (data-loss): drops ...".
func (r RefusedHazard) String() string {
	return fmt.Sprintf("%s (%s): %s", r.Object, r.Kind, r.Message)
}

// Refused returns the hazards of changes the policy refuses, in plan order.
func (p HazardPolicy) Refused(changes []Change) []RefusedHazard {
	var out []RefusedHazard
	for _, c := range changes {
		for _, h := range c.Hazards() {
			if p.Refuses(h.Kind) {
				out = append(out, RefusedHazard{Object: c.Object(), Hazard: h})
			}
		}
	}
	return out
}

// RefusedKinds returns the kinds of the hazards of changes the policy
// refuses, each once, in HazardKinds order: what --allow-hazards must name
// for the plan to pass.
func (p HazardPolicy) RefusedKinds(changes []Change) []HazardKind {
	return kindsOf(p.Refused(changes))
}

// Check returns a *RefusedError when the policy refuses some of changes'
// hazards, nil when it refuses none.
func (p HazardPolicy) Check(changes []Change) error {
	if refused := p.Refused(changes); len(refused) > 0 {
		return &RefusedError{Hazards: refused}
	}
	return nil
}

// RefusedError is a plan refused for its hazards: it lists them, and says
// which kinds to allow once they are reviewed.
type RefusedError struct {
	Hazards []RefusedHazard // in plan order
}

func (e *RefusedError) Error() string {
	lines := make([]string, len(e.Hazards))
	for i, h := range e.Hazards {
		lines[i] = h.String()
	}
	return fmt.Sprintf("the plan is refused: it has hazards you did not allow:\n  %s\nreview them, then rerun with --allow-hazards %s",
		strings.Join(lines, "\n  "), JoinHazardKinds(e.Kinds(), ","))
}

// Kinds returns the kinds refused, each once, in HazardKinds order.
func (e *RefusedError) Kinds() []HazardKind { return kindsOf(e.Hazards) }

func kindsOf(hazards []RefusedHazard) []HazardKind {
	seen := map[HazardKind]bool{}
	for _, h := range hazards {
		seen[h.Kind] = true
	}
	var out []HazardKind
	for _, k := range HazardKinds {
		if seen[k] {
			out = append(out, k)
		}
	}
	return out
}
