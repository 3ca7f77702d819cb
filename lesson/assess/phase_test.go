package assess_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

var (
	_ encoding.TextMarshaler   = assess.PhaseInitiativeAndDesign
	_ encoding.TextUnmarshaler = (*assess.DevelopmentPhase)(nil)
)

func TestDevelopmentPhaseEnum(t *testing.T) {
	words := []string{"initiative-and-design", "experiment-and-execution", "expansion-and-monitoring", "consolidation-and-transformation"}
	all := assess.DevelopmentPhases()
	require.Len(t, all, len(words))
	for i, p := range all {
		assert.Equal(t, assess.DevelopmentPhase(i+1), p, "phases come in order, from 1")
		assert.Equal(t, words[i], p.String())
		assert.True(t, p.IsValid())
		assert.NotEmpty(t, p.Label(collab.English))
		assert.NotEmpty(t, p.Label(collab.Dutch))
		assert.NotEqual(t, p.Label(collab.English), p.Label(collab.Dutch))
		assert.NotEmpty(t, p.About(collab.English))
		assert.NotEmpty(t, p.About(collab.Dutch))
		parsed, err := assess.ParseDevelopmentPhase(words[i])
		require.NoError(t, err)
		assert.Equal(t, p, parsed)
		text, err := p.MarshalText()
		require.NoError(t, err)
		var back assess.DevelopmentPhase
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, p, back)
	}
	var zero assess.DevelopmentPhase
	assert.True(t, zero.IsZero())
	assert.False(t, zero.IsValid())
	_, err := zero.MarshalText()
	assert.ErrorIs(t, err, collab.CodeUnknownValue, "the zero phase is never written")
	_, err = assess.ParseDevelopmentPhase("pilot")
	assert.ErrorIs(t, err, collab.CodeUnknownValue)
	assert.Equal(t, "development phase(9)", assess.DevelopmentPhase(9).String())
}

// The steps that build the phase fixtures, each adding what one rung of
// the ladder needs.
func rung1(c *assess.Case) {
	c.Collaboration.Ambition = collab.Ambition{BetterHealth: true}
	c.Projects = append(c.Projects, saProject(1, "2020-03-01", project.PhaseDesign))
}

func rung2(c *assess.Case) {
	c.Collaboration.Vision = collab.Vision{Adopted: saDay("2020-06-01")}
	c.Projects[0].Phases = append(c.Projects[0].Phases, project.PhaseChange{Phase: project.PhasePilot, Since: saDay("2020-09-01")})
	c.Collaboration.RoleHolders = append(c.Collaboration.RoleHolders,
		collab.RoleHolder{Kind: collab.RoleKindAanjager, Stakeholder: saProviderA, From: saDay("2020-02-01")})
}

func rung3(c *assess.Case) {
	c.Collaboration.Governance = collab.GovernanceLineResponsibility
	c.Collaboration.GovernanceSince = saDay("2021-01-01")
	c.Projects[0].Phases = append(c.Projects[0].Phases, project.PhaseChange{Phase: project.PhaseImplementation, Since: saDay("2021-02-01")})
	c.Projects = append(c.Projects, saProject(2, "2020-10-01", project.PhasePilot, project.PhaseImplementation, "2021-03-01"))
	c.Collaboration.Networks = append(c.Collaboration.Networks, phNetwork(1, collab.NetworkExecutives))
	c.Collaboration.UrgencySignals = append(c.Collaboration.UrgencySignals, collab.UrgencySignal{Date: saDay("2021-04-01"), Urgency: 4})
}

func rung4(c *assess.Case) {
	c.Projects[0].Phases = append(c.Projects[0].Phases, project.PhaseChange{Phase: project.PhaseEmbedded, Since: saDay("2021-05-01")})
	c.Collaboration.Continuity = collab.ContinuityPlan{Adopted: saDay("2021-05-01")}
	c.Collaboration.Networks = append(c.Collaboration.Networks, phNetwork(2, collab.NetworkProfessionals))
	c.Collaboration.RoleHolders = append(c.Collaboration.RoleHolders,
		collab.RoleHolder{Kind: collab.RoleKindAmbassador, Stakeholder: saProviderB, From: saDay("2021-01-01")})
}

