package project_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// The seven regional practice cases presented at the national network
// meeting of 21 June 2022 ("Mechanismen van regionale samenwerking: wat
// werkt en wat niet?"), as fixtures in testdata. Their titles, regions and
// subjects come from that source; participants, dates and amounts are
// illustrative.
func Example_practiceCases2022() {
	meeting := collab.MustParseDate("2022-06-21")
	for _, name := range []string{
		"midden-ijssel-ambulant-team",
		"flevoland-psychologist-training",
		"achterhoek-psychologist-training",
		"friesland-anw-model",
		"friesland-population-health",
		"utrecht-onue",
		"drenthe-acute-care-vvt",
		"achterhoek-anw",
	} {
		data, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		if err != nil {
			fmt.Println(err)
			return
		}
		p, err := project.Decode(bytes.NewReader(data), 0)
		if err != nil {
			fmt.Println(err)
			return
		}
		themes := make([]string, len(p.Themes))
		for i, t := range p.Themes {
			themes[i] = t.String()
		}
		prof, _ := p.FirstInvolved(collab.LevelProfessional)
		fmt.Printf("%-13s %-15s %-9s professionals after %2d months  %s\n",
			p.Region, p.PhaseOn(meeting), p.Scale, prof.MonthsSince(p.Started), strings.Join(themes, ", "))
	}
	// Output:
	// midden-ijssel implementation  small     professionals after  0 months  new-ways-of-working, cross-domain
	// flevoland     implementation  small     professionals after  2 months  training, staff-inflow
	// achterhoek    implementation  small     professionals after  3 months  training, staff-inflow
	// friesland     pilot           programme professionals after  5 months  anw, acute-care
	// friesland     pilot           programme professionals after  7 months  population-health, cross-domain
	// utrecht       embedded        small     professionals after  0 months  new-ways-of-working, task-reallocation
	// drenthe       implementation  programme professionals after  3 months  acute-care, triage
	// achterhoek    implementation  programme professionals after  3 months  anw, new-ways-of-working
}

// West-Brabant's fourteen contracted providers implemented four
// technological innovations together, learning from each other and buying
// together; Friesland copied the approach with help from someone from
// West-Brabant ("Regionale samenwerking zorgkantoren en verpleeghuizen in
// volle gang", 7 July 2020).
func Example_westBrabantFourTechnologies() {
	var cases []project.Project
	for _, name := range []string{"west-brabant-four-technologies", "friesland-four-technologies"} {
		data, _ := os.ReadFile(filepath.Join("testdata", name+".json"))
		p, err := project.Decode(bytes.NewReader(data), 0)
		if err != nil {
			fmt.Println(err)
			return
		}
		cases = append(cases, *p)
	}
	asOf := collab.MustParseDate("2020-07-07")
	for _, p := range cases {
		providers := 0
		for _, pt := range p.Participants {
			if _, ok := pt.Involved(collab.LevelProfessional); ok {
				providers++ // the zorgkantoor takes part at executive level only
			}
		}
		fmt.Printf("%s: %s since %s, %d providers with their care professionals\n",
			p.Region, p.PhaseOn(asOf), p.LastPhaseChange(), providers)
		fmt.Printf("  %s (%g %s)\n", p.Outcomes[0].Text, p.Outcomes[0].Measure.Value, p.Outcomes[0].Measure.Unit)
	}
	fmt.Println("  lesson:", cases[1].Lessons[0])
	// Output:
	// west-brabant: implementation since 2018-10-01, 14 providers with their care professionals
	//   All fourteen contracted providers implement the same four technologies together (4 technologies)
	// friesland: implementation since 2020-03-02, 3 providers with their care professionals
	//   The providers implement the same four technologies together, after the example of West-Brabant (4 technologies)
	//   lesson: Copy what works elsewhere: someone from West-Brabant helped set up and develop the approach.
}

