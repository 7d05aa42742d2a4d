package drift

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the report for a pull request or an issue: the headline,
// a table of objects, each object's diff in a fenced diff block, then history
// problems and pending files as lists.
func WriteMarkdown(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString("## Drift report\n\n")
	b.WriteString(markdownText(r.headline()) + "\n")
	if len(r.Objects) > 0 {
		b.WriteString("\n| Object | Status |\n|---|---|\n")
		for _, o := range r.Objects {
			fmt.Fprintf(&b, "| `%s` | %s |\n", o.Object, statusPhrase(o.Status))
		}
		for _, o := range r.Objects {
			fmt.Fprintf(&b, "\n### %s: `%s`\n\n```diff\n%s```\n", statusPhrase(o.Status), o.Object, o.Unified)
		}
	}
	if len(r.History) > 0 {
		b.WriteString("\n### History problems\n\n")
		for _, p := range r.History {
			fmt.Fprintf(&b, "- **%s** `%s`: %s\n", p.Kind, problemName(p), markdownText(p.Message))
		}
	}
	if len(r.Pending) > 0 {
		b.WriteString("\n### Pending migrations (not drift)\n\n")
		for _, p := range r.Pending {
			fmt.Fprintf(&b, "- `%s`\n", pendingName(p))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownText escapes the characters that would turn plain text into markup.
func markdownText(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}
