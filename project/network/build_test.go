package network_test

import (
	"math"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/network"
)

func date(s string) collab.Date { return collab.MustParseDate(s) }

// Stakeholders of the fixture, in ID order.
var (
	nursingHome = uuid.MustParse("5a000000-0000-4000-8000-000000000001")
	homeCare    = uuid.MustParse("5a000000-0000-4000-8000-000000000002")
	hospital    = uuid.MustParse("5a000000-0000-4000-8000-000000000003")
	gp          = uuid.MustParse("5a000000-0000-4000-8000-000000000004")
	departed    = uuid.MustParse("5a000000-0000-4000-8000-000000000005")
	municipal   = uuid.MustParse("5a000000-0000-4000-8000-000000000006")
	colID       = uuid.MustParse("c0000000-0000-4000-8000-000000000001")
)

func member(id uuid.UUID, joined, left string) collab.Member {
	m := collab.Member{Stakeholder: id, Joined: date(joined)}
	if left != "" {
		m.Left = date(left)
	}
	return m
}

func runningProject(n byte, title string, keyPeople int, phases []project.PhaseChange, participants ...uuid.UUID) project.Project {
	p := project.Project{
		ID: uuid.UUID{0x7a, 15: n}, Title: title, Collaboration: colID, Region: "friesland",
		Themes: []project.Theme{project.ThemeUnknown + 1}, Scale: project.ScaleSmall,
		Started: phases[0].Since, Phases: phases, KeyPeople: keyPeople,
	}
	for _, id := range participants {
		p.Participants = append(p.Participants, project.Participant{Stakeholder: id})
	}
	return p
}

// fixture is a collaboration on 2021-06-01 with:
//   - two regional networks with the same three members (a forest);
//   - a network that has ended, which would have tied the GP in;
//   - a running project of the hospital and the GP, the GP's only tie;
//   - a running project of the nursing home and home care that hangs on
//     one person;
//   - a running project of the hospital alone;
//   - a stopped project and a member who left, which tie nobody;
//   - the municipality, a member without any tie.
func fixture() (*collab.Collaboration, []project.Project) {
	c := &collab.Collaboration{
		ID: colID, Name: "Samen in Noord", Region: "friesland", Started: date("2019-01-01"),
		Strategy: collab.StrategyCombined,
		Members: []collab.Member{
			member(municipal, "2019-01-01", ""),
			member(gp, "2019-01-01", ""),
			member(hospital, "2019-01-01", ""),
			member(homeCare, "2019-01-01", ""),
			member(nursingHome, "2019-01-01", ""),
			member(departed, "2019-01-01", "2020-12-31"),
		},
		Networks: []collab.Network{
			{ID: uuid.UUID{0xa1}, Name: "Regiotafel", Kind: collab.NetworkRegionalTable, Since: date("2019-02-01"),
				Members: []uuid.UUID{nursingHome, homeCare, hospital, departed}},
			{ID: uuid.UUID{0xa2}, Name: "Bestuurdersoverleg", Kind: collab.NetworkExecutives, Since: date("2019-03-01"),
				Members: []uuid.UUID{hospital, homeCare, nursingHome}},
			{ID: uuid.UUID{0xa3}, Name: "Oud netwerk", Kind: collab.NetworkProfessionals, Since: date("2019-03-01"), Until: date("2020-01-01"),
				Members: []uuid.UUID{gp, municipal}},
		},
	}
	since := func(ph project.Phase, d string) project.PhaseChange {
		return project.PhaseChange{Phase: ph, Since: date(d)}
	}
	projects := []project.Project{
		runningProject(1, "Triage", 2, []project.PhaseChange{since(project.PhaseDesign, "2020-01-01"), since(project.PhasePilot, "2020-06-01")}, hospital, gp),
		runningProject(2, "Technologie", 1, []project.PhaseChange{since(project.PhaseIdea, "2020-01-01")}, nursingHome, homeCare),
		runningProject(3, "Eigen pilot", 0, []project.PhaseChange{since(project.PhasePilot, "2020-01-01")}, hospital),
		runningProject(4, "Gestopt", 0, []project.PhaseChange{since(project.PhasePilot, "2020-01-01"), since(project.PhaseStopped, "2020-06-01")}, gp, municipal),
		runningProject(5, "Met vertrokken lid", 3, []project.PhaseChange{since(project.PhasePilot, "2020-01-01")}, departed, municipal),
	}
	return c, projects
}

