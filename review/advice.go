package review

import "github.com/pgshape/pgshape/differ"

// hazardAdvice says, per hazard kind, what a reviewer should do before letting
// the statement run. Every kind of differ.HazardKinds has an entry: a test
// checks it, so a new kind cannot reach a review without advice.
var hazardAdvice = map[differ.HazardKind]string{
	differ.DataLoss: "Back up the data (or copy it to where it is still needed) and check that nothing reads it any more; " +
		"then allow it with --allow-hazards data-loss.",
	differ.TableRewrite: "The table is locked for reads and writes while it is rewritten: run it off-peak after timing it on a copy, " +
		"or use expand/contract (add a new column, backfill in batches, switch the application, drop the old one); " +
		"then allow it with --allow-hazards table-rewrite.",
	differ.BlockingScan: "Writes wait while the table is checked: run it off-peak on a large table. For a constraint, split it " +
		"(add it NOT VALID, then VALIDATE CONSTRAINT in a later migration, which lets writes continue); for NOT NULL, " +
		"backfill the column first (a new NOT NULL column without a default fails on a table with rows).",
	differ.IndexDropped: "Check in pg_stat_user_indexes (idx_scan) that no frequent query still uses the index; " +
		"deploy the application change that stops using it first.",
	differ.IndexBuild: "Run it off-peak and watch CPU and I/O; a CONCURRENTLY build that fails leaves an INVALID index " +
		"behind, to drop before retrying.",
}

// HazardAdvice returns what to do about a hazard of kind k.
func HazardAdvice(k differ.HazardKind) string {
	if a, ok := hazardAdvice[k]; ok {
		return a
	}
	return "Read the statement and judge its effect on a live database before allowing it."
}
