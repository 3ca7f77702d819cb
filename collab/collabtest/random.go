package collabtest

import (
	"encoding/binary"
	"math/rand/v2"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// streamCollaborations is the PCG stream of the collaboration generator;
// generators built on it (such as projecttest's portfolios) draw from
// streams of their own, so that their data are independent of each other.
const streamCollaborations = 0x636f6c6c6162 // "collab"

// Rand draws the values synthetic test data need from a seeded PCG source
// (math/rand/v2), so that the same seed and stream give the same data on
// every machine and run. It is exported for generators of the types built
// on collab, which stay deterministic the same way. A Rand is not safe for
// concurrent use; the zero Rand is not usable: make one with [NewRand].
type Rand struct{ r *rand.Rand }

// NewRand returns a Rand seeded with seed, drawing from stream; generators
// use one stream each.
func NewRand(seed, stream uint64) *Rand {
	return &Rand{r: rand.New(rand.NewPCG(seed, stream))} // #nosec G404 -- seeded on purpose: test data must be reproducible
}

// UUID draws a random (version 4) UUID.
func (g *Rand) UUID() uuid.UUID {
	var u uuid.UUID
	binary.BigEndian.PutUint64(u[:8], g.r.Uint64())
	binary.BigEndian.PutUint64(u[8:], g.r.Uint64())
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// IntN draws an int in [0, n); n must be positive.
func (g *Rand) IntN(n int) int { return g.r.IntN(n) }

// Between draws an int in [lo, hi]; lo when hi is not above lo.
func (g *Rand) Between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.r.IntN(hi-lo+1)
}

// Chance reports true with probability p.
func (g *Rand) Chance(p float64) bool { return g.r.Float64() < p }

// Date draws a day in [a, b]; a when b is before a.
func (g *Rand) Date(a, b collab.Date) collab.Date {
	days := b.DaysSince(a)
	if days <= 0 {
		return a
	}
	return a.AddDate(0, 0, g.r.IntN(days+1))
}

// Digits draws a string of n decimal digits.
func (g *Rand) Digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

// Weighted is a value with a relative weight, for [Pick].
type Weighted[T any] struct {
	Value  T
	Weight int
}

// Pick draws a value from ws in proportion to the weights; ws must hold a
// positive total weight.
func Pick[T any](g *Rand, ws []Weighted[T]) T {
	total := 0
	for _, x := range ws {
		total += x.Weight
	}
	k := g.r.IntN(total)
	for _, x := range ws {
		if k < x.Weight {
			return x.Value
		}
		k -= x.Weight
	}
	return ws[len(ws)-1].Value
}
