package collab_test

import (
	"fmt"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
)

// The Zoetermeer 2025 collaboration as the webinar of 3 March 2021 described
// it ("Verslag webinar 'De praktijk van regionale en netwerksamenwerking in
// de zorg'", 10 March 2021): care providers of the region, the municipality
// and the insurers Menzis and CZ, with a shared ambition framework, a
// transition budget, a vision, professionals in the lead, a two-day event
// that grew the core group, and governance tied around it later.
//
// The source names no care providers, no amounts and few dates. The
// providers are therefore described by their kind, and every date except
// the month of the two-day event is illustrative, as is the budget. The
// same value is stored in testdata/zoetermeer-2025.json.

// Fixed IDs, so that the example and the fixture stay stable.
var (
	zmMunicipality = uuid.MustParse("2025a000-0000-4000-8000-000000000001")
	zmMenzis       = uuid.MustParse("2025a000-0000-4000-8000-000000000002")
	zmCZ           = uuid.MustParse("2025a000-0000-4000-8000-000000000003")
	zmGPs          = uuid.MustParse("2025a000-0000-4000-8000-000000000004")
	zmHospital     = uuid.MustParse("2025a000-0000-4000-8000-000000000005")
	zmNursing      = uuid.MustParse("2025a000-0000-4000-8000-000000000006")
	zmMentalHealth = uuid.MustParse("2025a000-0000-4000-8000-000000000007")
	zmWelfare      = uuid.MustParse("2025a000-0000-4000-8000-000000000008")
	zmProgramme    = uuid.MustParse("2025a000-0000-4000-8000-000000000009")
)

// zoetermeerStakeholders returns the partners of Zoetermeer 2025.
func zoetermeerStakeholders() []collab.Stakeholder {
	local := []string{"zoetermeer"}
	return []collab.Stakeholder{
		{ID: zmMunicipality, Name: "Gemeente Zoetermeer", Role: collab.RoleMunicipality, Regions: local},
		{ID: zmMenzis, Name: "Menzis", Role: collab.RoleHealthInsurer},
		{ID: zmCZ, Name: "CZ", Role: collab.RoleHealthInsurer},
		{ID: zmGPs, Name: "Zoetermeer GP cooperative", Role: collab.RoleGPCooperative, Regions: local},
		{ID: zmHospital, Name: "Zoetermeer hospital", Role: collab.RoleHospital, Regions: local},
		{ID: zmNursing, Name: "Zoetermeer nursing-home and home care provider", Role: collab.RoleNursingHomeCare, Regions: local},
		{ID: zmMentalHealth, Name: "Zoetermeer mental health provider", Role: collab.RoleMentalHealth, Regions: local},
		{ID: zmWelfare, Name: "Zoetermeer welfare organisation", Role: collab.RoleWelfare, Regions: local},
		{ID: zmProgramme, Name: "Programme office Zoetermeer 2025", Role: collab.RoleFacilitator, Regions: local},
	}
}

