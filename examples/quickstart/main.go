// Quickstart is the smallest useful program on Regiokompas: it describes a
// regional collaboration in code, validates it, assesses it and prints
// what goes wrong and what to do next.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	date := collab.MustParseDate // fixed dates, so the output never changes
	zk, vvt, gp := uuid.MustParse("00000000-0000-4000-8000-000000000001"),
		uuid.MustParse("00000000-0000-4000-8000-000000000002"),
		uuid.MustParse("00000000-0000-4000-8000-000000000003")
	col := collab.Collaboration{
		ID: uuid.MustParse("00000000-0000-4000-8000-0000000000c1"), Name: "Ouderenzorg Twente",
		Region: "twente", Started: date("2021-01-01"), Strategy: collab.StrategySmallInitiatives,
		Members: []collab.Member{
			{Stakeholder: vvt, Joined: date("2021-01-01"), RegionalTable: true, CapacityHours: new(float64(8)),
				Levels: []collab.LevelInvolvement{{Level: collab.LevelExecutive, Since: date("2021-01-01")}}},
			{Stakeholder: gp, Joined: date("2021-03-01")},
		},
		UrgencySignals: []collab.UrgencySignal{{Date: date("2021-02-01"), Urgency: 4}, {Date: date("2022-02-01"), Urgency: 2}},
	}
	c := assess.Case{ // the zorgkantoor is a stakeholder but no member: the assessment notices
		Stakeholders: []collab.Stakeholder{
			{ID: zk, Name: "Zorgkantoor Twente", Role: collab.RoleZorgkantoor},
			{ID: vvt, Name: "Thuiszorg Oost", Role: collab.RoleDistrictNursing},
			{ID: gp, Name: "Huisartsen Twente", Role: collab.RoleGPCooperative},
		},
		Collaboration: col,
		Projects: []project.Project{{
			ID: uuid.MustParse("00000000-0000-4000-8000-0000000000d1"), Title: "Shared triage for short stays",
			Collaboration: col.ID, Region: "twente", Themes: []project.Theme{project.ThemeTriage},
			Scale: project.ScaleSmall, Started: date("2021-04-01"),
			Phases:       []project.PhaseChange{{Phase: project.PhasePilot, Since: date("2021-04-01")}},
			Participants: []project.Participant{{Stakeholder: vvt}, {Stakeholder: gp}},
		}},
	}
	if err := c.Validate(); err != nil {
		for _, p := range collab.ProblemsOf(err) {
			fmt.Fprintf(w, "%s: %s [%s]\n", p.Path, p.Message, p.Code)
		}
		return fmt.Errorf("the case is not valid")
	}
	r, err := assess.Evaluate(&c, date("2022-06-21"))
	if err != nil {
		return err
	}
	for _, m := range r.Mechanisms {
		fmt.Fprintf(w, "%-34s %3d %s\n", m.Mechanism.Label(collab.English), m.Score, m.Band.Label(collab.English))
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "\n[%s] %s\n  next: %s\n  lessons: %v\n", f.Severity, f.Message.In(collab.English), f.Next.In(collab.English), f.Lessons)
	}
	return nil
}
