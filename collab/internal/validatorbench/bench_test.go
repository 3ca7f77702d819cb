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
// The goal: Regiokompas at least 50 times faster, with 0
// allocations.
func BenchmarkValidate50Members(b *testing.B) {
	c := collabtest.Full(50)
	b.Run("regiokompas", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := c.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("validator-v10", func(b *testing.B) {
		v := newValidator()
		b.ReportAllocs()
		for b.Loop() {
			if err := v.Struct(&c); err != nil {
				b.Fatal(err)
			}
		}
	})
}
