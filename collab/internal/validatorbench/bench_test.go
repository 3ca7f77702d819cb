package validatorbench

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// BenchmarkValidate50Members validates the same valid 50-member
// collaboration (collabtest.Full(50)) with collab's own Validate and with
// validator v10 enforcing the same rules (newValidator, built once, as its
// documentation advises), in one run so that both meet the same machine:
//
//	go test -run '^$' -bench Validate50Members -benchmem -count 5
//
// Besides ns/op, wall time, each reports cpu-ns/op, the processor time of
// the whole process per validation (garbage collection included), which
// other jobs on a shared machine do not inflate. The goal:
// Regiokompas at least 50 times faster, with 0 allocations.
func BenchmarkValidate50Members(b *testing.B) {
	c := collabtest.Full(50)
	b.Run("regiokompas", func(b *testing.B) {
		measure(b, func() error { return c.Validate() })
	})
	b.Run("validator-v10", func(b *testing.B) {
		v := newValidator()
		measure(b, func() error { return v.Struct(&c) })
	})
}

// measure runs validate b.N times, failing on an error, and reports the
// allocations and the processor time per run.
func measure(b *testing.B, validate func() error) {
	b.ReportAllocs()
	start, ok := cpuTime()
	n := 0
	for b.Loop() {
		if err := validate(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if end, ok2 := cpuTime(); ok && ok2 && n > 0 {
		b.ReportMetric(float64(end-start)/float64(n), "cpu-ns/op")
	}
}
