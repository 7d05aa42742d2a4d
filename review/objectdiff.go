package review

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// Status says how an object differs between two states.
type Status string

// The statuses of an object diff.
const (
	Added   Status = "added"   // only in the second state
	Dropped Status = "dropped" // only in the first state
	Changed Status = "changed" // in both, defined differently
)

// ObjectDiff is one object whose definition differs between two states.
type ObjectDiff struct {
	Object model.ObjectID
	Status Status
	Before string // definition in the first state; empty when added
	After  string // definition in the second state; empty when dropped
	// Unified is a unified diff of Before and After, labelled by state names.
	Unified string
}

// DiffDefinitions compares two states object by object (see emitter.Define), in the order of
// the objects. fromName and toName label the unified diffs ("current", "desired").
func DiffDefinitions(from, to []emitter.Definition, fromName, toName string) []ObjectDiff {
	before := map[model.ObjectID]string{}
	for _, d := range from {
		before[d.Object] = d.SQL
	}
	after := map[model.ObjectID]string{}
	for _, d := range to {
		after[d.Object] = d.SQL
	}
	var ids []model.ObjectID
	for _, d := range from {
		ids = append(ids, d.Object)
	}
	for _, d := range to {
		if _, ok := before[d.Object]; !ok {
			ids = append(ids, d.Object)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return emitter.LessObject(ids[i], ids[j]) })
	var out []ObjectDiff
	for _, id := range ids {
		b, inFrom := before[id]
		a, inTo := after[id]
		d := ObjectDiff{Object: id, Before: b, After: a}
		switch {
		case !inTo:
			d.Status = Dropped
		case !inFrom:
			d.Status = Added
		case a != b:
			d.Status = Changed
		default:
			continue
		}
		d.Unified = UnifiedDiff(b, a, fromName, toName)
		out = append(out, d)
	}
	return out
}

// contextLines is how many unchanged lines a hunk shows around a change, as diff -u.
const contextLines = 3

// UnifiedDiff renders the line differences of a and b as a unified diff with
// headers "--- aName" and "+++ bName". Empty when a equals b.
func UnifiedDiff(a, b, aName, bName string) string {
	if a == b {
		return ""
	}
	lines := diffLines(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", aName, bName)
	for start := 0; start < len(lines); {
		// Find the next changed line; a hunk spans changes closer than 2*context.
		first := start
		for first < len(lines) && lines[first].op == ' ' {
			first++
		}
		if first == len(lines) {
			break
		}
		lo := max(first-contextLines, start)
		hi := first
		for i := first; i < len(lines); i++ {
			if lines[i].op != ' ' {
				hi = i
			} else if i-hi > 2*contextLines {
				break
			}
		}
		hi = min(hi+contextLines+1, len(lines))
		writeHunk(&out, lines, lo, hi)
		start = hi
	}
	return out.String()
}

type diffLine struct {
	op         byte // ' ', '-' or '+'
	text       string
	aNum, bNum int // line numbers before this line, in a and in b
}

func diffLines(a, b string) []diffLine {
	dmp := diffmatchpatch.New()
	ca, cb, table := dmp.DiffLinesToChars(withNewline(a), withNewline(b))
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), table)
	var out []diffLine
	an, bn := 0, 0
	for _, d := range diffs {
		text := strings.TrimSuffix(d.Text, "\n")
		if d.Text == "" {
			continue
		}
		for _, l := range strings.Split(text, "\n") {
			dl := diffLine{text: l, aNum: an, bNum: bn}
			switch d.Type {
			case diffmatchpatch.DiffEqual:
				dl.op = ' '
				an++
				bn++
			case diffmatchpatch.DiffDelete:
				dl.op = '-'
				an++
			case diffmatchpatch.DiffInsert:
				dl.op = '+'
				bn++
			}
			out = append(out, dl)
		}
	}
	return out
}

func withNewline(s string) string {
	if s == "" || strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}

func writeHunk(out *strings.Builder, lines []diffLine, lo, hi int) {
	aCount, bCount := 0, 0
	for _, l := range lines[lo:hi] {
		if l.op != '+' {
			aCount++
		}
		if l.op != '-' {
			bCount++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(lines[lo].aNum, aCount), hunkRange(lines[lo].bNum, bCount))
	for _, l := range lines[lo:hi] {
		out.WriteByte(l.op)
		out.WriteString(l.text)
		out.WriteByte('\n')
	}
}

// hunkRange is diff -u's "start,count": start is 1-based, or the line before an
// empty range.
func hunkRange(before, count int) string {
	start := before + 1
	if count == 0 {
		start = before
	}
	if count == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}
