package progress

import (
	"bytes"
	"strings"
	"testing"
)

func TestTimings(t *testing.T) {
	tr := New()
	load := tr.Start("load the desired state", 3, "statements")
	load.Add(2)
	if got := tr.line(); !strings.HasPrefix(got, "load the desired state 2/3 statements · ") {
		t.Errorf("status line %q", got)
	}
	load.Add(1)
	load.End()
	load.End() // a second End changes nothing
	diff := tr.Start("diff", 0, "")
	if got := tr.line(); !strings.HasPrefix(got, "diff · ") {
		t.Errorf("status line %q", got)
	}
	diff.End()
	tr.Start("never ended", 0, "")

	timings := tr.Timings()
	if len(timings) != 2 || timings[0].Name != "load the desired state" || timings[0].Count != 3 || timings[1].Name != "diff" {
		t.Fatalf("timings %+v", timings)
	}
	var b bytes.Buffer
	tr.WriteTimings(&b)
	out := b.String()
	if timings[1].At < timings[0].At {
		t.Errorf("diff started at %v, before the load (%v)", timings[1].At, timings[0].At)
	}
	for _, want := range []string{"load the desired state", "3 statements", "diff", "total", " at "} {
		if !strings.Contains(out, want) {
			t.Errorf("timings table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "never ended") {
		t.Errorf("a phase that did not end is in the table:\n%s", out)
	}
}

func TestNilTrackerDoesNothing(t *testing.T) {
	var tr *Tracker
	p := tr.Start("x", 1, "things")
	p.Add(1)
	p.End()
	tr.Show(&bytes.Buffer{})
	tr.Close()
	if tr.Timings() != nil {
		t.Error("a nil tracker has timings")
	}
	var b bytes.Buffer
	tr.Print(&b, "note")
	if b.String() != "note\n" {
		t.Errorf("Print on a nil tracker wrote %q", b.String())
	}
}

func TestNoStatusLineOffTerminals(t *testing.T) {
	tr := New()
	var b bytes.Buffer
	tr.Show(&b) // not a terminal: nothing drawn
	tr.Start("load", 10, "statements")
	tr.Print(&b, "pgshape: a note")
	tr.Close()
	if got := b.String(); got != "pgshape: a note\n" {
		t.Errorf("wrote %q to a writer that is not a terminal", got)
	}
}

func TestStatusLineErasedForNotes(t *testing.T) {
	var b bytes.Buffer
	s := &statusLine{w: &b}
	s.draw("loading 1/2")
	tr := &Tracker{status: s}
	tr.Print(&b, "note")
	s.draw("")
	got := b.String()
	if !strings.Contains(got, "\rloading 1/2\r") || !strings.Contains(got, "\r           \rnote\n") {
		t.Errorf("drawn %q", got)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 12034: "12,034", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := Count(n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}
