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

// ValidateIn checks a round as a round of its collaboration: what Validate
// reports, and besides that whether the raters were members on the day.
// Each problem comes once.
func ExampleSelfAssessment_ValidateIn() {
	c := collab.Collaboration{
		ID: uuid.UUID{15: 10}, Name: "Zorgnetwerk Oost", Region: "twente",
		Started: collab.MustParseDate("2021-01-01"), Strategy: collab.StrategyCombined,
		Members: []collab.Member{
			{Stakeholder: uuid.UUID{15: 1}, Joined: collab.MustParseDate("2021-01-01")},
			{Stakeholder: uuid.UUID{15: 2}, Joined: collab.MustParseDate("2024-06-01")},
		},
	}
	urgency := func(score int) []collab.MechanismScore {
		return []collab.MechanismScore{{Mechanism: collab.MechanismUrgency, Score: score}}
	}
	round := collab.SelfAssessment{
		ID:   uuid.UUID{15: 99},
		Date: collab.MustParseDate("2024-03-01"),
		Ratings: []collab.Rating{
			{Stakeholder: uuid.UUID{15: 1}, Level: collab.LevelExecutive, Scores: urgency(7)},
			{Stakeholder: uuid.UUID{15: 2}, Level: collab.LevelManager, Scores: urgency(3)},
			{Stakeholder: uuid.UUID{15: 3}, Level: collab.LevelManager, Scores: urgency(3)},
		},
	}
	fmt.Println(round.ValidateIn(&c))
	// Output:
	// ratings[0].scores[0].score: is 7, outside 1 to 5
	// ratings[1].stakeholder: 00000000-0000-0000-0000-000000000002 joined on 2024-06-01, after the round of 2024-03-01
	// ratings[2].stakeholder: 00000000-0000-0000-0000-000000000003 is not a member of the collaboration
}

// A period needs a start, and may not end before it.
func ExamplePeriod_Validate() {
	p := collab.Period{From: collab.MustParseDate("2024-01-01"), Until: collab.MustParseDate("2023-12-31")}
	fmt.Println(p.Validate())
	fmt.Println(collab.Period{From: collab.MustParseDate("2024-01-01")}.Validate())
	// Output:
	// until: 2023-12-31 is before the start of the period (2024-01-01)
	// <nil>
}
