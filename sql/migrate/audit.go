package migrate

import "context"

// ProblemKind classifies what validate finds wrong with a history. Values are
// stable: drift prints them in JSON.
type ProblemKind string

// The kinds of history problems.
const (
	ProblemFailed  ProblemKind = "failed"  // a failed row (also of a missing or future file)
	ProblemChanged ProblemKind = "changed" // an applied file edited since: checksum, description or type differs
	ProblemMissing ProblemKind = "missing" // an applied version with no file
	ProblemFuture  ProblemKind = "future"  // an applied version newer than every file (ignored by default)
	ProblemIgnored ProblemKind = "ignored" // a file below the current version never applied (outOfOrder off)
	ProblemPending ProblemKind = "pending" // a file not applied yet (a problem for standalone validate only)
)

// Problem is one thing validate finds wrong, with the row or file it is about.
type Problem struct {
	Kind    ProblemKind
	Version string // as stored or as the file names it; "" for repeatables
	Script  string
	Message string // validate's message, with what to do about it
}

// Audit is a read-only look at a database's history against the files.
type Audit struct {
	// HasHistory is false when the history table does not exist: no migration
	// was ever applied.
	HasHistory bool
	// Version is the highest applied version (the baseline counts), "" when none.
	Version string
	// Rows are info's rows.
	Rows []InfoRow
	// Problems are what validate on migrate would refuse (pending files are
	// not problems there), honouring ignoreMigrationPatterns.
	Problems []Problem
	// Pending are the files migrate would apply, in order.
	Pending []InfoRow
}

// Audit reads the history and compares it with the files as Info and Validate
// do, without the lock and without running callbacks: it changes nothing and
// waits for nothing.
func (r *Runner) Audit(ctx context.Context) (*Audit, error) {
	patterns, err := parseIgnorePatterns(r.cfg.IgnoreMigrationPatterns)
	if err != nil {
		return nil, err
	}
	tgt, err := parseTarget(r.cfg.Target)
	if err != nil {
		return nil, err
	}
	s, err := r.open(ctx, false)
	if err != nil {
		return nil, err
	}
	defer s.close(ctx)
	st := buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt)
	a := &Audit{
		HasHistory: s.history != nil,
		Version:    CurrentVersion(st.rows),
		Rows:       st.rows,
		Problems:   findProblems(st, patterns, false),
		Pending:    st.pending(),
	}
	if !a.HasHistory {
		a.HasHistory, err = tableExists(ctx, s.conn, s.table)
	}
	return a, err
}