func phNetwork(n int, kind collab.NetworkKind) collab.Network {
	return collab.Network{
		ID:      uuid.MustParse(fmt.Sprintf("5e1f0000-0000-4000-8000-%012d", 200+n)),
		Name:    fmt.Sprintf("Network %d", n),
		Kind:    kind,
		Members: []uuid.UUID{saProviderA, saProviderB},
		Since:   saDay("2020-11-01"),
	}
}

func codes(els []assess.PhaseElement) []string {
	out := []string{}
	for _, el := range els {
		out = append(out, el.Code)
	}
	return out
}

func TestPhasePlacement(t *testing.T) {
	tests := []struct {
		name    string
		build   []func(*assess.Case)
		phase   assess.DevelopmentPhase
		next    assess.DevelopmentPhase
		present []string
		missing []string
		ahead   []string
	}{
		{"partners alone are at the start", nil,
			assess.PhaseInitiativeAndDesign, assess.PhaseExperimentAndExecution,
			[]string{"partners"},
			[]string{"ambition", "first-project", "vision", "pilot", "driver"},
			[]string{}},
		{"an ambition and a first project complete the first rung only", []func(*assess.Case){rung1},
			assess.PhaseInitiativeAndDesign, assess.PhaseExperimentAndExecution,
			[]string{"partners", "ambition", "first-project"},
			[]string{"vision", "pilot", "driver"},
			[]string{}},
		{"a vision, a pilot and an aanjager bring the experiment phase", []func(*assess.Case){rung1, rung2},
			assess.PhaseExperimentAndExecution, assess.PhaseExpansionAndMonitoring,
			[]string{"partners", "ambition", "first-project", "vision", "pilot", "driver"},
			[]string{"governance", "implementation", "network", "monitoring"},
			[]string{}},
		{"governance, two implemented projects, a network and measurement bring expansion", []func(*assess.Case){rung1, rung2, rung3},
			assess.PhaseExpansionAndMonitoring, assess.PhaseConsolidationAndTransformation,
			[]string{"partners", "ambition", "first-project", "vision", "pilot", "driver", "governance", "implementation", "network", "monitoring"},
			[]string{"embedded", "continuity", "network-kinds", "line-roles"},
			[]string{}},
		{"everything in place is consolidation, with nothing missing", []func(*assess.Case){rung1, rung2, rung3, rung4},
			assess.PhaseConsolidationAndTransformation, 0,
			[]string{"partners", "ambition", "first-project", "vision", "pilot", "driver", "governance", "implementation", "network", "monitoring",
				"embedded", "continuity", "network-kinds", "line-roles"},
			[]string{},
			[]string{}},
		{"one missing element of the first rung keeps a mature collaboration at the start",
			[]func(*assess.Case){rung1, rung2, rung3, rung4, func(c *assess.Case) { c.Collaboration.Ambition = collab.Ambition{} }},
			assess.PhaseInitiativeAndDesign, assess.PhaseExperimentAndExecution,
			[]string{"partners", "first-project"},
			[]string{"ambition"},
			[]string{"vision", "pilot", "driver", "governance", "implementation", "network", "monitoring",
				"embedded", "continuity", "network-kinds", "line-roles"}},
		{"elements of later phases show as ahead",
			[]func(*assess.Case){rung1, rung2, func(c *assess.Case) {
				c.Collaboration.Continuity = collab.ContinuityPlan{Adopted: saDay("2021-01-01")}
				c.Collaboration.Networks = append(c.Collaboration.Networks, phNetwork(1, collab.NetworkCarePractice))
			}},
			assess.PhaseExperimentAndExecution, assess.PhaseExpansionAndMonitoring,
			[]string{"partners", "ambition", "first-project", "vision", "pilot", "driver"},
			[]string{"governance", "implementation", "monitoring"},
			[]string{"network", "continuity"}},
		{"a self-assessment round counts as measuring progress, and a measured outcome too",
			[]func(*assess.Case){rung1, rung2, rung3, func(c *assess.Case) {
				c.Collaboration.UrgencySignals = nil
				c.SelfAssessments = []collab.SelfAssessment{saRound(1, "2020-01-02", rater{saProviderA, saExec, on(saLeew, 3)})}
			}},
			assess.PhaseExpansionAndMonitoring, assess.PhaseConsolidationAndTransformation,
			[]string{"partners", "ambition", "first-project", "vision", "pilot", "driver", "governance", "implementation", "network", "monitoring"},
			[]string{"embedded", "continuity", "network-kinds", "line-roles"},
			[]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			for _, b := range tt.build {
				b(c)
			}
			r := saEvaluate(t, c, "2021-06-01")
			require.NotNil(t, r.Phase)
			assert.Equal(t, tt.phase, r.Phase.Phase)
			assert.Equal(t, tt.phase.Label(collab.English), r.Localize(collab.English).Phase.Label)
			assert.Equal(t, tt.next, r.Phase.Next)
			assert.Equal(t, tt.present, codes(r.Phase.Present), "present")
			assert.Equal(t, tt.missing, codes(r.Phase.Missing), "missing")
			assert.Equal(t, tt.ahead, codes(r.Phase.Ahead), "ahead")
		})
	}
}

