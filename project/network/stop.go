package network

import (
	"context"
	"fmt"
	"math"
)

// CheckInterval is the most steps of work (a tie counted, a node or tie
// visited by a search, a member compared between two networks) that
// BuildContext and AnalyseContext do between two looks at their context,
// some tens of microseconds: a cancelled context stops them within about
// that much work.
const CheckInterval = 1 << 14

// stop looks at a context every CheckInterval steps of work and remembers
// why it stopped. The zero stop (no context) never stops.
type stop struct {
	ctx  context.Context
	left int    // steps until the next look
	err  error  // the context's error, wrapped with where, once seen
	at   string // the stage under way, for the error
}

// stage names the work that follows and looks at the context at once.
func (s *stop) stage(name string) bool {
	s.at = name
	if s.ctx == nil && s.err == nil {
		return false
	}
	return s.look()
}

// after counts steps of work done and reports whether to stop: the
// context was seen cancelled, now or before. It is small enough to be
// inlined in the loops that call it; look does the rest.
func (s *stop) after(steps int) bool {
	if s.left -= steps; s.left > 0 {
		return false
	}
	return s.look()
}

// look looks at the context, when the steps until the next look are
// spent.
func (s *stop) look() bool {
	switch {
	case s.err != nil:
		s.left = 0 // every call looks, and stops
		return true
	case s.ctx == nil:
		s.left = math.MaxInt
		return false
	}
	s.left = CheckInterval
	if err := s.ctx.Err(); err != nil {
		s.err = fmt.Errorf("network: stopped in %s: %w", s.at, err)
		s.left = 0
		return true
	}
	return false
}
