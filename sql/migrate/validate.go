package migrate

import (
	"context"
	"fmt"
	"strings"
)

// ValidationError lists what validate found wrong, one problem per entry.
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	if len(e.Problems) == 1 {
		return "migrate: validate failed: " + e.Problems[0]
	}
	return "migrate: validate failed:\n  - " + strings.Join(e.Problems, "\n  - ")
}

// ignorePattern is one type:state entry of ignoreMigrationPatterns.
type ignorePattern struct{ kind, state string }

var (
	patternKinds  = []string{"*", "versioned", "repeatable"}
	patternStates = []string{"*", "missing", "pending", "ignored", "future"}
)

func parseIgnorePatterns(patterns []string) ([]ignorePattern, error) {
	var out []ignorePattern
	for _, p := range patterns {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		kind, state, ok := strings.Cut(strings.ToLower(p), ":")
		if !ok || !contains(patternKinds, kind) || !contains(patternStates, state) {
			return nil, fmt.Errorf("migrate: ignore migration pattern %q is not type:state with type one of %s and state one of %s",
				p, strings.Join(patternKinds, ", "), strings.Join(patternStates, ", "))
		}
		out = append(out, ignorePattern{kind, state})
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ignores reports whether a pattern lets a row of category cat in state pass.
func ignores(patterns []ignorePattern, cat, state string) bool {
	for _, p := range patterns {
		if (p.kind == "*" || p.kind == strings.ToLower(cat)) && (p.state == "*" || p.state == state) {
			return true
		}
	}
	return false
}

// validate applies Flyway's rules to st. Pending migrations are an error only
// when pendingFails (standalone validate, not validate on migrate).
func validate(st *status, patterns []ignorePattern, pendingFails bool) error {
	found := findProblems(st, patterns, pendingFails)
	if len(found) == 0 {
		return nil
	}
	problems := make([]string, len(found))
	for i, p := range found {
		problems[i] = p.Message
	}
	return &ValidationError{Problems: problems}
}

// findProblems is validate's list, each problem with its kind.
func findProblems(st *status, patterns []ignorePattern, pendingFails bool) []Problem {
	var problems []Problem
	add := func(kind ProblemKind, r InfoRow, msg string) {
		problems = append(problems, Problem{Kind: kind, Version: r.Version, Script: r.Script, Message: msg})
	}
	for _, r := range st.rows {
		name := r.Script
		if r.Version != "" {
			name = "version " + r.Version + " (" + r.Script + ")"
		}
		switch r.State {
		case StateFailed, StateMissingFailed, StateFutureFailed:
			add(ProblemFailed, r, fmt.Sprintf("detected failed migration to %s: fix the file, undo what it "+
				"left half-applied (it ran outside a transaction), then run `pgshape repair` (Flyway: repair) and migrate again", name))
		case StateIgnored:
			if !ignores(patterns, r.Category, "ignored") {
				add(ProblemIgnored, r, fmt.Sprintf("detected resolved migration not applied to database: %s is below the "+
					"current version %s and outOfOrder is off: to apply it, use outOfOrder (--out-of-order); to ignore it, "+
					"set ignoreMigrationPatterns to *:ignored", name, st.current))
			}
		case StateMissing:
			if !ignores(patterns, r.Category, "missing") {
				add(ProblemMissing, r, fmt.Sprintf("detected applied migration not resolved locally: %s: if it was removed "+
					"on purpose, run `pgshape repair` to mark it deleted", name))
			}
		case StateFuture:
			if !ignores(patterns, r.Category, "future") {
				add(ProblemFuture, r, fmt.Sprintf("detected applied migration newer than every file: %s", name))
			}
		case StatePending, StateOutdated:
			if pendingFails && r.State == StatePending && !ignores(patterns, r.Category, "pending") {
				add(ProblemPending, r, fmt.Sprintf("detected resolved migration not applied to database: %s", name))
			}
		case StateSuccess, StateOutOfOrder:
			if p := mismatch(st, r); p != "" {
				add(ProblemChanged, r, p)
			}
		}
	}
	return problems
}

// mismatch compares an applied versioned row with its file: type, checksum and
// description must agree, above the baseline.
func mismatch(st *status, r InfoRow) string {
	if r.file == nil || r.row == nil || r.file.Kind != Versioned || r.Category == "" {
		return ""
	}
	if st.baseline != nil && r.file.Version.Compare(*st.baseline) <= 0 {
		return ""
	}
	row, f := r.row, r.file
	var diffs []string
	if row.Type != TypeSQL {
		diffs = append(diffs, fmt.Sprintf("type: applied %s, resolved locally SQL", row.Type))
	}
	if row.Checksum == nil || *row.Checksum != f.Checksum {
		applied := "NULL"
		if row.Checksum != nil {
			applied = fmt.Sprint(*row.Checksum)
		}
		diffs = append(diffs, fmt.Sprintf("checksum: applied %s, resolved locally %d", applied, f.Checksum))
	}
	if row.Description != truncate(f.Description, 200) {
		diffs = append(diffs, fmt.Sprintf("description: applied %q, resolved locally %q", row.Description, f.Description))
	}
	if len(diffs) == 0 {
		return ""
	}
	return fmt.Sprintf("migration version %s (%s) differs from what was applied: %s; revert the file, or run `pgshape repair` "+
		"to realign the history with the files", row.Version, f.Path, strings.Join(diffs, "; "))
}

// Validate checks the files against the history with Flyway's rules: no failed
// rows, no missing, ignored or pending migrations (unless ignoreMigrationPatterns
// lets them pass), and applied files unchanged. Problems come back as a
// *ValidationError.
func (r *Runner) Validate(ctx context.Context) (err error) {
	s, err := r.open(ctx, false)
	if err != nil {
		return err
	}
	defer s.close(ctx)
	return s.withCallbacks(ctx, BeforeValidate, AfterValidate, AfterValidateError, func() error {
		return s.validate(true)
	})
}

func (s *session) validate(pendingFails bool) error {
	patterns, err := parseIgnorePatterns(s.cfg.IgnoreMigrationPatterns)
	if err != nil {
		return err
	}
	tgt, _ := parseTarget(s.cfg.Target)
	return validate(buildStatus(s.src, s.history, s.cfg.OutOfOrder, tgt), patterns, pendingFails)
}

// withCallbacks runs before, then do, then after (or onError when do fails).
func (s *session) withCallbacks(ctx context.Context, before, after, onError string, do func() error) error {
	if err := s.runCallbacks(ctx, before, false); err != nil {
		return err
	}
	if err := do(); err != nil {
		if cbErr := s.runCallbacks(ctx, onError, false); cbErr != nil {
			s.cfg.logf("%v", cbErr)
		}
		return err
	}
	return s.runCallbacks(ctx, after, false)
}
