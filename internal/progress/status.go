package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// statusLine redraws one line on a terminal with the phases running now.
type statusLine struct {
	mu    sync.Mutex // draw and Print, from different goroutines
	w     io.Writer
	width int
	stop  chan struct{}
	done  chan struct{}
}

// refresh is how often the status line is redrawn.
const refresh = 200 * time.Millisecond

// Show draws the status line on w every so often until Close, when w is a
// terminal; otherwise it does nothing, so that logs and pipes get no
// control characters.
func (t *Tracker) Show(w io.Writer) {
	if t == nil || t.status != nil || !isTerminal(w) {
		return
	}
	s := &statusLine{w: w, stop: make(chan struct{}), done: make(chan struct{})}
	t.status = s
	go func() {
		defer close(s.done)
		tick := time.NewTicker(refresh)
		defer tick.Stop()
		for {
			select {
			case <-s.stop:
				s.draw("")
				return
			case <-tick.C:
				s.draw(t.line())
			}
		}
	}()
}

// Close erases the status line and stops drawing it.
func (t *Tracker) Close() {
	if t == nil || t.status == nil {
		return
	}
	close(t.status.stop)
	<-t.status.done
	t.status = nil
}

// line is the status of the phases running now: "loading the desired state
// 4,210/12,034 statements · 12.3 s".
func (t *Tracker) line() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var running []string
	for _, p := range t.phases {
		if p.ended {
			continue
		}
		s := p.name
		if p.unit != "" && p.total > 0 {
			s += fmt.Sprintf(" %s/%s %s", Count(p.done), Count(p.total), p.unit)
		}
		running = append(running, s)
	}
	if len(running) == 0 {
		return ""
	}
	return fmt.Sprintf("%s · %.1f s", strings.Join(running, " · "), time.Since(t.start).Seconds())
}

// draw replaces the line drawn before with line, cut to the terminal's usual
// width so that it never wraps.
func (s *statusLine) draw(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	const maxWidth = 100
	if r := []rune(line); len(r) > maxWidth {
		line = string(r[:maxWidth-1]) + "…"
	}
	pad := max(s.width-len([]rune(line)), 0)
	fmt.Fprintf(s.w, "\r%s%s\r", line, strings.Repeat(" ", pad))
	if line == "" {
		fmt.Fprint(s.w, "\r")
	}
	s.width = len([]rune(line))
}

// isTerminal reports whether w is a terminal (a character device) and TERM
// does not say it is a dumb one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Print writes a line of text to w, first erasing the status line when it is
// drawn on w: notes and warnings read as they would without it, and the next
// redraw puts it back under them.
func (t *Tracker) Print(w io.Writer, text string) {
	if t == nil || t.status == nil || t.status.w != w {
		io.WriteString(w, text+"\n")
		return
	}
	s := t.status
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(s.w, "\r%s\r%s\n", strings.Repeat(" ", s.width), text)
	s.width = 0
}
