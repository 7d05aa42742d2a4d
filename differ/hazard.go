package differ

import "fmt"

// HazardKind classifies what can go wrong when a change runs on a live database.
type HazardKind string

// The hazard kinds. Kinds marked refused make a plan fail unless the user allows them
// by name (--allow-hazards; see HazardPolicy); the others are reported in the plan's
// header.
const (
	// DataLoss: the change destroys data (drop table, drop column, narrowing type change).
	// Refused unless allowed.
	DataLoss HazardKind = "data-loss"
	// TableRewrite: the table is rewritten under an ACCESS EXCLUSIVE lock, blocking reads
	// and writes for as long as the rewrite takes. Refused unless allowed.
	TableRewrite HazardKind = "table-rewrite"
	// BlockingScan: the table is scanned (to validate a constraint) while holding a lock
	// that blocks writes.
	BlockingScan HazardKind = "blocking-scan"
	// IndexDropped: an index disappears, or is briefly absent while it is rebuilt;
	// queries that used it may slow down.
	IndexDropped HazardKind = "index-dropped"
	// IndexBuild: an index is built on an existing table; CONCURRENTLY avoids blocking
	// writes, but the build loads the server.
	IndexBuild HazardKind = "index-build"
)

// HazardKinds lists every kind, for help texts and flag validation.
var HazardKinds = []HazardKind{DataLoss, TableRewrite, BlockingScan, IndexDropped, IndexBuild}

// Hazard is one risk of one change, with a sentence saying why.
type Hazard struct {
	Kind    HazardKind
	Message string
}

func newHazard(kind HazardKind, format string, args ...any) Hazard {
	return Hazard{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

func (h Hazard) String() string { return string(h.Kind) + ": " + h.Message }
