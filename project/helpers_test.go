package project_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/require"
)

var (
	testCollab   = uuid.MustParse("c0000000-0000-4000-8000-0000000000aa")
	testProject  = uuid.MustParse("7a000000-0000-4000-8000-0000000000aa")
	memberA      = uuid.MustParse("5a000000-0000-4000-8000-0000000000a1")
	memberB      = uuid.MustParse("5a000000-0000-4000-8000-0000000000a2")
	memberC      = uuid.MustParse("5a000000-0000-4000-8000-0000000000a3")
	outsider     = uuid.MustParse("5a000000-0000-4000-8000-0000000000ff")
	testLeeway   = uuid.MustParse("1e000000-0000-4000-8000-0000000000aa")
	unknownIssue = uuid.MustParse("1e000000-0000-4000-8000-0000000000ff")
)

func date(s string) collab.Date { return collab.MustParseDate(s) }

// validProject returns a fresh, valid project of testCollaboration, with
// every list filled.
func validProject() project.Project {
	return project.Project{
		ID:            testProject,
		Title:         "Regional night rota",
		Collaboration: testCollab,
		Region:        "west-brabant",
		Themes:        []project.Theme{project.ThemeANW, project.ThemeNewWaysOfWorking},
		Scale:         project.ScaleProgramme,
		Phases: []project.PhaseChange{
			{Phase: project.PhaseIdea, Since: date("2019-03-01")},
			{Phase: project.PhaseDesign, Since: date("2019-06-01")},
			{Phase: project.PhasePilot, Since: date("2020-01-15")},
			{Phase: project.PhaseImplementation, Since: date("2021-01-04")},
		},
		Started:     date("2019-03-01"),
		Description: "One rota of elderly-care physicians for the evenings, nights and weekends.",
		Participants: []project.Participant{
			{Stakeholder: memberA, Levels: []collab.LevelInvolvement{
				{Level: collab.LevelExecutive, Since: date("2019-03-01")},
				{Level: collab.LevelProfessional, Since: date("2020-01-15")},
			}},
			{Stakeholder: memberB, Levels: []collab.LevelInvolvement{
				{Level: collab.LevelManager, Since: date("2019-06-01")},
				{Level: collab.LevelProfessional, Since: date("2019-09-01")},
			}},
			{Stakeholder: memberC},
		},
		KeyPeople: 3,
		Funding: []project.FundingLine{
			{Source: project.FundingTransitionFunds, Amount: 25_000_000, Period: collab.Period{From: date("2019-06-01"), Until: date("2021-12-31")}},
			{Source: project.FundingOwnMeans, Amount: 5_000_000, Period: collab.Period{From: date("2022-01-01")}},
		},
		Milestones: []project.Milestone{
			{Date: date("2020-01-15"), Text: "First shared night", Celebrated: true},
		},
		Outcomes: []project.Outcome{
			{Text: "Physicians on call cover more locations", Measure: project.Measure{Unit: "locations", Value: 12}},
			{Text: "Providers learn from each other"},
		},
		LeewayIssues: []uuid.UUID{testLeeway},
		Mechanisms:   []collab.Mechanism{collab.MechanismActors, collab.MechanismLeeway},
		Lessons:      []string{"Evaluate the rota with the physicians on duty."},
	}
}

// testCollaboration returns the collaboration validProject belongs to.
func testCollaboration() collab.Collaboration {
	return collab.Collaboration{
		ID:       testCollab,
		Name:     "Samenwerking West-Brabant",
		Region:   "west-brabant",
		Started:  date("2018-01-01"),
		Strategy: collab.StrategyCombined,
		Members: []collab.Member{
			{Stakeholder: memberA, Joined: date("2018-01-01")},
			{Stakeholder: memberB, Joined: date("2018-01-01")},
			{Stakeholder: memberC, Joined: date("2018-06-01")},
		},
		LeewayIssues: []collab.LeewayIssue{
			{ID: testLeeway, Rule: "Response-time norms", NationalActor: collab.RoleInspectorate, Status: collab.LeewayOpen, Raised: date("2020-02-01")},
		},
	}
}

// fixtureNames lists the project fixtures in testdata.
var fixtureNames = []string{
	"midden-ijssel-ambulant-team",
	"flevoland-psychologist-training",
	"achterhoek-psychologist-training",
	"friesland-anw-model",
	"friesland-population-health",
	"utrecht-onue",
	"drenthe-acute-care-vvt",
	"achterhoek-anw",
	"west-brabant-four-technologies",
	"friesland-four-technologies",
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(t, err)
	return data
}

func loadCollaborations(t testing.TB) []collab.Collaboration {
	t.Helper()
	var cs []collab.Collaboration
	require.NoError(t, json.Unmarshal(readFixture(t, "collaborations"), &cs))
	return cs
}

// problems returns the problems of err as "path code" strings.
func problems(err error) []string {
	var out []string
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, p.Path+" "+string(p.Code))
	}
	return out
}
