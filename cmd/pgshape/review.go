package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/planner"
)

// formatFlag is a command's --format: one of a fixed list of names, checked
// before any work is done, so that a typo costs no database.
type formatFlag struct {
	value   string
	allowed []string
}

func (f *formatFlag) register(cmd *cobra.Command, def, usage string, allowed ...string) {
	f.allowed = allowed
	cmd.Flags().StringVar(&f.value, "format", def, usage+": "+strings.Join(allowed, ", "))
}

// check fails with a usage error (exit 2) naming the valid formats.
func (f *formatFlag) check() error {
	for _, a := range f.allowed {
		if f.value == a {
			return nil
		}
	}
	return fmt.Errorf("--format %q: unknown format (valid: %s)", f.value, strings.Join(f.allowed, ", "))
}

// isReview reports whether the format renders an emitter.Review.
func (f *formatFlag) isReview() bool {
	for _, r := range emitter.ReviewFormats {
		if f.value == r {
			return true
		}
	}
	return false
}

// reviewOf builds the review of a planner result; from and to label the two
// states in the per-object diffs.
func reviewOf(result *planner.Result, title, from, to string) (*emitter.Review, error) {
	return emitter.NewReview(emitter.ReviewInput{
		Plan: result.Plan, Base: result.Base, Current: result.Current, Desired: result.Desired,
		FromName: from, ToName: to, Title: title,
	})
}

// refusedKinds returns the kinds of the plan's hazards that are refused unless
// allowed, in differ.HazardKinds order.
func refusedKinds(plan *emitter.Plan) []string {
	seen := map[differ.HazardKind]bool{}
	for _, c := range plan.Changes {
		for _, h := range c.Hazards() {
			if h.Kind.Refused() {
				seen[h.Kind] = true
			}
		}
	}
	var out []string
	for _, k := range differ.HazardKinds {
		if seen[k] {
			out = append(out, string(k))
		}
	}
	return out
}
