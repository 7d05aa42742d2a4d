package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Tracker records phases as they start, advance and end.
type Tracker struct {
	mu     sync.Mutex
	start  time.Time
	phases []*Phase
	status *statusLine // nil: no status line
}

// Phase is one step of the work: loading a state, diffing, rehearsing.
type Phase struct {
	t     *Tracker
	name  string
	unit  string // what done and total count: "statements", "objects"
	total int
	done  int
	begin time.Time
	took  time.Duration
	ended bool
}

// New returns a tracker that only records; Show adds the status line.
func New() *Tracker { return &Tracker{start: time.Now()} }

// Start begins a phase of total units (0: not counted).
func (t *Tracker) Start(name string, total int, unit string) *Phase {
	if t == nil {
		return nil
	}
	p := &Phase{t: t, name: name, unit: unit, total: total, begin: time.Now()}
	t.mu.Lock()
	t.phases = append(t.phases, p)
	t.mu.Unlock()
	return p
}

// Add counts n more units done.
func (p *Phase) Add(n int) {
	if p == nil {
		return
	}
	p.t.mu.Lock()
	p.done += n
	p.t.mu.Unlock()
}

// End ends the phase; ending it again changes nothing.
func (p *Phase) End() {
	if p == nil {
		return
	}
	p.t.mu.Lock()
	if !p.ended {
		p.ended, p.took = true, time.Since(p.begin)
	}
	p.t.mu.Unlock()
}

// Timing is a phase as it ended.
type Timing struct {
	Name  string
	At    time.Duration // when it started, since the tracker was made
	Took  time.Duration
	Count int    // units done
	Unit  string // what Count counts; "" when not counted
}

// Timings are the phases that ended, in the order they started.
func (t *Tracker) Timings() []Timing {
	if t == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []Timing
	for _, p := range t.phases {
		if p.ended {
			out = append(out, Timing{Name: p.name, At: p.begin.Sub(t.start), Took: p.took, Count: p.done, Unit: p.unit})
		}
	}
	return out
}

// WriteTimings writes the table --timings prints: each phase's time, when it
// started, what it counted, and the time since the tracker was made. The
// start times show which phases ran side by side.
func (t *Tracker) WriteTimings(w io.Writer) {
	if t == nil {
		return
	}
	timings := t.Timings()
	width := len("total")
	for _, p := range timings {
		width = max(width, len(p.Name))
	}
	var b strings.Builder
	b.WriteString("pgshape: timings (phases that ran at the same time overlap; \"at\": when each started):\n")
	for _, p := range timings {
		fmt.Fprintf(&b, "  %-*s %8.2f s  at %6.2f s", width, p.Name, p.Took.Seconds(), p.At.Seconds())
		if p.Unit != "" {
			fmt.Fprintf(&b, "  %s %s", Count(p.Count), p.Unit)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "  %-*s %8.2f s\n", width, "total", time.Since(t.start).Seconds())
	io.WriteString(w, b.String())
}

// Count writes n with thousands separators: 12,034.
func Count(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + Count(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
