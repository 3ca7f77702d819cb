package collab_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

// largeRound returns a valid round inside largeCollaboration(n): every
// member rates at every level and scores every mechanism, the worst case
// for the happy path of Validate.
func largeRound(c *collab.Collaboration) collab.SelfAssessment {
	r := collab.SelfAssessment{
		ID:   uuid.MustParse("5a000000-0000-4000-8000-0000000000ff"),
		Date: collab.MustParseDate("2021-06-01"),
		Note: "Ronde voor de benchmark.",
	}
	for i, m := range c.Members {
		for _, l := range collab.Levels() {
			rt := collab.Rating{Stakeholder: m.Stakeholder, Level: l}
			for k, mech := range collab.Mechanisms() {
				rt.Scores = append(rt.Scores, collab.MechanismScore{Mechanism: mech, Score: 1 + (i+k+int(l))%5, Comment: "Toelichting."})
			}
			r.Ratings = append(r.Ratings, rt)
		}
	}
	return r
}

func TestValidatingAValidRoundAllocatesNothing(t *testing.T) {
	c := largeCollaboration(50)
	r := largeRound(&c)
	require.Len(t, r.Ratings, 150)
	validate := func() error {
		return r.ValidateIn(&c)
	}
	var err error
	allocs := testing.AllocsPerRun(100, func() { err = validate() })
	require.NoError(t, err)
	require.Zero(t, allocs)
}

// BenchmarkSelfAssessmentValidate validates a round of 150 ratings (50
// members at three levels, five scores each) on its own and against its
// collaboration.
func BenchmarkSelfAssessmentValidate(b *testing.B) {
	c := largeCollaboration(50)
	r := largeRound(&c)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.ValidateIn(&c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSelfAssessmentAggregate aggregates the same round.
func BenchmarkSelfAssessmentAggregate(b *testing.B) {
	c := largeCollaboration(50)
	r := largeRound(&c)
	b.ReportAllocs()
	for b.Loop() {
		if len(r.Aggregate()) != 5 {
			b.Fatal("want five aggregates")
		}
	}
}
