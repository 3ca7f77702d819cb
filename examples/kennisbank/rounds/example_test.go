package rounds_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
)

// Two professionals of one organisation answer; closing the round gives
// one rating for their organisation and level.
func Example() {
	opened := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	org := uuid.MustParse("2025a000-0000-4000-8000-000000000001")
	r, issued, _ := rounds.Open(uuid.New(), rounds.Spec{Note: "spring round", Raters: []rounds.RaterSpec{
		{Stakeholder: org, Level: collab.LevelProfessional, Name: "Ans"},
		{Stakeholder: org, Level: collab.LevelProfessional, Name: "Bram"},
	}}, opened, opened.AddDate(0, 0, 14), nil)

	// The link of the first rater brings them to their own form.
	rater, _ := r.Admit(issued[0].Token.Hash(), opened.Add(time.Hour))
	_ = r.Submit(rater.ID, rounds.Answer{Scores: []rounds.StatementScore{
		{Statement: "urgency.need", Score: 4}, {Statement: "urgency.agenda", Score: 2},
	}, Comments: []rounds.Comment{{Mechanism: collab.MechanismUrgency, Text: "Only the board talks about it."}}}, opened)
	_ = r.Submit(issued[1].Rater, rounds.Answer{Scores: []rounds.StatementScore{
		{Statement: "urgency.need", Score: 2},
	}}, opened)

	sa, _ := r.Close(opened.AddDate(0, 0, 7), collab.MustParseDate("2026-03-09"))
	for _, rt := range sa.Ratings {
		for _, s := range rt.Scores {
			fmt.Println(rt.Level, s.Mechanism, s.Score, s.Comment)
		}
	}
	// Output:
	// professional urgency 2 Only the board talks about it.
}
