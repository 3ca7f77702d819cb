package assess_test

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"

	"github.com/regiokompas/regiokompas/collab"
)

// exampleCase is a small collaboration of two providers and the
// zorgkantoor, with a shared ambition and one self-assessment round in
// which the executives rate the involvement of actors far above the work
// floor.
func exampleCase() *assess.Case {
	d := collab.MustParseDate
	a, b, z := uuid.UUID{15: 1}, uuid.UUID{15: 2}, uuid.UUID{15: 3}
	score := func(m collab.Mechanism, s int) []collab.MechanismScore {
		return []collab.MechanismScore{{Mechanism: m, Score: s}}
	}
	members := []collab.Member{}
	for _, id := range []uuid.UUID{a, b, z} {
		members = append(members, collab.Member{Stakeholder: id, Joined: d("2020-01-01"), RegionalTable: true, CapacityHours: new(float64(4))})
	}
	return &assess.Case{
		Stakeholders: []collab.Stakeholder{
			{ID: a, Name: "Zorggroep Noord", Role: collab.RoleNursingHomeCare},
			{ID: b, Name: "Thuiszorg Zuid", Role: collab.RoleDistrictNursing},
			{ID: z, Name: "Zorgkantoor", Role: collab.RoleZorgkantoor},
		},
		Collaboration: collab.Collaboration{
			ID: uuid.UUID{15: 9}, Name: "Samen ouder worden", Region: "west-brabant",
			Started: d("2020-01-01"), Strategy: collab.StrategyCombined,
			Ambition: collab.Ambition{BetterHealth: true, HigherQuality: true, LowerCost: true},
			Members:  members,
		},
		SelfAssessments: []collab.SelfAssessment{{
			ID: uuid.UUID{15: 10}, Date: d("2021-03-01"),
			Ratings: []collab.Rating{
				{Stakeholder: a, Level: collab.LevelExecutive, Scores: score(collab.MechanismActors, 5)},
				{Stakeholder: b, Level: collab.LevelExecutive, Scores: score(collab.MechanismActors, 4)},
				{Stakeholder: a, Level: collab.LevelProfessional, Scores: score(collab.MechanismActors, 2)},
				{Stakeholder: b, Level: collab.LevelProfessional, Scores: score(collab.MechanismActors, 2)},
			},
		}},
	}
}

// The report sets the partners' own ratings beside the evidence, names
// the gap between executives and the work floor as a finding (which moves
// no score), and places the collaboration in its development phase.
func ExampleEvaluate_selfAssessment() {
	r, err := assess.Evaluate(exampleCase(), collab.MustParseDate("2021-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	m := r.Mechanism(collab.MechanismActors)
	sa := m.SelfAssessment
	fmt.Printf("evidence %d, perceived %.1f (median %.1f of 5), %s, executives %+.1f\n",
		m.Score, sa.Perceived, sa.Median, sa.Consensus, *sa.LevelGap)
	for _, f := range r.Findings {
		if f.Rule == "selfassessment.level-gap" {
			fmt.Println(f.Message.In(collab.English))
			fmt.Println("lessons:", f.Lessons)
		}
	}
	fmt.Println("phase:", r.Phase.Phase)
	for _, el := range r.Phase.Missing {
		fmt.Println("  missing:", el.Code, "at", el.Path)
	}
	// Output:
	// evidence 70, perceived 50.0 (median 3.0 of 5), agreed, executives +2.5
	// Executives see the collaboration much rosier than the work floor (Involving relevant actors in time): a sign that care professionals were not taken along in time.
	// lessons: [mechanism.involve-in-time workfloor.involve-from-start secure.communicate-value]
	// phase: initiative-and-design
	//   missing: first-project at projects
	//   missing: vision at collaboration.vision
	//   missing: pilot at projects
	//   missing: driver at collaboration.roleHolders
}

// Compare follows one collaboration over time: here an aanjager was
// appointed between the two dates.
func ExampleCompare() {
	c := exampleCase()
	old, err := assess.Evaluate(c, collab.MustParseDate("2021-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Collaboration.RoleHolders = []collab.RoleHolder{{Kind: collab.RoleKindAanjager, Stakeholder: uuid.UUID{15: 1}, From: collab.MustParseDate("2021-09-01")}}
	new, err := assess.Evaluate(c, collab.MustParseDate("2022-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	cmp, err := assess.Compare(old, new)
	if err != nil {
		fmt.Println(err)
		return
	}
	u := cmp.Mechanisms[0]
	fmt.Printf("%s: %d → %d (%+d), %s → %s\n", u.Mechanism, u.Score.From, u.Score.To, u.Score.Delta, u.Band.From, u.Band.To)
	for _, f := range cmp.Resolved {
		fmt.Println("resolved:", f.Rule)
	}
	fmt.Println("new:", len(cmp.New), "persisting:", len(cmp.Persisting))
	fmt.Println("phase:", cmp.Phase.From, "→", cmp.Phase.To)
	// Output:
	// urgency: 30 → 50 (+20), weak → developing
	// resolved: urgency.aanjager
	// new: 0 persisting: 5
	// phase: initiative-and-design → initiative-and-design
}

// Each level's picture of a mechanism sits beside the median, so that a
// board sees whether the top and the work floor agree; a year and a half
// later the same round is flagged as old.
func ExampleSelfAssessmentSummary_levels() {
	r, err := assess.Evaluate(exampleCase(), collab.MustParseDate("2021-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	nl := r.Localize(collab.Dutch)
	for _, l := range nl.Mechanism(collab.MechanismActors).SelfAssessment.Levels {
		fmt.Printf("%s: %.1f (%d)\n", l.Label, l.Mean, l.Raters)
	}
	months, old := r.SelfAssessmentAge()
	fmt.Println(months, "months old:", old)
	later, err := assess.Evaluate(exampleCase(), collab.MustParseDate("2022-12-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	months, old = later.SelfAssessmentAge()
	fmt.Println(months, "months old:", old)
	// Output:
	// Bestuur: 4.5 (2)
	// Werkvloer: 2.0 (2)
	// 3 months old: false
	// 21 months old: true
}
