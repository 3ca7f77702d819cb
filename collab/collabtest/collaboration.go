package collabtest

import (
	"strconv"
	"time"

	"github.com/regiokompas/regiokompas/collab"
)

// Collaboration generates one regional collaboration with members members
// (at least 2, at most collab.MaxMembers) and the stakeholders it refers
// to. Its region is one of the zorgkantoorregio's, chosen by the seed; its
// first member is that region's zorgkantoor. It equals the first
// collaboration of Collaborations(seed, 1, members).
func Collaboration(seed uint64, members int) (collab.Collaboration, []collab.Stakeholder) {
	cs, ss := Collaborations(seed, 1, members)
	return cs[0], ss
}

// Collaborations generates regions collaborations (1 to 31), one in each of
// as many zorgkantoorregio's starting at the one the seed chooses, each
// with members members (2 to collab.MaxMembers), and all their
// stakeholders, the stakeholders of the first collaboration first.
func Collaborations(seed uint64, regions, members int) ([]collab.Collaboration, []collab.Stakeholder) {
	regions = min(max(regions, 1), len(zorgkantoorRegions))
	members = min(max(members, 2), collab.MaxMembers)
	g := NewRand(seed, streamCollaborations)
	cs := make([]collab.Collaboration, regions)
	ss := make([]collab.Stakeholder, 0, regions*members)
	first := int(seed % uint64(len(zorgkantoorRegions)))
	for i := range cs {
		reg := zorgkantoorRegions[(first+i)%len(zorgkantoorRegions)]
		ss = g.collaboration(&cs[i], reg, members, ss)
	}
	return cs, ss
}

var memberRoles = []Weighted[collab.Role]{
	{collab.RoleNursingHomeCare, 40},
	{collab.RoleMunicipality, 10},
	{collab.RoleGPCooperative, 8},
	{collab.RoleHospital, 6},
	{collab.RoleElderlyCarePhysician, 6},
	{collab.RoleDistrictNursing, 6},
	{collab.RoleMentalHealth, 5},
	{collab.RoleWelfare, 5},
	{collab.RoleDisabilityCare, 3},
	{collab.RoleInformalCarers, 3},
	{collab.RoleHealthInsurer, 3},
	{collab.RoleHousing, 2},
	{collab.RoleKnowledgeInstitution, 2},
	{collab.RoleFacilitator, 1},
}

// namePrefix returns the start of a made-up organisation name for role.
func namePrefix(r collab.Role) string {
	switch r {
	case collab.RoleNursingHomeCare:
		return "Zorggroep"
	case collab.RoleMunicipality:
		return "Gemeente"
	case collab.RoleGPCooperative:
		return "Huisartsencoöperatie"
	case collab.RoleHospital:
		return "Ziekenhuis"
	case collab.RoleElderlyCarePhysician:
		return "Praktijk ouderengeneeskunde"
	case collab.RoleDistrictNursing:
		return "Wijkverpleging"
	case collab.RoleMentalHealth:
		return "GGZ"
	case collab.RoleWelfare:
		return "Welzijn"
	case collab.RoleDisabilityCare:
		return "Gehandicaptenzorg"
	case collab.RoleInformalCarers:
		return "Steunpunt mantelzorg"
	case collab.RoleHealthInsurer:
		return "Zorgverzekeraar"
	case collab.RoleHousing:
		return "Woonstichting"
	case collab.RoleKnowledgeInstitution:
		return "Hogeschool"
	}
	return "Adviesbureau"
}

var leewayRules = []struct {
	rule  string
	actor collab.Role
}{
	{"Response-time norms for evening, night and weekend care", collab.RoleInspectorate},
	{"Rules on who may delegate medical tasks", collab.RoleInspectorate},
	{"Tariffs that pay per provider, not for shared regional services", collab.RoleHealthcareAuthority},
	{"Separate funding of long-term care and curative care", collab.RoleMinistry},
	{"Privacy rules on sharing client records between providers", collab.RoleOther},
	{"Staffing norms per location", collab.RoleCareInstitute},
}