// zoetermeerCollaboration returns the collaboration itself.
func zoetermeerCollaboration() collab.Collaboration {
	d := collab.MustParseDate
	var (
		started = d("2019-10-01") // illustrative: "not long under way" in March 2021
		event   = d("2020-10-08") // the two-day event was in October 2020; the day is illustrative
	)
	// member joins at start with the given levels, all involved from the
	// start: professionals in the lead means the work floor is there early.
	member := func(id uuid.UUID, joined collab.Date, hours float64, levels ...collab.Level) collab.Member {
		// Every partner has a seat at regional capacity management; the
		// programme office serves the table but has none of its own.
		m := collab.Member{Stakeholder: id, Joined: joined, RegionalTable: id != zmProgramme, CapacityHours: new(hours)}
		for _, l := range levels {
			m.Levels = append(m.Levels, collab.LevelInvolvement{Level: l, Since: joined})
		}
		return m
	}
	const (
		exec = collab.LevelExecutive
		mgr  = collab.LevelManager
		prof = collab.LevelProfessional
	)
	everyone := []uuid.UUID{zmMunicipality, zmMenzis, zmCZ, zmGPs, zmHospital, zmNursing, zmMentalHealth, zmWelfare}

	return collab.Collaboration{
		ID:       uuid.MustParse("2025c000-0000-4000-8000-000000000001"),
		Name:     "Zoetermeer 2025",
		Region:   "zoetermeer",
		Started:  started,
		Strategy: collab.StrategyRegionalVision,
		// Governance came later, tied around the work at a milestone rather
		// than at the start; the form and the date are illustrative.
		Governance:      collab.GovernanceLineResponsibility,
		GovernanceSince: d("2021-09-01"),
		Ambition: collab.Ambition{
			BetterHealth:  true,
			HigherQuality: true,
			LowerCost:     true,
			Statement: "A healthy region that makes the fast-growing city attractive again: residents in better health, " +
				"care and welfare of higher quality, and the rise in the costs of care and welfare held down.",
		},
		Vision: collab.Vision{
			Adopted: d("2020-06-01"), // illustrative
			Summary: "Care and welfare organised around the citizen, so that people can keep living at home for as long as possible. " +
				"Realising it is a transition rather than a project: the movement has to be created, with the professionals in the lead.",
		},
		// The partners agreed a transition budget on top of the current cost
		// of care and welfare, to absorb the growing demand and close the gap.
		// The source gives no amount: ten million euro is illustrative.
		TransitionBudget: collab.TransitionBudget{
			Amount: 10_000_000_00,
			Period: collab.Period{From: d("2020-01-01"), Until: d("2025-12-31")},
		},
		Members: []collab.Member{
			member(zmMunicipality, started, 16, exec, mgr, prof),
			member(zmMenzis, started, 8, exec, mgr),
			member(zmCZ, started, 8, exec, mgr),
			member(zmGPs, started, 12, exec, prof),
			member(zmHospital, started, 12, exec, mgr, prof),
			member(zmNursing, started, 12, exec, mgr, prof),
			member(zmMentalHealth, d("2020-03-01"), 6, exec, prof),
			member(zmWelfare, d("2020-01-15"), 6, mgr, prof),
			member(zmProgramme, started, 36, mgr),
		},
		RoleHolders: []collab.RoleHolder{
			{Kind: collab.RoleKindProgrammeManager, Stakeholder: zmProgramme, Person: "Programme director", From: started},
			{Kind: collab.RoleKindKwartiermaker, Stakeholder: zmNursing, From: d("2020-03-01")},
			{Kind: collab.RoleKindKwartiermaker, Stakeholder: zmGPs, From: d("2020-03-01")},
			{Kind: collab.RoleKindAanjager, Stakeholder: zmMunicipality, From: started},
		},
		UrgencySignals: []collab.UrgencySignal{
			{Date: started, Urgency: 4, ReportedBy: exec,
				Note: "The city grows fast and ages fast, and fell from place 37 to 169 of 350 on a ranking of attractive municipalities."},
			{Date: event.AddDate(0, 0, 1), Urgency: 5, ReportedBy: prof,
				Note: "At the two-day event the participants went through the urgency together and concluded they can only meet it jointly."},
			{Date: d("2021-03-03"), Urgency: 5, ReportedBy: exec,
				Note: "Informal carers are under heavy strain; providers face a high workload and scarce staff."},
		},
		Networks: []collab.Network{
			{ID: uuid.MustParse("2025e000-0000-4000-8000-000000000001"), Name: "Executives of the partners",
				Kind: collab.NetworkExecutives, Members: everyone, Since: started},
			{ID: uuid.MustParse("2025e000-0000-4000-8000-000000000002"), Name: "Core group of professionals",
				Kind:        collab.NetworkProfessionals,
				Description: "Formed at the two-day event; by March 2021 it had grown to about ten times its first size.",
				Members:     []uuid.UUID{zmGPs, zmHospital, zmNursing, zmMentalHealth, zmWelfare, zmMunicipality},
				Since:       event},
			{ID: uuid.MustParse("2025e000-0000-4000-8000-000000000003"), Name: "Regional capacity management",
				Kind:        collab.NetworkRegionalTable,
				Description: "Providers and financiers steer the region's care capacity together; a main driving force of the collaboration.",
				Members:     everyone, Since: d("2021-01-01")},
		},
		Events: []collab.Event{
			{Date: event, Title: "Zoetermeer two-day event", Participants: 90,
				Note: "Care professionals, executives, kwartiermakers and financiers shared the vision and worked it out per target group."},
		},
		Notes: "Helped by well-organised GPs, a single hospital and a manageable size of about 125,000 inhabitants.",
	}
}

// Example_zoetermeer builds the Zoetermeer 2025 collaboration, validates it
// and prints a few facts the assessment would look at.
func Example_zoetermeer() {
	stakeholders := zoetermeerStakeholders()
	c := zoetermeerCollaboration()

	for _, s := range stakeholders {
		if err := s.Validate(); err != nil {
			fmt.Println(err)
		}
	}
	if err := c.Validate(); err != nil {
		fmt.Println(err)
		return
	}

	financiers := 0
	for _, s := range stakeholders {
		if c.Member(s.ID) != nil && s.Role.Finances() {
			financiers++
		}
	}
	fmt.Printf("%s: %d members, %d of them financiers\n", c.Name, len(c.Members), financiers)
	fmt.Printf("ambition: %d of 3 goals\n", c.Ambition.Goals())
	fmt.Printf("transition budget: %s from %s to %s\n", c.TransitionBudget.Amount, c.TransitionBudget.Period.From, c.TransitionBudget.Period.Until)
	since, _ := c.Member(zmGPs).Involved(collab.LevelProfessional)
	fmt.Printf("GP professionals involved %d months after the start\n", since.MonthsSince(c.Started))
	e := c.Events[0]
	fmt.Printf("%s: %d participants\n", e.Title, e.Participants)
	fmt.Printf("governance (%s) formalised after %d months\n", c.Governance.Label(collab.English), c.GovernanceSince.MonthsSince(c.Started))
	// Output:
	// Zoetermeer 2025: 9 members, 3 of them financiers
	// ambition: 3 of 3 goals
	// transition budget: € 10000000.00 from 2020-01-01 to 2025-12-31
	// GP professionals involved 0 months after the start
	// Zoetermeer two-day event: 90 participants
	// governance (Responsibilities in the line) formalised after 23 months
}
