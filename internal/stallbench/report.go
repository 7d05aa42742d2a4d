//go:build linux

package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// report collects the results and writes them as Markdown.
type report struct {
	cfg     config
	version string
	results []result
	failure string // why the run stopped early
	elapsed time.Duration
}

func (r *report) add(res result) { r.results = append(r.results, res) }

// write prints the report to stdout and, with -out, to a file.
func (r *report) write() error {
	text := r.markdown()
	fmt.Print(text)
	if r.cfg.out == "" {
		return nil
	}
	if err := os.WriteFile(r.cfg.out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("stallbench: -out: %w", err)
	}
	return nil
}

func (r *report) markdown() string {
	var b strings.Builder
	pace := "as fast as they can"
	if r.cfg.rate > 0 {
		pace = fmt.Sprintf("%d writes a second in all", r.cfg.rate)
	}
	fmt.Fprintf(&b, "Longest writer stall while a schema change is applied: %d clients, each running single-row UPDATEs by random primary key and, one write in %d, an INSERT, %s; "+
		"PostgreSQL %s (fsync, synchronous_commit and full_page_writes off, autovacuum off, shared_buffers 1GB); "+
		"the long reader keeps its transaction for %s; the run took %s.\n\n",
		r.cfg.clients, r.cfg.insertEvery, pace, r.version, r.cfg.reader, r.elapsed.Round(time.Second))
	b.WriteString("| operation | rows | pgshape longest stall (ms) | naive longest stall (ms) | pgshape apply (ms) | naive apply (ms) |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|\n")
	for _, res := range r.results {
		fmt.Fprintf(&b, "| %s | %d | %s | %s | %s | %s |\n", res.op.title, res.rows,
			cell(res.pgshape), cell(res.naive), applyCell(res.pgshape), applyCell(res.naive))
	}
	if r.failure != "" {
		fmt.Fprintf(&b, "\n**The run stopped early:** %s\n", firstLine(r.failure))
	}
	b.WriteString("\nStall: the longest latency of any write that overlapped the apply window " +
		"(pgshape: the `pgshape migrate` process, generate not included; naive: the DDL as one query). " +
		"Apply: the window's length. The no-DDL row is two windows of " + r.cfg.window.String() + " (one per column) with nothing applied: the noise floor.\n\nNotes:\n\n")
	for _, res := range r.results {
		fmt.Fprintf(&b, "- %s, %d rows: %s\n", res.op.title, res.rows, r.notes(res))
	}
	return b.String()
}

// cell is a stall in milliseconds, with what went wrong.
func cell(m measurement) string {
	var s string
	switch {
	case !m.measured:
		s = "—"
	case !m.stats.complete:
		s = "≥ " + ms(m.stats.longest)
	default:
		s = ms(m.stats.longest)
	}
	if m.err != nil {
		s += " (" + failure(m.err) + ")"
	}
	return s
}

func applyCell(m measurement) string {
	if !m.measured {
		return "—"
	}
	return ms(m.apply)
}

// failure names what failed in a cell, in a few words; notes have the message.
func failure(err error) string {
	msg := err.Error()
	for _, prefix := range []string{"generate wrote no file", "generate", "migrate", "check after the DDL", "the DDL did not reach"} {
		if strings.HasPrefix(msg, prefix) {
			return prefix + " failed"
		}
	}
	return "failed"
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%d", d.Milliseconds())
}

// notes says, for one row, what pgshape wrote and printed and how many writes each
// window saw.
func (r *report) notes(res result) string {
	var parts []string
	p, n := res.pgshape, res.naive
	parts = append(parts, fmt.Sprintf("the table held %d rows", res.live))
	if !res.op.idle {
		if len(p.files) > 0 {
			parts = append(parts, fmt.Sprintf("pgshape wrote %d file(s) (%s)", len(p.files), strings.Join(p.files, ", ")))
		}
		if p.allowHazards != "" {
			parts = append(parts, "generate needed --allow-hazards all (it said: "+p.allowHazards+")")
		}
		if p.measured {
			parts = append(parts, fmt.Sprintf("%d line(s) of migrate's output mention a retry", p.retries))
		}
	}
	for _, side := range []struct {
		name string
		m    measurement
	}{{"pgshape", p}, {"naive", n}} {
		if side.m.err != nil {
			parts = append(parts, side.name+": "+firstLine(side.m.err.Error()))
		}
		if side.m.measured {
			parts = append(parts, fmt.Sprintf("%s window: %d writes (%d failed), p99 %.1f ms, longest in the %s before %s ms, "+
				"writer lock waits of 100 ms or more in the server log: %d%s", side.name,
				side.m.stats.writes, side.m.stats.failed, float64(side.m.stats.p99.Microseconds())/1000, r.cfg.pause, ms(side.m.before),
				side.m.lockWaits, longestWait(side.m)))
		}
		if side.m.measured && !side.m.stats.complete {
			parts = append(parts, side.name+": a writer was still blocked when the benchmark stopped waiting")
		}
	}
	if res.op.naive != "" {
		parts = append(parts, "naive DDL: `"+res.op.naive+"`")
	}
	return strings.Join(parts, "; ")
}

func longestWait(m measurement) string {
	if m.lockWaits == 0 {
		return ""
	}
	return " (longest " + ms(m.longestLockWait) + " ms)"
}
