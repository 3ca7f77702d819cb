package assess_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
)

// TestStrengthsAreFiledUnderTheQuestionTheyAnswer pins the strengths that
// issue 14 found filed under a rule whose question they do not answer:
// each now has a rule of its own, and the rule it was filed under reports
// findings only.
func TestStrengthsAreFiledUnderTheQuestionTheyAnswer(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(c *assess.Case)
		rule      string
		mechanism collab.Mechanism
		key       string
		lessons   []string
		notUnder  string // the rule it was filed under before
	}{
		{
			name: "an embedded project answers whether results last, not whether projects stall",
			edit: func(c *assess.Case) {
				c.Projects = append(c.Projects, moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology),
					project.PhaseEmbedded, "2020-09-01"))
			},
			rule: "strategy.embedded", mechanism: collab.MechanismStrategy, key: "strategy.embedded.embedded",
			lessons: []string{"mechanism.scale-up"}, notUnder: "strategy.projects-stall",
		},
		{
			name: "professionals on time answer whether they were involved in time, not a rule named for lateness",
			edit: func(c *assess.Case) { c.Projects = append(c.Projects, professionalsJoin(1, rcProviderA, "2021-02-01")) },
			rule: "actors.professionals-on-time", mechanism: collab.MechanismActors, key: "actors.professionals-on-time.on-time",
			lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start"}, notUnder: "actors.professionals-late",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := minimalCase()
			tt.edit(c)
			require.NoError(t, c.Validate())
			r, err := assess.Evaluate(c, day(ruleCaseAsOf))
			require.NoError(t, err)
			var got []assess.Strength
			for _, s := range r.Strengths {
				if s.Rule == tt.rule || s.Rule == tt.notUnder {
					got = append(got, s)
				}
			}
			require.Len(t, got, 1, "one strength, under one rule")
			assert.Equal(t, tt.rule, got[0].Rule)
			assert.Equal(t, tt.mechanism, got[0].Mechanism)
			assert.Equal(t, tt.key, got[0].Message.Key)
			assert.Equal(t, tt.lessons, got[0].Lessons)
			for _, rule := range assess.Rules() {
				if rule.Code == tt.rule {
					assert.Equal(t, tt.mechanism, rule.Mechanism, "the rule table agrees")
				}
			}
		})
	}
}

func TestTheEmbeddedProjectsAreCountedInTheRightNumber(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		nl, en string
	}{
		{"one embedded project is singular", 1, "1 geborgd project", "1 embedded project"},
		{"two are plural", 2, "2 geborgde projecten", "2 embedded projects"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := assess.Say("strategy.embedded.seen-embedded", assess.Param{Name: "embedded", Kind: assess.ParamInt, Number: float64(tt.n)})
			assert.Equal(t, tt.nl, m.In(collab.Dutch))
			assert.Equal(t, tt.en, m.In(collab.English))
		})
	}
}
