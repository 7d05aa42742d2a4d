package review

import (
	"fmt"
	"math"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// HazardGrade is how heavy a change's hazards are on the real target: the
// table the change touches, that table's size as the target database knows
// it, and an estimate of how long the change blocks the table. The planner
// computes it when the current state is a real database (--url); a plan of
// migrations replayed, whose tables are empty, has none.
type HazardGrade struct {
	Table model.QName
	// Rows is the planner's estimate (pg_class.reltuples), -1 when unknown
	// (the table was never analyzed).
	Rows int64
	// Bytes is the size on disk: heap, TOAST and indexes (for a partitioned
	// table, its partitions').
	Bytes int64
	// BlockingSeconds estimates how long the statement holds a lock that blocks
	// the table's writes while it works (scans, rewrites, builds an index); 0
	// when it does not block writes, or only for a catalog update. Blocks is what
	// the lock blocks, "writes" or "reads and writes", empty when nothing.
	BlockingSeconds float64
	Blocks          string
}

// Grades are the grades of a plan's changes; changes that touch no table of
// known size have none.
type Grades map[differ.Change]HazardGrade

// Blocking says what the change blocks and for how long, in a few words:
// "~4 s blocking writes", "< 1 s blocking reads and writes", "writes not
// blocked".
func (g HazardGrade) Blocking() string {
	if g.Blocks == "" {
		return "writes not blocked"
	}
	if g.BlockingSeconds < 1 {
		return "< 1 s blocking " + g.Blocks
	}
	return "~" + duration(g.BlockingSeconds) + " blocking " + g.Blocks
}

// Size says how big the table is: "~6.0M rows, 1.2 GB", "rows unknown (never
// analyzed), 16 kB".
func (g HazardGrade) Size() string {
	return RowCount(g.Rows) + ", " + ByteSize(g.Bytes)
}

// RowCount renders a row estimate: "~6.0M rows", "~50k rows", "~12 rows",
// "rows unknown (never analyzed)" for -1.
func RowCount(n int64) string {
	switch {
	case n < 0:
		return "rows unknown (never analyzed)"
	case n == 1:
		return "~1 row"
	case n < 1000:
		return fmt.Sprintf("~%d rows", n)
	case n < 1_000_000:
		return "~" + oneDecimal(float64(n)/1e3) + "k rows"
	case n < 1_000_000_000:
		return "~" + oneDecimal(float64(n)/1e6) + "M rows"
	}
	return "~" + oneDecimal(float64(n)/1e9) + "G rows"
}

// ByteSize renders a size on disk in binary units, as pg_size_pretty does but
// with one decimal: "0 bytes", "16 kB", "3.1 MB", "1.2 GB".
func ByteSize(n int64) string {
	units := []string{"kB", "MB", "GB", "TB"}
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	v := float64(n)
	unit := ""
	for _, u := range units {
		v /= 1024
		unit = u
		if v < 1024 {
			break
		}
	}
	return oneDecimal(v) + " " + unit
}

// oneDecimal prints v with one decimal below 10 and none above: 6.0, 12, 340.
func oneDecimal(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

// duration renders seconds (at least 1) as "4 s", "3 min", "2.5 h".
func duration(s float64) string {
	switch {
	case s < 60:
		return fmt.Sprintf("%.0f s", math.Round(s))
	case s < 3600:
		return fmt.Sprintf("%.0f min", math.Round(s/60))
	}
	return oneDecimal(s/3600) + " h"
}