// The national progress report saw the focus of regional projects move from
// attracting new staff in 2019 to technology, new ways of working and
// keeping staff in 2020 ("Regionaal samenwerken in de langdurige zorg heeft
// de toekomst", April 2021). A portfolio of that shape shows the same shift.
func ExamplePortfolio_ThemeShift() {
	// Each project runs from February to November of one year.
	mk := func(n, year int, themes ...project.Theme) project.Project {
		d := func(m, day int) collab.Date { return collab.MustParseDate(fmt.Sprintf("%d-%02d-%02d", year, m, day)) }
		return project.Project{
			ID:            uuid.MustParse(fmt.Sprintf("7a000000-0000-4000-8000-%012d", n)),
			Title:         fmt.Sprintf("Project %d", n),
			Collaboration: uuid.MustParse("c0000000-0000-4000-8000-000000000001"),
			Region:        "zwolle",
			Themes:        themes,
			Scale:         project.ScaleSmall,
			Started:       d(2, 1),
			Phases: []project.PhaseChange{
				{Phase: project.PhaseIdea, Since: d(2, 1)},
				{Phase: project.PhasePilot, Since: d(6, 1)},
				{Phase: project.PhaseEmbedded, Since: d(11, 2)},
			},
			Ended: d(11, 30),
		}
	}
	const (
		inflow    = project.ThemeStaffInflow
		retention = project.ThemeStaffRetention
		tech      = project.ThemeTechnology
		newWays   = project.ThemeNewWaysOfWorking
	)
	pf := project.Portfolio{Projects: []project.Project{
		mk(1, 2019, inflow, project.ThemeTraining),
		mk(2, 2019, inflow),
		mk(3, 2019, inflow, project.ThemeGoodEmployership),
		mk(4, 2019, inflow),
		mk(5, 2019, inflow, project.ThemeRegionalVision),
		mk(6, 2019, tech),
		mk(7, 2019, retention),
		mk(8, 2019, project.ThemeRegionalVision),
		mk(9, 2020, tech, newWays),
		mk(10, 2020, tech),
		mk(11, 2020, tech, retention),
		mk(12, 2020, newWays),
		mk(13, 2020, newWays, retention),
		mk(14, 2020, retention),
		mk(15, 2020, inflow),
		mk(16, 2020, tech, project.ThemeCapacityManagement),
		mk(17, 2020, project.ThemeRealEstate),
		mk(18, 2020, project.ThemeCrossDomain),
	}}
	if err := pf.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	s := pf.ThemeShift(2019, 2020, collab.MustParseDate("2021-04-08"))
	fmt.Printf("%d projects in %d, %d in %d\n", s.FromProjects, s.From, s.ToProjects, s.To)
	fmt.Println("rising:")
	for c := range s.Rising() {
		fmt.Printf("  %-30s %5.1f%% -> %5.1f%%\n", c.Theme.Label(collab.English), 100*c.FromShare, 100*c.ToShare)
	}
	fmt.Println("falling:")
	for c := range s.Falling() {
		fmt.Printf("  %-30s %5.1f%% -> %5.1f%%\n", c.Theme.Label(collab.English), 100*c.FromShare, 100*c.ToShare)
	}
	// Output:
	// 8 projects in 2019, 10 in 2020
	// rising:
	//   New ways of working              0.0% ->  30.0%
	//   Technology                      12.5% ->  40.0%
	//   Keeping staff                   12.5% ->  30.0%
	//   Cross-domain collaboration       0.0% ->  10.0%
	//   Regional capacity management     0.0% ->  10.0%
	//   Real estate                      0.0% ->  10.0%
	// falling:
	//   Inflow of new staff             62.5% ->  10.0%
	//   Shared regional vision          25.0% ->   0.0%
	//   Training                        12.5% ->   0.0%
	//   Good employership               12.5% ->   0.0%
}

