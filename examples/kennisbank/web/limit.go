package web

import (
	"math"
	"sync"
	"time"
)

// Limiter bounds how often one key (a token, a client address) may be
// used: a token bucket per key that holds at most Burst requests and
// refills at PerMinute requests a minute. It keeps at most maxKeys
// buckets; when full, it forgets the buckets that have refilled, and
// past that refuses new keys until some have, so that a flood of
// addresses costs bounded memory. Safe for concurrent use.
type Limiter struct {
	mu      sync.Mutex
	rate    float64 // tokens a second
	burst   float64
	buckets map[string]bucket
	maxKeys int
}

type bucket struct {
	tokens float64
	at     time.Time
}

// defaultMaxKeys is how many keys a Limiter tracks at once.
const defaultMaxKeys = 100_000

// NewLimiter returns a limiter that allows burst requests at once per key
// and perMinute a minute after that. Zero or less for either means 1.
func NewLimiter(perMinute, burst int) *Limiter {
	return &Limiter{
		rate:    float64(max(perMinute, 1)) / 60,
		burst:   float64(max(burst, 1)),
		buckets: map[string]bucket{},
		maxKeys: defaultMaxKeys,
	}
}

// Allow takes one request of key at now. It returns true, or false and
// how long to wait until the next request of key would be allowed.
func (l *Limiter) Allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.maxKeys {
			l.sweep(now)
		}
		if len(l.buckets) >= l.maxKeys {
			return false, time.Second
		}
		b = bucket{tokens: l.burst, at: now}
	}
	if d := now.Sub(b.at); d > 0 {
		b.tokens = math.Min(l.burst, b.tokens+d.Seconds()*l.rate)
		b.at = now
	}
	if b.tokens < 1 {
		l.buckets[key] = b
		// The wait is rounded up to the millisecond: a client that waits
		// as long as it is told gets through.
		wait := time.Duration(math.Ceil((1-b.tokens)/l.rate*1000)) * time.Millisecond
		return false, wait
	}
	b.tokens--
	l.buckets[key] = b
	return true, 0
}

// sweep forgets the buckets that are full again by now.
func (l *Limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// retryAfterSeconds rounds a wait up to whole seconds, at least one, for
// a Retry-After header.
func retryAfterSeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
