package review

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes r for a terminal: the title and summary on one line,
// then problems, hazards (each with why and what to do), the SQL, the
// per-object diffs and the next steps. States in sync take that one line.
func WriteText(w io.Writer, r *Review) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.Title, r.SummaryLine())
	if len(r.Problems) > 0 {
		b.WriteString("\nProblems:\n")
		for _, p := range r.Problems {
			fmt.Fprintf(&b, "  - %s\n", indentLines(p, "    "))
		}
	}
	if len(r.Hazards) > 0 {
		b.WriteString("\nHazards:\n")
		for _, h := range r.Hazards {
			fmt.Fprintf(&b, "  %s on %s\n", h.Kind, h.Object)
			fmt.Fprintf(&b, "    statement:  %s\n", oneLine(h.Statement))
			fmt.Fprintf(&b, "    why:        %s\n", oneLine(h.Why))
			if h.Grade != nil {
				fmt.Fprintf(&b, "    target:     %s\n", gradeLine(*h.Grade))
			}
			fmt.Fprintf(&b, "    what to do: %s\n", oneLine(h.WhatToDo))
		}
	}
	if locked := r.LockedStatements(); len(locked) > 0 {
		b.WriteString("\nLocks seen in the rehearsal (new ones only: a lock lasts until its transaction ends):\n")
		for _, s := range locked {
			fmt.Fprintf(&b, "  %s\n    %s\n", oneLine(s.SQL), s.locksText())
		}
	}
	if r.SQL != "" {
		b.WriteString("\nSQL:\n\n")
		b.WriteString("    " + indentLines(strings.TrimRight(r.SQL, "\n"), "    "))
		b.WriteString("\n")
	}
	if len(r.Objects) > 0 {
		b.WriteString("\nObjects:\n")
		for _, o := range r.Objects {
			fmt.Fprintf(&b, "\n  %s (%s)\n", o.Object, o.Status)
			b.WriteString("    " + indentLines(strings.TrimRight(o.Unified, "\n"), "    "))
			b.WriteString("\n")
		}
	}
	if len(r.NextSteps) > 0 {
		b.WriteString("\nNext steps:\n")
		for _, s := range r.NextSteps {
			fmt.Fprintf(&b, "  - %s\n", indentLines(s.Text, "    "))
			if s.Command != "" {
				fmt.Fprintf(&b, "      %s\n", s.Command)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// gradeLine says in one line how heavy a hazard is on the target:
// "public.users: ~50k rows, 3.1 MB; ~4 s blocking writes".
func gradeLine(g HazardGrade) string {
	return g.Table.String() + ": " + g.Size() + "; " + g.Blocking()
}

// indentLines puts prefix before every line of s but the first, which the
// caller has already placed; blank lines stay blank (no trailing spaces).
func indentLines(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = prefix + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// oneLine puts s on one line, every run of white space one space: a
// statement or message in a list or a table cell.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
