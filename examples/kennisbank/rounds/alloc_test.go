package rounds_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Validation allocates nothing on valid input, as everywhere in the
// module.
func TestValidatingAValidSpecOrAnswerAllocatesNothing(t *testing.T) {
	d, ok := demo.Lookup("zoetermeer-2025")
	require.True(t, ok)
	var spec rounds.Spec
	for i, m := range d.Case.Collaboration.Members {
		spec.Raters = append(spec.Raters, rounds.RaterSpec{Stakeholder: m.Stakeholder, Level: collab.Levels()[i%3], Name: "rater"})
	}
	a := answer(all(3), map[collab.Mechanism]string{collab.MechanismActors: "fine"})
	tests := []struct {
		name string
		fn   func() error
	}{
		{"a spec on its own", spec.Validate},
		{"a spec in its collaboration", func() error { return spec.ValidateIn(&d.Case.Collaboration) }},
		{"an answer to every statement", a.Validate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, tt.fn())
			assert.Zero(t, testing.AllocsPerRun(100, func() { _ = tt.fn() }))
		})
	}
}
