package collabtest

import (
	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
)

// Full returns a valid collaboration with n members (0 to
// collab.MaxMembers; outside, clamped), each involved at every level, with
// role holders, urgency signals, leeway issues, a network of every kind
// and events, and every optional part filled in: the worst case for the
// happy path of Validate, which benchmarks measure. Unlike Collaboration
// it draws nothing at random and names no stakeholders: its IDs are made
// up, and the same n always gives the same value.
func Full(n int) collab.Collaboration {
	n = min(max(n, 0), collab.MaxMembers)
	d := collab.MustParseDate
	start := d("2019-01-01")
	id := func(kind byte, i int) uuid.UUID {
		var u uuid.UUID
		u[0], u[14], u[15] = kind, byte(i>>8), byte(i)
		u[6], u[8] = 0x40, 0x80
		return u
	}
	c := collab.Collaboration{
		ID:              id(0xcc, 0),
		Name:            "Benchmarkregio",
		Region:          "benchmarkregio",
		Started:         start,
		Ended:           d("2025-12-31"),
		Strategy:        collab.StrategyCombined,
		Governance:      collab.GovernanceExecutionOrganisation,
		GovernanceSince: d("2020-06-01"),
		Ambition:        collab.Ambition{BetterHealth: true, HigherQuality: true, LowerCost: true, Statement: "Samen gezond ouder worden in de regio."},
		Vision:          collab.Vision{Adopted: d("2019-06-01"), Summary: "Zorg rond de burger."},
		TransitionBudget: collab.TransitionBudget{Amount: 250_000_000,
			Period: collab.Period{From: d("2019-01-01"), Until: d("2023-12-31")}},
		Continuity: collab.ContinuityPlan{Adopted: d("2021-12-01"), Summary: "De partners nemen de rollen over."},
		Notes:      "Ruim opgezet voor de benchmark.",
	}
	for i := range n {
		c.Members = append(c.Members, collab.Member{
			Stakeholder: id(0xa0, i),
			Joined:      start.AddDate(0, i%12, 0),
			Levels: []collab.LevelInvolvement{
				{Level: collab.LevelExecutive, Since: start.AddDate(0, i%12, 0)},
				{Level: collab.LevelManager, Since: start.AddDate(0, i%12+1, 0)},
				{Level: collab.LevelProfessional, Since: start.AddDate(0, i%12+2, 0)},
			},
			RegionalTable: i%3 == 0,
			CapacityHours: new(float64(i%8) + 0.5),
		})
		c.UrgencySignals = append(c.UrgencySignals, collab.UrgencySignal{
			Date: start.AddDate(0, i%72, 0), Urgency: 1 + i%5, ReportedBy: collab.Levels()[i%3], Note: "Personeelstekort loopt op.",
		})
	}
	for i := range n / 2 {
		c.RoleHolders = append(c.RoleHolders, collab.RoleHolder{
			Kind: collab.RoleKinds()[i%7], Stakeholder: id(0xa0, i), Person: "Persoon", From: d("2020-01-01"), Until: d("2021-01-01"),
		})
	}
	for i := range 5 {
		c.LeewayIssues = append(c.LeewayIssues, collab.LeewayIssue{
			ID: id(0xe0, i), Rule: "Landelijke norm", Description: "Knelt bij de regionale ANW-dienst.",
			NationalActor: collab.RoleInspectorate, Status: collab.LeewayResolved,
			Raised: d("2020-01-01"), LastProgress: d("2020-06-01"), Resolved: d("2021-01-01"),
		})
	}
	for k, kind := range collab.NetworkKinds() {
		nw := collab.Network{ID: id(0xf0, k), Name: kind.Label(collab.Dutch), Kind: kind, Description: "Netwerk.", Since: d("2020-01-01")}
		for i := range n {
			if kind == collab.NetworkRegionalTable && !c.Members[i].RegionalTable {
				continue // the table's members are the members with a seat
			}
			nw.Members = append(nw.Members, id(0xa0, i))
		}
		c.Networks = append(c.Networks, nw)
	}
	c.HelpedBy = []collab.Help{{Region: "west-brabant", Stakeholder: id(0xa0, 0), From: d("2020-01-01"), Until: d("2020-12-31"),
		Note: "Een adviseur uit West-Brabant."}}
	for i := range 5 {
		c.Events = append(c.Events, collab.Event{Date: d("2021-01-01").AddDate(0, i, 0), Title: "Regiodag", Participants: 90, Note: "Werksessies."})
	}
	return c
}
