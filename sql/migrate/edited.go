package migrate

import (
	"context"
	"fmt"
)

// EditedMigration is a versioned migration that was applied and whose file has
// changed since: the history's checksum is not the file's. The database holds
// what the old text did, so replaying the files no longer rebuilds it.
type EditedMigration struct {
	Version  string // as the history stores it
	Script   string // the file's path in its location
	Location string
	// Applied is the checksum in the history (nil when the row has none); Local
	// is the file's.
	Applied *int32
	Local   int32
}

func (e EditedMigration) String() string {
	applied := "NULL"
	if e.Applied != nil {
		applied = fmt.Sprint(*e.Applied)
	}
	return fmt.Sprintf("%s (version %s, location %s) was edited after it was applied: checksum applied %s, file now %d",
		e.Script, e.Version, e.Location, applied, e.Local)
}

// Edited returns the applied versioned migrations whose files changed since,
// in the order of the history. It only reads: no lock, no callbacks, nothing
// created, so it is safe against a production database. A database without a
// history table has nothing applied, hence nothing edited. Repeatable
// migrations are left out: changing one is how it is meant to be rerun.
// Migrations at or below the baseline are left out too, as validate does.
func (r *Runner) Edited(ctx context.Context) ([]EditedMigration, error) {
	s, err := r.open(ctx, false)
	if err != nil {
		return nil, err
	}
	defer s.close(ctx)
	tgt, _ := parseTarget(s.cfg.Target)
	st := buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt)
	var out []EditedMigration
	for _, row := range st.rows {
		if row.file == nil || row.row == nil || row.file.Kind != Versioned || !row.row.Success {
			continue
		}
		if row.State != StateSuccess && row.State != StateOutOfOrder {
			continue
		}
		if st.baseline != nil && row.file.Version.Compare(*st.baseline) <= 0 {
			continue
		}
		if row.row.Checksum != nil && *row.row.Checksum == row.file.Checksum {
			continue
		}
		out = append(out, EditedMigration{
			Version: row.row.Version, Script: row.file.Path, Location: row.file.location,
			Applied: row.row.Checksum, Local: row.file.Checksum,
		})
	}
	return out, nil
}