func (g *Rand) collaboration(c *collab.Collaboration, reg zorgkantoorRegion, members int, ss []collab.Stakeholder) []collab.Stakeholder {
	c.ID = g.UUID()
	c.Name = "Regionale samenwerking ouderenzorg " + reg.name
	c.Region = reg.code
	c.Started = g.Date(collab.NewDate(2017, time.June, 1), collab.NewDate(2019, time.June, 30))
	c.Strategy = Pick(g, []Weighted[collab.Strategy]{
		{collab.StrategyCombined, 40}, {collab.StrategySmallInitiatives, 30}, {collab.StrategyRegionalVision, 30},
	})
	if g.Chance(0.6) {
		c.Governance = collab.Governance(g.Between(1, 2))
		c.GovernanceSince = c.Started.AddDate(0, g.Between(3, 24), 0)
	}
	c.Ambition = collab.Ambition{BetterHealth: g.Chance(0.7), HigherQuality: g.Chance(0.8), LowerCost: g.Chance(0.5)}
	if c.Strategy != collab.StrategySmallInitiatives {
		c.Vision = collab.Vision{Adopted: c.Started.AddDate(0, g.Between(2, 18), 0), Summary: "Older people in " + reg.name + " live at home for as long as they can, with care organised around them."}
	}

	c.Members = make([]collab.Member, members)
	for i := range c.Members {
		role := collab.RoleZorgkantoor
		name := "Zorgkantoor " + reg.zorgkantoor + " " + reg.name
		if i > 0 {
			role = Pick(g, memberRoles)
			name = namePrefix(role) + " " + reg.name + " " + strconv.Itoa(i)
		}
		s := collab.Stakeholder{ID: g.UUID(), Name: name, Role: role, Regions: []string{reg.code}}
		if role.Domain() == collab.DomainCare || role.Domain() == collab.DomainCure {
			s.AGB = g.Digits(8)
		}
		s.KVK = g.Digits(8)
		ss = append(ss, s)

		m := &c.Members[i]
		m.Stakeholder = s.ID
		m.Joined = c.Started
		if i > 2 && g.Chance(0.35) {
			m.Joined = g.Date(c.Started, c.Started.AddDate(2, 6, 0))
		}
		if i > 2 && g.Chance(0.05) {
			m.Left = m.Joined.AddDate(0, g.Between(6, 30), 0)
		}
		levels := make([]collab.LevelInvolvement, 0, 3)
		if g.Chance(0.9) {
			levels = append(levels, collab.LevelInvolvement{Level: collab.LevelExecutive, Since: m.Joined})
		}
		if g.Chance(0.7) {
			levels = append(levels, collab.LevelInvolvement{Level: collab.LevelManager, Since: m.Joined.AddDate(0, g.Between(0, 6), 0)})
		}
		if g.Chance(0.5) {
			levels = append(levels, collab.LevelInvolvement{Level: collab.LevelProfessional, Since: m.Joined.AddDate(0, g.Between(0, 24), 0)})
		}
		if len(levels) > 0 {
			m.Levels = levels
		}
		m.RegionalTable = role == collab.RoleZorgkantoor || (role == collab.RoleNursingHomeCare && g.Chance(0.8))
		if g.Chance(0.7) {
			m.CapacityHours = new(float64(g.Between(2, 48)) / 2)
		}
	}

	c.RoleHolders = append(c.RoleHolders, collab.RoleHolder{
		Kind: collab.RoleKindAanjager, Stakeholder: c.Members[g.Between(1, members-1)].Stakeholder,
		From: c.Started.AddDate(0, g.Between(0, 6), 0),
	})
	if g.Chance(0.7) {
		c.RoleHolders = append(c.RoleHolders, collab.RoleHolder{
			Kind: collab.RoleKindProgrammeManager, Stakeholder: c.Members[g.Between(0, members-1)].Stakeholder,
			From: c.Started.AddDate(0, g.Between(0, 12), 0),
		})
	}

	for k := g.Between(0, 6); k > 0; k-- {
		s := collab.UrgencySignal{Date: g.Date(c.Started, collab.NewDate(2022, time.June, 30)), Urgency: g.Between(collab.MinUrgency, collab.MaxUrgency)}
		if g.Chance(0.5) {
			s.ReportedBy = collab.Level(g.Between(1, 3))
		}
		c.UrgencySignals = append(c.UrgencySignals, s)
	}

	for k := g.Between(0, 3); k > 0; k-- {
		lr := leewayRules[g.IntN(len(leewayRules))]
		l := collab.LeewayIssue{ID: g.UUID(), Rule: lr.rule, Status: collab.LeewayStatus(g.Between(1, 3))}
		if lr.actor != collab.RoleOther {
			l.NationalActor = lr.actor
		}
		l.Raised = g.Date(c.Started.AddDate(0, 6, 0), collab.NewDate(2022, time.June, 30))
		if g.Chance(0.5) {
			l.LastProgress = l.Raised.AddDate(0, g.Between(1, 12), 0)
		}
		if l.Status == collab.LeewayResolved {
			l.Resolved = l.Raised.AddDate(0, g.Between(3, 18), 0)
		}
		c.LeewayIssues = append(c.LeewayIssues, l)
	}

	table := collab.Network{ID: g.UUID(), Name: "Regiotafel " + reg.name, Kind: collab.NetworkRegionalTable, Since: c.Started}
	for i := range c.Members {
		if c.Members[i].RegionalTable {
			table.Members = append(table.Members, c.Members[i].Stakeholder)
		}
	}
	c.Networks = append(c.Networks, table)
	if g.Chance(0.5) {
		n := collab.Network{ID: g.UUID(), Name: "Netwerk specialisten ouderengeneeskunde " + reg.name, Kind: collab.NetworkProfessionals,
			Since: c.Started.AddDate(0, g.Between(3, 24), 0)}
		for i := range c.Members {
			if i > 0 && g.Chance(0.5) {
				n.Members = append(n.Members, c.Members[i].Stakeholder)
			}
		}
		c.Networks = append(c.Networks, n)
	}
	return ss
}
