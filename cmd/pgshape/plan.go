package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/review"
)

func newPlanCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	var format formatFlag
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Print the SQL that turns the current state into the desired one",
		Long: `Print the SQL that turns the current state (--url, or the migrations replayed)
into the desired state (--schema). Only SQL goes to stdout, nothing at all when the two
are in sync; notes go to stderr. The plan is rehearsed on a scratch copy of the current
state before it is printed. Changes with refused hazards (data-loss, table-rewrite) make
the command fail unless --allow-hazards names them.

--format text, markdown or json prints a review instead of the bare SQL: a summary
(objects added, changed, dropped; statements), each hazard with why and what to do,
the SQL, and each object's definition before and after as a unified diff. A review
shows refused hazards rather than failing on them: it is meant to be read. The JSON
shape is stable (its "format" field says which version); see README, Reviewing changes.

With --url, each hazard is graded by the target: the table it touches, its rows
(the planner's estimate) and size on disk, and an estimate of how long the change
blocks it (a scan at ~200 MB/s, an index build at ~100 MB/s, a rewrite at ~50 MB/s;
none for what runs CONCURRENTLY). --order risk lists the refused hazards first, then
the longest blocking, then the largest tables. The review also lists, per statement,
the table locks the rehearsal saw it take.`,
		Example: `  pgshape plan                                   # schema/ against sql/ replayed
  pgshape plan --url postgres://app@db/app        # schema/ against a live database
  pgshape plan --allow-hazards data-loss          # accept dropping tables and columns
  pgshape plan --format markdown > review.md      # a review for a pull request comment
  pgshape plan --format json | jq '.hazards[] | select(.refused)'
  pgshape plan --url "$DATABASE_URL" --format text --order risk   # the riskiest first`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, project, err := f.prepare(cmd, g, &format)
			if err != nil {
				return err
			}
			defer f.finish(cmd)
			policy, err := f.hazardPolicy()
			if err != nil {
				return err
			}
			result, err := planner.Plan(cmd.Context(), opts, project.Current(), project.Desired())
			if err != nil {
				return err
			}
			if format.isReview() {
				return writePlanReview(cmd, result, policy, &format)
			}
			if err := policy.Check(result.Plan.Changes); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), result.Plan.SQL())
			return nil
		},
	}
	f.register(cmd)
	format.register(cmd, "sql", "output format", "sql", "text", "json", "markdown")
	return cmd
}

// writePlanReview prints the review of a plan; a step says which hazards
// generate and plan --format sql would refuse.
func writePlanReview(cmd *cobra.Command, result *planner.Result, policy differ.HazardPolicy, format *formatFlag) error {
	r, err := reviewOf(result, format, "pgshape plan", "current", "desired")
	if err != nil {
		return err
	}
	if refused := policy.RefusedKinds(result.Plan.Changes); len(refused) > 0 {
		r.NextSteps = append(r.NextSteps, review.Step{
			Text: "The plan has hazards that are refused unless allowed: review them, then allow them by name with " +
				"--allow-hazards " + differ.JoinHazardKinds(refused, ",") + " (plan, generate).",
		})
	}
	return review.Write(cmd.OutOrStdout(), r, format.value)
}
