package review

import (
	"fmt"
	"html"
	"io"
	"strings"
)

// collapseDiffLines is the length from which an object's diff is folded into a
// <details> block, so a pull request comment stays readable when a plan
// touches many objects; short diffs stay open.
const collapseDiffLines = 25

// WriteMarkdown writes r as a GitHub-flavoured Markdown pull request
// comment: a heading, the summary, problems, a hazards table, the SQL in a sql
// block, each object's diff in a diff block, and the next steps. Text from the
// schema (identifiers, messages) is escaped, and code blocks are fenced with
// more backticks than they contain, so no SQL can break out of them.
func WriteMarkdown(w io.Writer, r *Review) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", escapeMarkdown(r.Title))
	if r.InSync() {
		fmt.Fprintf(&b, "✅ %s.\n", escapeMarkdown(upperFirst(r.SummaryLine())))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "**%s**\n", escapeMarkdown(upperFirst(r.SummaryLine())))
	if len(r.Problems) > 0 {
		// One text block: problems name files (V1__a.sql) that Markdown would
		// take for emphasis, and may span lines.
		items := make([]string, len(r.Problems))
		for i, p := range r.Problems {
			items[i] = "- " + indentLines(p, "  ")
		}
		b.WriteString("\n### Problems\n\n")
		b.WriteString(fenced("text", strings.Join(items, "\n")))
	}
	if len(r.Hazards) > 0 {
		// The target column (table size, time blocked) only when the current
		// state is a real database: empty tables would say nothing.
		graded := false
		for _, h := range r.Hazards {
			graded = graded || h.Grade != nil
		}
		if graded {
			b.WriteString("\n### Hazards\n\n| statement | hazard | target | why | what to do |\n|---|---|---|---|---|\n")
		} else {
			b.WriteString("\n### Hazards\n\n| statement | hazard | why | what to do |\n|---|---|---|---|\n")
		}
		for _, h := range r.Hazards {
			target := ""
			if h.Grade != nil {
				target = escapeCell(gradeLine(*h.Grade)) + " | "
			} else if graded {
				target = " | "
			}
			fmt.Fprintf(&b, "| %s | %s | %s%s | %s |\n", tableCode(oneLine(h.Statement)), escapeCell(string(h.Kind)),
				target, escapeCell(h.Why), escapeCell(h.WhatToDo))
		}
	}
	if locked := r.LockedStatements(); len(locked) > 0 {
		b.WriteString("\n### Locks seen in the rehearsal\n\nEach statement lists the locks it added on existing tables; a lock lasts until its transaction ends, and statements not listed added none.\n\n| statement | locks |\n|---|---|\n")
		for _, s := range locked {
			fmt.Fprintf(&b, "| %s | %s |\n", tableCode(oneLine(s.SQL)), escapeCell(s.locksText()))
		}
	}
	if r.SQL != "" {
		b.WriteString("\n### SQL\n\n")
		b.WriteString(fenced("sql", r.SQL))
	}
	if len(r.Objects) > 0 {
		fmt.Fprintf(&b, "\n### Objects (%s → %s)\n", escapeMarkdown(r.From), escapeMarkdown(r.To))
		for _, o := range r.Objects {
			title := fmt.Sprintf("%s (%s)", o.Object, o.Status)
			if strings.Count(o.Unified, "\n") >= collapseDiffLines {
				fmt.Fprintf(&b, "\n<details><summary>%s</summary>\n\n%s\n</details>\n", html.EscapeString(title), fenced("diff", o.Unified))
				continue
			}
			fmt.Fprintf(&b, "\n**%s**\n\n%s", escapeMarkdown(title), fenced("diff", o.Unified))
		}
	}
	if len(r.NextSteps) > 0 {
		b.WriteString("\n### Next steps\n\n")
		for _, s := range r.NextSteps {
			fmt.Fprintf(&b, "- %s\n", escapeMarkdown(oneLine(s.Text)))
			if s.Command != "" {
				b.WriteString("\n  " + indentLines(fenced("sh", s.Command), "  ") + "\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fenced puts text in a fenced code block whose fence is longer than any run
// of backticks in text: CommonMark closes a block only on a fence at least as
// long as the opening one.
func fenced(lang, text string) string {
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	return fence + lang + "\n" + strings.TrimRight(text, "\n") + "\n" + fence + "\n"
}

// tableCode renders s as a code span inside a table cell: delimited by more
// backticks than s holds in a row, with pipes escaped (GitHub splits cells on
// them even inside code spans, and drops the backslash it needed).
func tableCode(s string) string {
	ticks := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " " // a span may not start or end with its own delimiter character
	}
	return ticks + pad + strings.ReplaceAll(s, "|", `\|`) + pad + ticks
}

func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// markdownEscaper backslash-escapes the characters that would otherwise start
// emphasis, code, links, HTML or table cells in running text; identifiers such
// as V1__init or public.old_stuff must appear as written.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`, "~", `\~`, "&", "&amp;",
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// escapeCell escapes s for a table cell, which must stay on one line: line
// breaks become <br>.
func escapeCell(s string) string {
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n")
	for i, l := range lines {
		lines[i] = escapeMarkdown(l)
	}
	return strings.Join(lines, "<br>")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
