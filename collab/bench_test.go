package collab_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// largeCollaboration is collabtest.Full: the benchmarks' valid collaboration
// with every part filled in.
func largeCollaboration(n int) collab.Collaboration { return collabtest.Full(n) }

func TestLargeCollaborationIsValid(t *testing.T) {
	c := largeCollaboration(50)
	require.NoError(t, c.Validate())
	require.Len(t, c.Members, 50)
}

func TestValidatingAValidValueAllocatesNothing(t *testing.T) {
	c := largeCollaboration(50)
	s := validStakeholder()
	z := zoetermeerCollaboration()
	tests := []struct {
		name     string
		validate func() error
	}{
		{"a 50-member collaboration", c.Validate},
		{"the Zoetermeer collaboration", z.Validate},
		{"a stakeholder", s.Validate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			allocs := testing.AllocsPerRun(100, func() { err = tt.validate() })
			require.NoError(t, err)
			require.Zero(t, allocs)
		})
	}
}

func BenchmarkCollaborationValidate(b *testing.B) {
	c := largeCollaboration(50)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStakeholderValidate(b *testing.B) {
	s := validStakeholder()
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCollaborationValidateInvalid measures the error path, which may
// allocate: one problem per member.
func BenchmarkCollaborationValidateInvalid(b *testing.B) {
	c := largeCollaboration(50)
	for i := range c.Members {
		c.Members[i].CapacityHours = new(-1.0)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err == nil {
			b.Fatal("want problems")
		}
	}
}
