package collab_test

import (
	"fmt"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
)

func ExampleSelfAssessment_Aggregate() {
	// Two executives, a manager and two care professionals rate the
	// involvement of actors; only the executives rate urgency.
	id := func(n byte) uuid.UUID { return uuid.UUID{15: n} }
	score := func(m collab.Mechanism, s int) []collab.MechanismScore {
		return []collab.MechanismScore{{Mechanism: m, Score: s}}
	}
	round := collab.SelfAssessment{
		ID:   id(99),
		Date: collab.MustParseDate("2024-03-01"),
		Ratings: []collab.Rating{
			{Stakeholder: id(1), Level: collab.LevelExecutive, Scores: append(score(collab.MechanismActors, 5), score(collab.MechanismUrgency, 4)...)},
			{Stakeholder: id(2), Level: collab.LevelExecutive, Scores: append(score(collab.MechanismActors, 4), score(collab.MechanismUrgency, 4)...)},
			{Stakeholder: id(2), Level: collab.LevelManager, Scores: score(collab.MechanismActors, 3)},
			{Stakeholder: id(1), Level: collab.LevelProfessional, Scores: score(collab.MechanismActors, 2)},
			{Stakeholder: id(3), Level: collab.LevelProfessional, Scores: score(collab.MechanismActors, 1)},
		},
	}
	if err := round.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range round.Aggregate() {
		fmt.Printf("%s: %d raters, median %.1f, mean %.1f, spread %d, sd %.2f, %s",
			a.Mechanism, a.Raters, a.Median, a.Mean, a.Spread, a.StdDev, a.Consensus)
		if a.LevelGap != nil {
			fmt.Printf(", executives %+.1f above the work floor", *a.LevelGap)
		}
		fmt.Println()
	}
	// Output:
	// urgency: 2 raters, median 4.0, mean 4.0, spread 0, sd 0.00, agreed
	// actors: 5 raters, median 3.0, mean 3.0, spread 4, sd 1.41, divided, executives +3.0 above the work floor
}

func ExampleSelfAssessment_Validate() {
	round := collab.SelfAssessment{
		ID:   uuid.UUID{15: 1},
		Date: collab.MustParseDate("2024-03-01"),
		Ratings: []collab.Rating{
			{Stakeholder: uuid.UUID{15: 2}, Level: collab.LevelProfessional, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismUrgency, Score: 6},
				{Mechanism: collab.MechanismUrgency, Score: 3},
			}},
			{Stakeholder: uuid.UUID{15: 2}, Level: collab.LevelProfessional, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismStrategy, Score: 2},
			}},
		},
	}
	fmt.Println(round.Validate())
	// Output:
	// ratings[0].scores[0].score: is 6, outside 1 to 5
	// ratings[0].scores[1].mechanism: urgency is already scored in this rating, at scores[0]
	// ratings[1].stakeholder: 00000000-0000-0000-0000-000000000002 already rated at level professional, at ratings[0]
}
