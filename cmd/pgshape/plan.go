package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/internal/planner"
)

func newPlanCommand(g *globalFlags) *cobra.Command {
	var f planFlags
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Print the SQL that turns the current state into the desired one",
		Long: `Print the SQL that turns the current state (--url, or the migrations replayed)
into the desired state (--schema). Only SQL goes to stdout, nothing at all when the two
are in sync; notes go to stderr. The plan is rehearsed on a scratch copy of the current
state before it is printed. Changes with refused hazards (data-loss, table-rewrite) make
the command fail unless --allow-hazards names them.`,
		Example: `  pgshape plan                                   # schema/ against sql/ replayed
  pgshape plan --url postgres://app@db/app        # schema/ against a live database
  pgshape plan --allow-hazards data-loss          # accept dropping tables and columns`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.load(cmd)
			if err != nil {
				return err
			}
			opts, err := f.options(cmd, s)
			if err != nil {
				return err
			}
			allowed, err := f.allowed()
			if err != nil {
				return err
			}
			result, err := planner.Run(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if err := checkHazards(result, allowed); err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), result.Plan.SQL())
			return nil
		},
	}
	f.register(cmd)
	return cmd
}
