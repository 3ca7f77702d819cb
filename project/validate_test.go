package project_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidProjectPasses(t *testing.T) {
	p := validProject()
	require.NoError(t, p.Validate())
	c := testCollaboration()
	require.NoError(t, c.Validate(), "the test collaboration itself is valid")
	require.NoError(t, p.ValidateIn(&c))
}

func TestProjectValidateNamesTheEarlierOfARepeatedValue(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *project.Project)
		want   []string // "path: message"
	}{
		{"a theme listed twice names the theme and its first place", func(p *project.Project) {
			p.Themes = append(p.Themes, project.ThemeNewWaysOfWorking)
		}, []string{"themes[2]: theme new-ways-of-working is listed before, at themes[1]"}},
		{"a mechanism listed twice names the mechanism and its first place", func(p *project.Project) {
			p.Mechanisms = append(p.Mechanisms, collab.MechanismActors)
		}, []string{"mechanisms[2]: mechanism actors is listed before, at mechanisms[0]"}},
		{"an unset theme is required, not a repeat", func(p *project.Project) {
			p.Themes = append(p.Themes, 0, 0)
		}, []string{"themes[2]: is required", "themes[3]: is required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validProject()
			tt.change(&p)
			var got []string
			for _, pr := range collab.ProblemsOf(p.Validate()) {
				got = append(got, pr.Path+": "+pr.Message)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestProjectValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *project.Project)
		want   []string // "path code"
	}{
		{"a theme the package does not know", func(p *project.Project) { p.Themes[1] = project.Theme(99) },
			[]string{"themes[1] unknown-value"}},
		{"a project without themes", func(p *project.Project) { p.Themes = nil },
			[]string{"themes required"}},
		{"a theme listed twice", func(p *project.Project) { p.Themes = append(p.Themes, project.ThemeANW) },
			[]string{"themes[2] duplicate"}},
		{"more themes than the maximum", func(p *project.Project) {
			p.Themes = project.Themes()[:project.MaxThemes+1]
		}, []string{"themes too-many"}},
		{"a phase going back from embedded to idea", func(p *project.Project) {
			p.Phases = append(p.Phases,
				project.PhaseChange{Phase: project.PhaseEmbedded, Since: date("2022-01-03")},
				project.PhaseChange{Phase: project.PhaseIdea, Since: date("2022-06-01")})
		}, []string{"phases[5].phase not-allowed"}},
		{"a pilot going back to design", func(p *project.Project) { p.Phases[3].Phase = project.PhaseDesign },
			[]string{"phases[3].phase not-allowed"}},
		{"a history that begins embedded", func(p *project.Project) {
			p.Phases = []project.PhaseChange{{Phase: project.PhaseEmbedded, Since: p.Started}}
		}, []string{"phases[0].phase not-allowed"}},
		{"a phase change not after the one before", func(p *project.Project) { p.Phases[2].Since = date("2019-06-01") },
			[]string{"phases[2].since date-order"}},
		{"a history that does not begin on the start day", func(p *project.Project) { p.Phases[0].Since = date("2019-03-02") },
			[]string{"phases[0].since date-order"}},
		{"a phase without a phase or a date", func(p *project.Project) { p.Phases[1] = project.PhaseChange{} },
			[]string{"phases[1].phase required", "phases[1].since required"}},
		{"no phase history at all", func(p *project.Project) { p.Phases = nil },
			[]string{"phases required"}},
		{"an end date while the project is still active", func(p *project.Project) { p.Ended = date("2022-12-31") },
			[]string{"ended not-allowed", "funding[1].period.until date-order"}},
		{"an end before the start", func(p *project.Project) {
			p.Phases = p.Phases[:1]
			p.Phases = append(p.Phases, project.PhaseChange{Phase: project.PhaseStopped, Since: date("2019-04-01")})
			p.Ended = date("2019-02-01")
			p.Funding, p.Milestones, p.Participants = nil, nil, nil
		}, []string{"ended date-order", "phases[0].since date-order", "phases[1].since date-order"}},
		{"a funding period that starts before the project", func(p *project.Project) { p.Funding[0].Period.From = date("2019-01-01") },
			[]string{"funding[0].period.from date-order"}},
		{"a funding period that ends after the project", func(p *project.Project) {
			p.Phases = append(p.Phases, project.PhaseChange{Phase: project.PhaseEmbedded, Since: date("2021-06-01")})
			p.Ended = date("2021-06-30")
			p.Funding = p.Funding[:1]
		}, []string{"funding[0].period.until date-order"}},
		{"a funding period whose end is before its start", func(p *project.Project) { p.Funding[0].Period.Until = date("2019-05-01") },
			[]string{"funding[0].period.until date-order"}},
		{"a funding line without source, amount or start", func(p *project.Project) { p.Funding[0] = project.FundingLine{} },
			[]string{"funding[0].source required", "funding[0].amount out-of-range", "funding[0].period.from required"}},
		{"a negative amount", func(p *project.Project) { p.Funding[1].Amount = -1 },
			[]string{"funding[1].amount out-of-range"}},
		{"a profession listed twice or unknown", func(p *project.Project) {
			p.Participants[0].Professions = []collab.Profession{collab.ProfessionCarers, collab.ProfessionCarers, 99}
		}, []string{"participants[0].professions[1] duplicate", "participants[0].professions[2] unknown-value"}},
		{"professions without the professional level", func(p *project.Project) { p.Participants[2].Professions = []collab.Profession{collab.ProfessionGPs} },
			[]string{"participants[2].professions not-allowed"}},
		{"a participant listed twice", func(p *project.Project) { p.Participants[2].Stakeholder = memberA },
			[]string{"participants[2].stakeholder duplicate"}},
		{"a participant without a stakeholder", func(p *project.Project) { p.Participants[0].Stakeholder = uuid.Nil },
			[]string{"participants[0].stakeholder required"}},
		{"a level involved before the project started", func(p *project.Project) { p.Participants[1].Levels[0].Since = date("2018-01-01") },
			[]string{"participants[1].levels[0].since date-order"}},
		{"a level listed twice", func(p *project.Project) { p.Participants[1].Levels[1].Level = collab.LevelManager },
			[]string{"participants[1].levels[1].level duplicate"}},
		{"a missing title, collaboration, region and scale", func(p *project.Project) {
			p.Title, p.Collaboration, p.Region, p.Scale = " ", uuid.Nil, "", 0
		}, []string{"title required", "collaboration required", "region required", "scale required"}},
		{"a region code that is not a slug", func(p *project.Project) { p.Region = "West-Brabant" },
			[]string{"region bad-format"}},
		{"a title that is too long", func(p *project.Project) { p.Title = strings.Repeat("é", collab.MaxNameLength+1) },
			[]string{"title too-long"}},
		{"a negative number of key people", func(p *project.Project) { p.KeyPeople = -1 },
			[]string{"keyPeople out-of-range"}},
		{"a milestone before the project", func(p *project.Project) { p.Milestones[0].Date = date("2019-01-01") },
			[]string{"milestones[0].date date-order"}},
		{"a milestone without text", func(p *project.Project) { p.Milestones[0].Text = "" },
			[]string{"milestones[0].text required"}},
		{"a measure without a unit", func(p *project.Project) { p.Outcomes[0].Measure.Unit = "" },
			[]string{"outcomes[0].measure.unit required"}},
		{"a measure that is not a number", func(p *project.Project) { p.Outcomes[0].Measure.Value = math.NaN() },
			[]string{"outcomes[0].measure.value out-of-range"}},
		{"a leeway issue referred to twice", func(p *project.Project) { p.LeewayIssues = append(p.LeewayIssues, testLeeway) },
			[]string{"leewayIssues[1] duplicate"}},
		{"an empty leeway reference", func(p *project.Project) { p.LeewayIssues[0] = uuid.Nil },
			[]string{"leewayIssues[0] required"}},
		{"a mechanism listed twice and one unknown", func(p *project.Project) {
			p.Mechanisms = append(p.Mechanisms, collab.MechanismActors, collab.Mechanism(42))
		}, []string{"mechanisms[2] duplicate", "mechanisms[3] unknown-value"}},
		{"an empty lesson", func(p *project.Project) { p.Lessons = append(p.Lessons, "  ") },
			[]string{"lessons[1] required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validProject()
			tt.change(&p)
			err := p.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problems(err))
			var ps collab.Problems
			require.True(t, errors.As(err, &ps))
			for _, pr := range ps {
				assert.NotEmpty(t, pr.Message)
			}
		})
	}
}