func TestBuildTiesActiveMembersThroughActiveNetworksAndRunningProjects(t *testing.T) {
	c, projects := fixture()
	g := network.Build(c, projects, date("2021-06-01"))

	assert.Equal(t, []uuid.UUID{nursingHome, homeCare, hospital, gp, municipal}, g.Nodes(), "active members in ID order")
	assert.Equal(t, []network.Tie{
		{A: nursingHome, B: homeCare, Weight: 3, Networks: 2, Projects: 1},
		{A: nursingHome, B: hospital, Weight: 2, Networks: 2},
		{A: homeCare, B: hospital, Weight: 2, Networks: 2},
		{A: hospital, B: gp, Weight: 1, Projects: 1},
	}, g.Ties())
}

func TestAnalyseACollaboration(t *testing.T) {
	c, projects := fixture()
	a := network.Build(c, projects, date("2021-06-01")).Analyse(network.Options{})

	assert.Equal(t, []uuid.UUID{municipal}, a.Isolated, "the municipality shares no network or running project")
	assert.Equal(t, []network.Broker{{Stakeholder: hospital, Parts: 2, CutOff: 1}}, a.Brokers,
		"the GP reaches the others only through the hospital")
	require.Len(t, a.Components, 2)
	assert.Equal(t, 4, a.Components[0].Size)

	hosp, ok := a.LookupCentrality(hospital)
	require.True(t, ok)
	assert.Equal(t, 3, hosp.Degree)
	assert.Equal(t, 5, hosp.Strength)
	assert.InDelta(t, 2, hosp.Betweenness, 1e-12, "on the paths from the GP to the nursing home and to home care")
	assert.InDelta(t, 2.0/6, hosp.NormalisedBetweenness, 1e-12, "2 of the 6 pairs among the other four")

	assert.Equal(t, []network.FragileProject{
		{Index: 1, Project: projects[1].ID, Title: "Technologie", KeyPeople: 1, Participants: 2},
		{Index: 2, Project: projects[2].ID, Title: "Eigen pilot", Participants: 1, Only: hospital},
		{Index: 4, Project: projects[4].ID, Title: "Met vertrokken lid", KeyPeople: 3, Participants: 1, Only: municipal},
	}, a.Fragile)

	assert.Equal(t, []network.Overlap{{A: 0, B: 1, NetworkA: c.Networks[0].ID, NetworkB: c.Networks[1].ID,
		NameA: "Regiotafel", NameB: "Bestuurdersoverleg", Shared: 3, Union: 3, Jaccard: 1}}, a.Overlaps,
		"the member who left no longer counts, so both networks have the same three members")
}

func TestBuildIgnoresProjectsOfOtherCollaborationsAndUnknownStakeholders(t *testing.T) {
	c, projects := fixture()
	projects[0].Collaboration = uuid.UUID{0xff}
	projects[1].Participants = append(projects[1].Participants, project.Participant{Stakeholder: uuid.UUID{0xee}})
	g := network.Build(c, projects, date("2021-06-01"))
	for _, tie := range g.Ties() {
		assert.NotEqual(t, gp, tie.B, "the triage project belongs to another collaboration")
	}
	a := g.Analyse(network.Options{})
	assert.Equal(t, []uuid.UUID{gp, municipal}, a.Isolated)
}

func TestOverlapThreshold(t *testing.T) {
	c, projects := fixture()
	// In mid-2019 the table had four members, three of them shared with
	// the executives, and the old network still existed.
	g := network.Build(c, projects, date("2019-06-01"))
	tests := []struct {
		name      string
		opts      network.Options
		wantPairs int
	}{
		{"the default threshold of 0.75 includes a Jaccard index of exactly 0.75", network.Options{}, 1},
		{"a NaN threshold is the default", network.Options{OverlapThreshold: math.NaN()}, 1},
		{"a higher threshold excludes it", network.Options{OverlapThreshold: 0.8}, 0},
		{"a lower threshold keeps it", network.Options{OverlapThreshold: 0.5}, 1},
		{"a negative threshold lists every pair of networks", network.Options{OverlapThreshold: -1}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Len(t, g.Analyse(tt.opts).Overlaps, tt.wantPairs)
		})
	}
	o := g.Analyse(network.Options{}).Overlaps[0]
	assert.Equal(t, 3, o.Shared)
	assert.Equal(t, 4, o.Union)
	assert.Equal(t, 0.75, o.Jaccard)
}
