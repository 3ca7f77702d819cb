package projecttest

import (
	"encoding/binary"
	"math/rand/v2"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// Streams of the PCG source, so that collaborations and projects drawn
// from the same seed are independent of each other.
const (
	streamCollaborations = 0x636f6c6c6162   // "collab"
	streamProjects       = 0x70726f6a656374 // "project"
)

// horizon is the last day the generator looks at: no phase change,
// milestone or end date lies after it.
var horizon = collab.NewDate(2022, time.December, 31)

// rng wraps a seeded random source with the draws the generator needs.
type rng struct{ r *rand.Rand }

func newRNG(seed, stream uint64) *rng {
	return &rng{r: rand.New(rand.NewPCG(seed, stream))} // #nosec G404 -- seeded on purpose: test data must be reproducible
}

// uuid draws a random (version 4) UUID.
func (g *rng) uuid() uuid.UUID {
	var u uuid.UUID
	binary.BigEndian.PutUint64(u[:8], g.r.Uint64())
	binary.BigEndian.PutUint64(u[8:], g.r.Uint64())
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// between draws an int in [lo, hi].
func (g *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.r.IntN(hi-lo+1)
}

// chance reports true with probability p.
func (g *rng) chance(p float64) bool { return g.r.Float64() < p }

// date draws a day in [a, b]; a when b is before a.
func (g *rng) date(a, b collab.Date) collab.Date {
	days := b.DaysSince(a)
	if days <= 0 {
		return a
	}
	return a.AddDate(0, 0, g.r.IntN(days+1))
}

// digits draws a string of n decimal digits.
func (g *rng) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

// weighted is a value with a relative weight.
type weighted[T any] struct {
	v T
	w int
}

// pick draws a value from ws in proportion to the weights.
func pick[T any](g *rng, ws []weighted[T]) T {
	total := 0
	for _, x := range ws {
		total += x.w
	}
	k := g.r.IntN(total)
	for _, x := range ws {
		if k < x.w {
			return x.v
		}
		k -= x.w
	}
	return ws[len(ws)-1].v
}

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
