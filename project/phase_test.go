package project_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
)

func TestPhaseCanMoveTo(t *testing.T) {
	const (
		idea   = project.PhaseIdea
		design = project.PhaseDesign
		pilot  = project.PhasePilot
		impl   = project.PhaseImplementation
		emb    = project.PhaseEmbedded
		stop   = project.PhaseStopped
	)
	tests := []struct {
		name     string
		from, to project.Phase
		want     bool
	}{
		{"an idea moves on to design", idea, design, true},
		{"an idea may skip straight to a pilot", idea, pilot, true},
		{"an idea may skip to implementation", idea, impl, true},
		{"an idea cannot be embedded before it ran in practice", idea, emb, false},
		{"a design cannot be embedded before it ran in practice", design, emb, false},
		{"a pilot can be embedded", pilot, emb, true},
		{"an implementation can be embedded", impl, emb, true},
		{"a pilot cannot go back to design", pilot, design, false},
		{"an implementation cannot go back to a pilot", impl, pilot, false},
		{"embedded work cannot go back to an idea", emb, idea, false},
		{"embedded work cannot go back to implementation", emb, impl, false},
		{"embedded work can still be stopped", emb, stop, true},
		{"any active phase can be stopped", design, stop, true},
		{"a stopped project can restart as an idea", stop, idea, true},
		{"a stopped project can restart at design", stop, design, true},
		{"a stopped project cannot restart at a pilot", stop, pilot, false},
		{"a stopped project cannot become embedded", stop, emb, false},
		{"a phase does not follow itself", pilot, pilot, false},
		{"stopped does not follow stopped", stop, stop, false},
		{"nothing moves from the zero phase", project.PhaseUnknown, idea, false},
		{"nothing moves to the zero phase", idea, project.PhaseUnknown, false},
		{"nothing moves to a phase out of range", idea, project.Phase(99), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.from.CanMoveTo(tt.to))
		})
	}
}

func TestPhaseStartAndActivity(t *testing.T) {
	starts := map[project.Phase]bool{}
	active := map[project.Phase]bool{}
	for _, ph := range project.Phases() {
		starts[ph] = ph.CanStart()
		active[ph] = ph.IsActive()
	}
	assert.Equal(t, map[project.Phase]bool{
		project.PhaseIdea: true, project.PhaseDesign: true, project.PhasePilot: true,
		project.PhaseImplementation: true, project.PhaseEmbedded: false, project.PhaseStopped: false,
	}, starts, "a project begins in one of the first four phases")
	assert.Equal(t, starts, active, "the phases a project can begin in are exactly the active ones")
	assert.False(t, project.PhaseUnknown.IsActive())
	assert.False(t, project.PhaseUnknown.CanStart())
}
