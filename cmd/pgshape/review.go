package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/review"
)

// formatFlag is a command's --format: one of a fixed list of names, checked
// before any work is done, so that a typo costs no database; and --order, the
// order of the hazards in a review.
type formatFlag struct {
	value   string
	allowed []string
	order   string
}

func (f *formatFlag) register(cmd *cobra.Command, def, usage string, allowed ...string) {
	f.allowed = allowed
	cmd.Flags().StringVar(&f.value, "format", def, usage+": "+strings.Join(allowed, ", "))
	cmd.Flags().StringVar(&f.order, "order", "plan", "order of the hazards in a review (text, markdown, json): plan, the statements' order,\n"+
		"or risk: refused kinds first, then the longest estimated blocking time, then the largest table")
}

// check fails with a usage error (exit 2) naming the valid formats or orders.
func (f *formatFlag) check() error {
	if !slices.Contains(review.HazardOrders, f.order) {
		return fmt.Errorf("--order %q: unknown order (valid: %s)", f.order, strings.Join(review.HazardOrders, ", "))
	}
	for _, a := range f.allowed {
		if f.value == a {
			return nil
		}
	}
	return fmt.Errorf("--format %q: unknown format (valid: %s)", f.value, strings.Join(f.allowed, ", "))
}

// arrange puts the review's hazards in the --order asked for.
func (f *formatFlag) arrange(r *review.Review) {
	if f.order == "risk" {
		r.OrderByRisk()
	}
}

// isReview reports whether the format renders a review.Review.
func (f *formatFlag) isReview() bool {
	for _, r := range review.Formats {
		if f.value == r {
			return true
		}
	}
	return false
}

// reviewOf builds the review of a planner result, its hazards graded by the
// target's table sizes when it has them and put in format's --order; from
// and to label the two states in the per-object diffs.
func reviewOf(result *planner.Result, format *formatFlag, title, from, to string) (*review.Review, error) {
	r, err := review.New(review.Input{
		Plan: result.Plan, Base: result.Base, Current: result.Current, Desired: result.Desired,
		FromName: from, ToName: to, Title: title, Grades: result.Grades,
	})
	if err != nil {
		return nil, err
	}
	format.arrange(r)
	return r, nil
}