func TestZeroProjectReportsEveryRequiredField(t *testing.T) {
	var p project.Project
	assert.Equal(t, []string{
		"id required", "title required", "collaboration required", "region required",
		"themes required", "scale required", "started required", "phases required",
	}, problems(p.Validate()))
}

func TestProjectValidateInItsCollaboration(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *project.Project, c *collab.Collaboration)
		want   []string
	}{
		{"a participant who is not a member", func(p *project.Project, c *collab.Collaboration) {
			p.Participants[1].Stakeholder = outsider
		}, []string{"participants[1].stakeholder dangling-reference"}},
		{"a leeway issue the collaboration does not have", func(p *project.Project, c *collab.Collaboration) {
			p.LeewayIssues[0] = unknownIssue
		}, []string{"leewayIssues[0] dangling-reference"}},
		{"another collaboration's project", func(p *project.Project, c *collab.Collaboration) {
			c.ID = uuid.MustParse("c0000000-0000-4000-8000-0000000000bb")
		}, []string{"collaboration dangling-reference"}},
		{"a project that started before its collaboration", func(p *project.Project, c *collab.Collaboration) {
			c.Started = date("2019-04-01")
			c.Members[0].Joined, c.Members[1].Joined, c.Members[2].Joined = c.Started, c.Started, c.Started
		}, []string{"started date-order"}},
		{"a project that started after its collaboration ended", func(p *project.Project, c *collab.Collaboration) {
			c.Ended = date("2019-01-01")
		}, []string{"started date-order"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, c := validProject(), testCollaboration()
			tt.change(&p, &c)
			require.NoError(t, p.Validate(), "on its own the project is valid")
			var v check.Validator
			v.Item("projects", 4)
			v.AddError("", p.ValidateIn(&c))
			v.Leave()
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = "projects[4]." + w
			}
			assert.Equal(t, want, problems(v.Err()))
		})
	}
}

func TestProjectValidateInReportsEveryProblemOnce(t *testing.T) {
	p, c := validProject(), testCollaboration()
	p.Title = ""
	p.Participants[1].Stakeholder = outsider
	assert.Equal(t, []string{
		"title required",
		"participants[1].stakeholder dangling-reference",
	}, problems(p.ValidateIn(&c)), "the project's own problem once, as Validate reports it, then its reference")
	assert.Equal(t, []string{"title required"}, problems(p.Validate()))
}

func TestValidatingAValidProjectDoesNotAllocate(t *testing.T) {
	p, c := validProject(), testCollaboration()
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = p.Validate() }))
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = p.ValidateIn(&c)
	}))
}
