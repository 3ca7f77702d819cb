package assess_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/require"
)

// TestValidatingAValidCaseAllocatesNothing covers the demo cases (some with
// regions of their own) and generated cases: a service can validate every
// request without garbage.
func TestValidatingAValidCaseAllocatesNothing(t *testing.T) {
	for _, d := range demo.All() {
		t.Run(d.Name, func(t *testing.T) {
			require.NoError(t, d.Case.Validate())
			require.Zero(t, testing.AllocsPerRun(20, func() { _ = d.Case.Validate() }))
		})
	}
	// The optional facts of issue 12: scope, purchasing, professions.
	c := healthyCase()
	c.Collaboration.Scope = []collab.CareScope{collab.CareScopeLongTerm, collab.CareScopePrimary}
	c.Collaboration.Purchasing = collab.PurchasingJointRegional
	c.Projects[1].Participants[0].Professions = []collab.Profession{collab.ProfessionCarers, collab.ProfessionElderlyCarePhysicians}
	require.NoError(t, c.Validate())
	require.Zero(t, testing.AllocsPerRun(20, func() { _ = c.Validate() }), "a case with scope, purchasing and professions")
	for seed := uint64(1); seed <= 20; seed++ {
		c := assesstest.Case(seed, 12, 12)
		require.NoError(t, c.Validate())
		require.Zero(t, testing.AllocsPerRun(5, func() { _ = c.Validate() }), "generated case %d", seed)
	}
}

// BenchmarkCaseValidate validates one large case (50 members, 300
// projects): every part once, each project together with its references
// into the collaboration.
func BenchmarkCaseValidate(b *testing.B) {
	c := generatedCase(b, 1, 50, 300)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