// Decode names the path of a word it does not know.
func ExampleDecode() {
	_, err := project.Decode(strings.NewReader(`{"id": "7a000000-0000-4000-8000-000000000001", "themes": ["technology", "robots"]}`), 0)
	var ps collab.Problems
	if errors.As(err, &ps) {
		fmt.Println(ps[0].Path, ps[0].Code)
		fmt.Println(ps[0].Message)
	}
	// Output:
	// themes[1] unknown-value
	// unknown theme "robots"; want one of regional-vision, technology, staff-inflow, staff-retention, new-ways-of-working, cross-domain, task-reallocation, triage, anw, acute-care, capacity-management, real-estate, training, population-health, informal-care, good-employership, data-exchange
}

// A project checked against its collaboration: a participant that is not a
// member and a phase history that goes back from embedded to idea.
func ExampleProject_ValidateIn() {
	c := collab.Collaboration{
		ID: uuid.MustParse("c0000000-0000-4000-8000-000000000001"), Name: "Samenwerking Drenthe", Region: "drenthe",
		Started: collab.MustParseDate("2018-05-01"), Strategy: collab.StrategyCombined,
		Members: []collab.Member{{Stakeholder: uuid.MustParse("5a000000-0000-4000-8000-000000000001"), Joined: collab.MustParseDate("2018-05-01")}},
	}
	p := project.Project{
		ID: uuid.MustParse("7a000000-0000-4000-8000-000000000001"), Title: "Acute zorg in de VVT",
		Collaboration: c.ID, Region: "drenthe", Themes: []project.Theme{project.ThemeAcuteCare}, Scale: project.ScaleProgramme,
		Started: collab.MustParseDate("2020-05-04"),
		Phases: []project.PhaseChange{
			{Phase: project.PhaseDesign, Since: collab.MustParseDate("2020-05-04")},
			{Phase: project.PhasePilot, Since: collab.MustParseDate("2021-02-01")},
			{Phase: project.PhaseEmbedded, Since: collab.MustParseDate("2022-01-03")},
			{Phase: project.PhaseIdea, Since: collab.MustParseDate("2022-06-01")},
		},
		Participants: []project.Participant{
			{Stakeholder: uuid.MustParse("5a000000-0000-4000-8000-000000000001")},
			{Stakeholder: uuid.MustParse("5a000000-0000-4000-8000-000000000099")},
		},
	}
	fmt.Println(p.ValidateIn(&c))
	// Output:
	// phases[3].phase: a project cannot move from embedded to idea
	// participants[1].stakeholder: 5a000000-0000-4000-8000-000000000099 is not a member of the collaboration
}

func ExamplePhase_CanMoveTo() {
	fmt.Println(project.PhasePilot.CanMoveTo(project.PhaseEmbedded))
	fmt.Println(project.PhaseIdea.CanMoveTo(project.PhaseImplementation))
	fmt.Println(project.PhaseEmbedded.CanMoveTo(project.PhaseIdea))
	fmt.Println(project.PhaseStopped.CanMoveTo(project.PhaseDesign))
	// Output:
	// true
	// true
	// false
	// true
}

// Projects that have stood still in the same active phase for more than a
// year, as of the 2022 network meeting.
func ExamplePortfolio_Stalled() {
	var pf project.Portfolio
	for _, name := range fixtureNames {
		data, _ := os.ReadFile(filepath.Join("testdata", name+".json"))
		p, err := project.Decode(bytes.NewReader(data), 0)
		if err != nil {
			fmt.Println(err)
			return
		}
		pf.Projects = append(pf.Projects, *p)
	}
	meeting := collab.MustParseDate("2022-06-21")
	for p := range pf.Stalled(meeting, 12) {
		since, _ := p.PhaseChangeOn(meeting)
		fmt.Printf("%s: %s since %s\n", p.Title, since.Phase, since.Since)
	}
	// Output:
	// Regiomodel ANW-zorg Friesland: pilot since 2021-03-01
	// Vier technologische innovaties samen invoeren West-Brabant: implementation since 2018-10-01
	// Vier technologische innovaties samen invoeren Friesland: implementation since 2020-03-02
}
