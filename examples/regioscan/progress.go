package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress writes a progress line on standard error while a long run of
// assessments goes on: only when standard error is a terminal, not before
// the run has taken a while, and never with -q. The line is rewritten in
// place and cleared at the end, so that it never mixes with the results or
// the messages.
type progress struct {
	w     io.Writer // nil: silent
	now   func() time.Time
	start time.Time
	after time.Duration
	shown bool
}

func newProgress(w io.Writer, enabled bool, now func() time.Time, after time.Duration) *progress {
	if !enabled {
		return &progress{}
	}
	return &progress{w: w, now: now, start: now(), after: after}
}

// step reports that file i (counted from 1) of n is next.
func (p *progress) step(i, n int, name string) {
	if p.w == nil || !p.shown && p.now().Sub(p.start) < p.after {
		return
	}
	p.shown = true
	fmt.Fprintf(p.w, "\rregioscan: assessing %d of %d: %s\x1b[K", i, n, name)
}

// done clears the progress line, if one was shown.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
