package migrate

import (
	"context"
	"fmt"
)

// Baseline marks the database as being at BaselineVersion: it creates the
// history table when missing and writes a BASELINE row, so Migrate skips every
// file up to that version. A history that already holds migrations is refused;
// one already baselined at the same version is left as it is.
func (r *Runner) Baseline(ctx context.Context) error {
	s, err := r.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.close(ctx)
	return s.withCallbacks(ctx, BeforeBaseline, AfterBaseline, AfterBaselineError, func() error {
		return s.baseline(ctx)
	})
}

func (s *session) baseline(ctx context.Context) error {
	if err := s.prepareTable(ctx, &Summary{}, false); err != nil {
		return err
	}
	want, _ := ParseVersion(s.cfg.BaselineVersion)
	for _, row := range s.history {
		switch row.Type {
		case TypeSchema:
			continue
		case TypeBaseline:
			v, err := ParseVersion(row.Version)
			if err == nil && v.Equal(want) {
				s.cfg.logf("%s is already baselined at version %s", s.table, row.Version)
				return nil
			}
			return fmt.Errorf("migrate: %s is already baselined at version %s, not %s", s.table, row.Version, want)
		default:
			return fmt.Errorf("migrate: cannot baseline %s: it already holds migrations (%s, rank %d)", s.table, row.Script, row.Rank)
		}
	}
	if err := insertRow(ctx, s.conn, s.table, s.baselineRow()); err != nil {
		return err
	}
	return s.reload(ctx)
}
