package rounds_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
)

// BenchmarkConsolidate closes a round of MaxRaters persons of 50
// organisations at three levels, each scoring every statement.
func BenchmarkConsolidate(b *testing.B) {
	orgs := make([]uuid.UUID, 50)
	for i := range orgs {
		orgs[i] = uuid.New()
	}
	raters := make([]rounds.Rater, rounds.MaxRaters)
	for i := range raters {
		a := answer(all(1+i%5), map[collab.Mechanism]string{collab.MechanismUrgency: "a comment of a few words"})
		raters[i] = rounds.Rater{RaterSpec: rounds.RaterSpec{Stakeholder: orgs[i%len(orgs)], Level: collab.Levels()[i%3]}, ID: uuid.New(), Answer: &a}
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(rounds.Consolidate(raters)) != 150 {
			b.Fatal("expected a rating per organisation and level")
		}
	}
}

// BenchmarkAnswerValidate validates an answer to every statement.
func BenchmarkAnswerValidate(b *testing.B) {
	a := answer(all(3), map[collab.Mechanism]string{collab.MechanismActors: "fine"})
	b.ReportAllocs()
	for b.Loop() {
		if a.Validate() != nil {
			b.Fatal("invalid")
		}
	}
}