func TestPhaseMonitoringWindows(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(c *assess.Case)
		found string // path, "" when monitoring is missing
	}{
		{"an urgency reading eleven months old counts", func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{{Date: saDay("2020-07-02"), Urgency: 3}}
		}, "collaboration.urgencySignals[0]"},
		{"an urgency reading twelve months old does not", func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{{Date: saDay("2020-06-01"), Urgency: 3}}
		}, ""},
		{"a reading after the as-of date does not", func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{{Date: saDay("2021-06-02"), Urgency: 3}}
		}, ""},
		{"a measured outcome counts", func(c *assess.Case) {
			c.Projects[0].Outcomes = []project.Outcome{{Text: "Fewer admissions", Measure: project.Measure{Unit: "percent", Value: 12}}}
		}, "projects[0].outcomes[0]"},
		{"an outcome in words only does not", func(c *assess.Case) {
			c.Projects[0].Outcomes = []project.Outcome{{Text: "Happier staff"}}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			rung1(c)
			tt.edit(c)
			r := saEvaluate(t, c, "2021-06-01")
			var got string
			for _, el := range r.Phase.Ahead {
				if el.Code == "monitoring" {
					got = el.Path
				}
			}
			assert.Equal(t, tt.found, got)
		})
	}
}

func TestPhaseCountsOnlyWhatExistsOnTheAsOfDate(t *testing.T) {
	c := saCase()
	rung1(c)
	rung2(c)
	early := saEvaluate(t, c, "2020-05-01") // before the vision (June) and the pilot (September)
	assert.Equal(t, assess.PhaseInitiativeAndDesign, early.Phase.Phase)
	assert.Equal(t, []string{"vision", "pilot"}, codes(early.Phase.Missing))
	late := saEvaluate(t, c, "2020-10-01")
	assert.Equal(t, assess.PhaseExperimentAndExecution, late.Phase.Phase)
}

