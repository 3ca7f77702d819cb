//go:build !race

package api

// raceEnabled reports whether the tests run under the race detector, which
// slows them down; the load test then uses fewer requests.
const raceEnabled = false
