package migrate

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// RepairResult is what Repair changed in the history table.
type RepairResult struct {
	// Removed are the failed rows deleted.
	Removed []HistoryRow
	// Deleted are the applied migrations whose file is gone, now marked by a
	// DELETE row.
	Deleted []HistoryRow
	// Aligned are applied versioned rows whose checksum, description or type
	// were set to their file's.
	Aligned []HistoryRow
}

// Repair fixes the history table, in one transaction, as Flyway's repair does:
// it deletes the failed rows, marks applied migrations whose file is gone with a
// DELETE row, and realigns the checksum, description and type of applied rows
// with their files. It does not touch the schema: what a failed
// non-transactional file left behind must be undone by hand.
func (r *Runner) Repair(ctx context.Context) (*RepairResult, error) {
	res := &RepairResult{}
	s, err := r.open(ctx, true)
	if err != nil {
		return res, err
	}
	defer s.close(ctx)
	err = s.withCallbacks(ctx, BeforeRepair, AfterRepair, AfterRepairError, func() error {
		return s.repair(ctx, res)
	})
	return res, err
}

func (s *session) repair(ctx context.Context, res *RepairResult) error {
	if ok, err := s.hasTable(ctx); err != nil || !ok {
		return err
	}
	tgt, _ := parseTarget(s.cfg.Target)
	st := buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt)
	err := pgx.BeginFunc(ctx, s.conn, func(tx pgx.Tx) error {
		for _, r := range st.rows {
			row := r.row
			if row == nil {
				continue
			}
			switch {
			case r.State.failed():
				if _, err := tx.Exec(ctx, "DELETE FROM "+s.table.String()+" WHERE installed_rank = $1", row.Rank); err != nil {
					return err
				}
				res.Removed = append(res.Removed, *row)
			case r.State == StateMissing:
				del := HistoryRow{Version: row.Version, Description: row.Description, Type: TypeDelete,
					Script: row.Script, Checksum: row.Checksum, InstalledBy: s.user, Success: true}
				if err := insertRow(ctx, tx, s.table, del); err != nil {
					return err
				}
				res.Deleted = append(res.Deleted, *row)
			case (r.State == StateSuccess || r.State == StateOutOfOrder) && r.file != nil && r.file.Kind == Versioned:
				f := r.file
				desc := truncate(f.Description, 200)
				if row.Type == TypeSQL && row.Checksum != nil && *row.Checksum == f.Checksum && row.Description == desc {
					continue
				}
				if _, err := tx.Exec(ctx, "UPDATE "+s.table.String()+" SET checksum = $1, description = $2, type = $3 WHERE installed_rank = $4",
					f.Checksum, desc, TypeSQL, row.Rank); err != nil {
					return err
				}
				aligned := *row
				sum := f.Checksum
				aligned.Checksum, aligned.Description, aligned.Type = &sum, desc, TypeSQL
				res.Aligned = append(res.Aligned, aligned)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("migrate: repair %s: %w", s.table, err)
	}
	return s.reload(ctx)
}
