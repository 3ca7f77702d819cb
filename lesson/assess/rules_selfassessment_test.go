package assess_test

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"

	"github.com/regiokompas/regiokompas/collab"
)

// rcRound returns a self-assessment round of the small rule-test case on
// 1 March 2021, with the ratings given.
func rcRound(ratings ...collab.Rating) collab.SelfAssessment {
	return collab.SelfAssessment{ID: uuid.MustParse("c0ffee00-0000-4000-8000-000000000501"), Date: day("2021-03-01"), Ratings: ratings}
}

func rcRating(id uuid.UUID, l collab.Level, m collab.Mechanism, score int) collab.Rating {
	return collab.Rating{Stakeholder: id, Level: l, Scores: []collab.MechanismScore{{Mechanism: m, Score: score}}}
}

var selfAssessmentRuleTests = []ruleTest{
	{name: "two of four raters far from the median divide the round", rule: "selfassessment.divided", fires: true, severity: assess.SeverityInfo,
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(
				rcRating(rcProviderA, collab.LevelExecutive, collab.MechanismStrategy, 5),
				rcRating(rcProviderB, collab.LevelExecutive, collab.MechanismStrategy, 5),
				rcRating(rcProviderA, collab.LevelProfessional, collab.MechanismStrategy, 1),
				rcRating(rcProviderB, collab.LevelProfessional, collab.MechanismStrategy, 1))}
		}},
	{name: "ratings within a point of the median agree", rule: "selfassessment.divided",
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(
				rcRating(rcProviderA, collab.LevelExecutive, collab.MechanismStrategy, 3),
				rcRating(rcProviderB, collab.LevelManager, collab.MechanismStrategy, 4))}
		}},
	{name: "a round after the as-of date does not count", rule: "selfassessment.divided", asOf: "2021-02-28",
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(
				rcRating(rcProviderA, collab.LevelExecutive, collab.MechanismStrategy, 5),
				rcRating(rcProviderA, collab.LevelProfessional, collab.MechanismStrategy, 1))}
		}},
	{name: "executives two points above the work floor is a large gap", rule: "selfassessment.level-gap", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(
				rcRating(rcProviderA, collab.LevelExecutive, collab.MechanismUrgency, 5),
				rcRating(rcProviderA, collab.LevelProfessional, collab.MechanismUrgency, 3))}
		}},
	{name: "executives one point above the work floor is no large gap", rule: "selfassessment.level-gap",
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(
				rcRating(rcProviderA, collab.LevelExecutive, collab.MechanismUrgency, 4),
				rcRating(rcProviderA, collab.LevelProfessional, collab.MechanismUrgency, 3))}
		}},
	{name: "leeway perceived at 100 while the evidence gives the base 50", rule: "selfassessment.perception-gap", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(rcRating(rcProviderA, collab.LevelManager, collab.MechanismLeeway, 5))}
		}},
	{name: "leeway perceived at 75 is within 30 points of the base 50", rule: "selfassessment.perception-gap",
		edit: func(c *assess.Case) {
			c.SelfAssessments = []collab.SelfAssessment{rcRound(rcRating(rcProviderA, collab.LevelManager, collab.MechanismLeeway, 4))}
		}},
}
