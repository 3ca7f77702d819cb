package projecttest

import (
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// streamProjects is the PCG stream of the portfolio generator, so that
// projects and the collaborations drawn from the same seed (on
// collabtest's own stream) are independent of each other.
const streamProjects = 0x70726f6a656374 // "project"

// horizon is the last day the generator looks at: no phase change,
// milestone or end date lies after it.
var horizon = collab.NewDate(2022, time.December, 31)

// rng is collabtest's seeded source, carrying the portfolio generator's
// methods.
type rng struct{ *collabtest.Rand }

func newRNG(seed, stream uint64) *rng { return &rng{collabtest.NewRand(seed, stream)} }

// weighted is a value with a relative weight.
type weighted[T any] = collabtest.Weighted[T]

// pick draws a value from ws in proportion to the weights.
func pick[T any](g *rng, ws []weighted[T]) T { return collabtest.Pick(g.Rand, ws) }

func maxDate(a, b collab.Date) collab.Date {
	if a.After(b) {
		return a
	}
	return b
}

func minDate(a, b collab.Date) collab.Date {
	if a.Before(b) {
		return a
	}
	return b
}

// slab hands out small slices carved from large blocks, so that a portfolio
// of a million projects takes a few thousand allocations instead of
// millions, and each project's lists lie close together in memory. Every
// slice handed out has its capacity capped at its length, so that an append
// by the caller never writes into a neighbour.
type slab[T any] struct{ buf []T }

const slabBlock = 4096

func (s *slab[T]) take(src []T) []T {
	n := len(src)
	if n == 0 {
		return nil
	}
	if len(s.buf) < n {
		s.buf = make([]T, max(n, slabBlock))
	}
	out := s.buf[:n:n]
	s.buf = s.buf[n:]
	copy(out, src)
	return out
}
