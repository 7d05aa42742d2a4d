package drift

import (
	"fmt"
	"io"
	"strings"

	"github.com/pgshape/pgshape/review"
	"github.com/pgshape/pgshape/sql/migrate"
)

// statusPhrase says what happened to an object, from the database's side.
func statusPhrase(s review.Status) string {
	switch s {
	case review.Added:
		return "added by hand"
	case review.Dropped:
		return "dropped by hand"
	}
	return "changed by hand"
}

// expectedPhrase names the expected state: "the migrations in sql at version 3".
func (r *Report) expectedPhrase() string {
	where := strings.Join(r.Expected.Locations, ", ")
	if r.Expected.Source == SourceSchema {
		return "the schema in " + where
	}
	switch {
	case !r.Expected.HasHistory:
		return "the migrations in " + where + " (none applied: the database has no history table)"
	case r.Expected.Version == "":
		return "the migrations in " + where + " (none applied)"
	}
	return "the migrations in " + where + " up to version " + r.Expected.Version
}

// headline is the report's first line.
func (r *Report) headline() string {
	if !r.Drifted() {
		return fmt.Sprintf("No drift: %s matches %s.", r.Database, r.expectedPhrase())
	}
	var parts []string
	if n := len(r.Objects); n > 0 {
		parts = append(parts, plural(n, "object differs", "objects differ"))
	}
	if n := len(r.History); n > 0 {
		parts = append(parts, plural(n, "history problem", "history problems"))
	}
	return fmt.Sprintf("Drift: %s against %s: %s.", r.Database, r.expectedPhrase(), strings.Join(parts, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// problemName names the file or version a history problem is about.
func problemName(p migrate.Problem) string {
	if p.Version == "" {
		return p.Script
	}
	return "version " + p.Version + " (" + p.Script + ")"
}

// pendingName names a pending file.
func pendingName(row migrate.InfoRow) string {
	if row.Version == "" {
		return row.Script + " (repeatable)"
	}
	return row.Script
}

// WriteText writes the report for a terminal: a headline, each object with its
// unified diff (expected → actual), the history problems and the pending files.
func WriteText(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString(r.headline() + "\n")
	for _, o := range r.Objects {
		fmt.Fprintf(&b, "\n%s: %s\n", statusPhrase(o.Status), o.Object)
		b.WriteString(o.Unified)
	}
	if len(r.History) > 0 {
		b.WriteString("\nHistory problems:\n")
		for _, p := range r.History {
			fmt.Fprintf(&b, "  %s: %s: %s\n", p.Kind, problemName(p), p.Message)
		}
	}
	if len(r.Pending) > 0 {
		b.WriteString("\nPending (not applied yet, not drift; run pgshape migrate):\n")
		for _, p := range r.Pending {
			fmt.Fprintf(&b, "  %s\n", pendingName(p))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
