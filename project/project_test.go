package project_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
)

func TestProjectPhaseOn(t *testing.T) {
	p := validProject()
	tests := []struct {
		name string
		on   string
		want project.Phase
	}{
		{"before the start there is no phase", "2019-02-28", project.PhaseUnknown},
		{"on the start day it is in its first phase", "2019-03-01", project.PhaseIdea},
		{"the day before a change it is in the old phase", "2020-01-14", project.PhaseDesign},
		{"on the day of a change it is in the new phase", "2020-01-15", project.PhasePilot},
		{"after the last change it stays in the last phase", "2030-01-01", project.PhaseImplementation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, p.PhaseOn(date(tt.on)))
		})
	}
	pc, ok := p.PhaseChangeOn(date("2020-06-01"))
	assert.True(t, ok)
	assert.Equal(t, project.PhaseChange{Phase: project.PhasePilot, Since: date("2020-01-15")}, pc)
	_, ok = p.PhaseChangeOn(date("2018-01-01"))
	assert.False(t, ok)
	assert.Equal(t, project.PhaseImplementation, p.CurrentPhase())
	assert.Equal(t, date("2021-01-04"), p.LastPhaseChange())

	var empty project.Project
	assert.Equal(t, project.PhaseUnknown, empty.CurrentPhase())
	assert.True(t, empty.LastPhaseChange().IsZero())
	assert.Equal(t, project.PhaseUnknown, empty.PhaseOn(date("2020-01-01")))
}

func TestProjectIsRunningOn(t *testing.T) {
	p := validProject()
	p.Phases = append(p.Phases,
		project.PhaseChange{Phase: project.PhaseStopped, Since: date("2021-06-01")},
		project.PhaseChange{Phase: project.PhaseDesign, Since: date("2022-01-03")},
		project.PhaseChange{Phase: project.PhaseEmbedded, Since: date("2022-02-01")}, // not allowed, but irrelevant here
	)
	tests := []struct {
		name string
		on   string
		want bool
	}{
		{"not before it started", "2019-02-28", false},
		{"from its start day", "2019-03-01", true},
		{"while in implementation", "2021-05-31", true},
		{"not while stopped", "2021-06-01", false},
		{"again after a restart", "2022-01-03", true},
		{"not once embedded", "2022-02-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, p.IsRunningOn(date(tt.on)))
		})
	}
	t.Run("not after the end date", func(t *testing.T) {
		q := validProject()
		q.Ended = date("2021-12-31")
		assert.True(t, q.IsRunningOn(date("2021-12-31")))
		assert.False(t, q.IsRunningOn(date("2022-01-01")))
	})
}

func TestProjectInvolvement(t *testing.T) {
	p := validProject()
	d, ok := p.Involved(memberA, collab.LevelProfessional)
	assert.True(t, ok)
	assert.Equal(t, date("2020-01-15"), d)
	_, ok = p.Involved(memberA, collab.LevelManager)
	assert.False(t, ok, "a level that is not listed was not involved")
	_, ok = p.Involved(outsider, collab.LevelExecutive)
	assert.False(t, ok, "a stakeholder that does not take part was not involved")

	d, ok = p.FirstInvolved(collab.LevelProfessional)
	assert.True(t, ok)
	assert.Equal(t, date("2019-09-01"), d, "the earliest professional involvement across participants")
	d, ok = p.FirstInvolved(collab.LevelExecutive)
	assert.True(t, ok)
	assert.Equal(t, date("2019-03-01"), d)

	d, who := p.FirstInvolvedOn(collab.LevelProfessional, date("2019-09-01"))
	assert.Equal(t, date("2019-09-01"), d, "involvement on the as-of date counts")
	assert.GreaterOrEqual(t, who, 0)
	_, who = p.FirstInvolvedOn(collab.LevelProfessional, date("2019-08-31"))
	assert.Equal(t, -1, who, "involvement after the as-of date does not count")
	p.Participants = p.Participants[2:]
	_, ok = p.FirstInvolved(collab.LevelExecutive)
	assert.False(t, ok)
	assert.Nil(t, p.Participant(memberA))
	assert.NotNil(t, p.Participant(memberC))
}

func TestProjectFunding(t *testing.T) {
	p := validProject()
	assert.Equal(t, collab.Money(30_000_000), p.TotalFunding())
	assert.True(t, p.FundedOn(date("2019-06-01")))
	assert.False(t, p.FundedOn(date("2019-05-31")))
	assert.True(t, p.FundedOn(date("2030-01-01")), "the open-ended line runs on")
	_, ok := p.FundingEnd()
	assert.False(t, ok, "an open-ended line means there is no known end")

	p.Funding = p.Funding[:1]
	end, ok := p.FundingEnd()
	assert.True(t, ok)
	assert.Equal(t, date("2021-12-31"), end)

	p.Funding = nil
	_, ok = p.FundingEnd()
	assert.False(t, ok, "no funding, no end")
	assert.Zero(t, p.TotalFunding())
}

func TestProjectThemesAndMechanisms(t *testing.T) {
	p := validProject()
	assert.True(t, p.HasTheme(project.ThemeANW))
	assert.False(t, p.HasTheme(project.ThemeTechnology))
	assert.True(t, p.WorksOn(collab.MechanismLeeway))
	assert.False(t, p.WorksOn(collab.MechanismUrgency))
}