func TestPhaseElementsSayWhatWasFoundAndWhere(t *testing.T) {
	c := saCase()
	rung1(c)
	rung2(c)
	r := saEvaluate(t, c, "2021-06-01")
	assert.Equal(t, []phaseElement{
		{Code: "partners", Phase: assess.PhaseInitiativeAndDesign, Text: "At least two partners take part (3)", Path: "collaboration.members"},
		{Code: "ambition", Phase: assess.PhaseInitiativeAndDesign, Text: "A shared ambition is recorded", Path: "collaboration.ambition"},
		{Code: "first-project", Phase: assess.PhaseInitiativeAndDesign, Text: `A first project has started ("Project 1", 1 March 2020)`, Path: "projects[0]"},
		{Code: "vision", Phase: assess.PhaseExperimentAndExecution, Text: "A regional vision is adopted (1 June 2020)", Path: "collaboration.vision"},
		{Code: "pilot", Phase: assess.PhaseExperimentAndExecution, Text: `A project is tried out in practice (pilot or further) ("Project 1", Pilot 1 September 2020)`, Path: "projects[0].phases[1]"},
		{Code: "driver", Phase: assess.PhaseExperimentAndExecution, Text: "A driver (aanjager) or programme manager drives the work (Driver (aanjager), Provider A)", Path: "collaboration.roleHolders[0]"},
	}, phaseElements(r.Phase.Present))
	assert.Equal(t, []phaseElement{
		{Code: "governance", Phase: assess.PhaseExpansionAndMonitoring, Text: "Governance is formalised", Path: "collaboration.governance"},
		{Code: "implementation", Phase: assess.PhaseExpansionAndMonitoring, Text: "Two or more projects are implemented or embedded", Path: "projects"},
		{Code: "network", Phase: assess.PhaseExpansionAndMonitoring, Text: "A lasting network is active", Path: "collaboration.networks"},
		{Code: "monitoring", Phase: assess.PhaseExpansionAndMonitoring, Text: "Progress is measured", Path: "selfAssessments"},
	}, phaseElements(r.Phase.Missing), "a missing element points where it would be recorded")

	nl := r.Localize(collab.Dutch)
	assert.Equal(t, "Experiment en uitvoering", nl.Phase.Label)
	assert.Equal(t, "Er is een regiovisie vastgesteld (1 juni 2020)", nl.Phase.Present[3].In(collab.Dutch))
	assert.Equal(t, "De governance is vastgelegd", nl.Phase.Missing[0].In(collab.Dutch))
}

// phaseElement is a PhaseElement rendered in English.
type phaseElement struct {
	Code  string
	Phase assess.DevelopmentPhase
	Text  string
	Path  string
}

func phaseElements(els []assess.PhaseElement) []phaseElement {
	out := make([]phaseElement, len(els))
	for i, el := range els {
		out[i] = phaseElement{Code: el.Code, Phase: el.Phase, Text: el.In(collab.English), Path: el.Path}
	}
	return out
}

func TestPhaseJSONAndText(t *testing.T) {
	c := saCase()
	rung1(c)
	r := saEvaluate(t, c, "2021-06-01")
	b, err := json.Marshal(r.Localize(collab.English).Phase)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"phase": "initiative-and-design", "label": "Initiative and design", "next": "experiment-and-execution",
		"present": [
			{"code": "partners", "phase": "initiative-and-design", "path": "collaboration.members",
			 "text": {"key": "phase.partners", "text": "At least two partners take part"},
			 "found": {"key": "phase.found.count", "params": [{"name": "count", "kind": "int", "number": 3}], "text": "3"}},
			{"code": "ambition", "phase": "initiative-and-design", "path": "collaboration.ambition",
			 "text": {"key": "phase.ambition", "text": "A shared ambition is recorded"}},
			{"code": "first-project", "phase": "initiative-and-design", "path": "projects[0]",
			 "text": {"key": "phase.first-project", "text": "A first project has started"},
			 "found": {"key": "phase.found.project-started", "params": [{"name": "project", "kind": "text", "text": "Project 1"}, {"name": "date", "kind": "date", "date": "2020-03-01"}],
			           "text": "\"Project 1\", 1 March 2020"}}
		],
		"missing": [
			{"code": "vision", "phase": "experiment-and-execution", "text": {"key": "phase.vision", "text": "A regional vision is adopted"}, "path": "collaboration.vision"},
			{"code": "pilot", "phase": "experiment-and-execution", "text": {"key": "phase.pilot", "text": "A project is tried out in practice (pilot or further)"}, "path": "projects"},
			{"code": "driver", "phase": "experiment-and-execution", "text": {"key": "phase.driver", "text": "A driver (aanjager) or programme manager drives the work"}, "path": "collaboration.roleHolders"}
		],
		"ahead": []
	}`, string(b))

	assert.Contains(t, r.String(), `
Development phase: Initiative and design
  + At least two partners take part (3)
  + A shared ambition is recorded
  + A first project has started ("Project 1", 1 March 2020)
  Missing for Experiment and execution:
  - A regional vision is adopted
  - A project is tried out in practice (pilot or further)
  - A driver (aanjager) or programme manager drives the work
`)
	nl := r.Localize(collab.Dutch).String()
	assert.Contains(t, nl, "\nOntwikkelfase: Initiatief en ontwerp\n")
	assert.Contains(t, nl, "  Nodig voor Experiment en uitvoering:\n")
}
