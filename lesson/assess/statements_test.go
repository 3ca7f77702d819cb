package assess_test

import (
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The five source articles, cited by title and date.
const (
	srcMechanisms  = "Mechanismen van regionale samenwerking: wat werkt en wat niet? (21 June 2022)"
	srcWebinar     = "Verslag webinar 'De praktijk van regionale en netwerksamenwerking in de zorg' (10 March 2021)"
	srcLongTerm    = "Regionaal samenwerken in de langdurige zorg heeft de toekomst (April 2021)"
	srcImpulse     = "De regionale samenwerking in de zorg een impuls geven (10 March 2020)"
	srcZorgkantoor = "Regionale samenwerking zorgkantoren en verpleeghuizen in volle gang (7 July 2020)"
)

// More stakeholders of the statement cases.
var (
	scInsurer      = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000b1")
	scMunicipality = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000b2")
)

// healthyCase returns the background of the statement table: a
// collaboration that does what the sources advise, so that a row changes
// only what its statement is about and any other finding shows as
// spurious. Two nursing-home providers, the zorgkantoor and a GP
// cooperative are members since 1 January 2020, all with hours set aside;
// the providers and the zorgkantoor sit at a regional table; an executives'
// network and a professionals' network tie them together; there is a
// complete ambition, a vision adopted in June 2020, an aanjager and a
// vraagbaak, steady urgency, a continuity plan, and two small projects in
// which the work floor took part from the start and whose milestones were
// celebrated.
func healthyCase() *assess.Case {
	c := minimalCase()
	col := &c.Collaboration
	for i := range col.Members {
		col.Members[i].Levels = []collab.LevelInvolvement{{Level: executive, Since: col.Started}, {Level: professional, Since: col.Started}}
	}
	col.Ambition = collab.Ambition{BetterHealth: true, HigherQuality: true, LowerCost: true}
	col.Vision = collab.Vision{Adopted: day("2020-06-01")}
	col.Continuity = collab.ContinuityPlan{Adopted: day("2021-01-04")}
	col.RoleHolders = []collab.RoleHolder{
		holder(collab.RoleKindAanjager, rcProviderA, "2020-01-01", ""),
		holder(collab.RoleKindVraagbaak, rcProviderB, "2020-01-01", ""),
	}
	col.UrgencySignals = []collab.UrgencySignal{signal("2020-09-01", 4), signal("2021-05-03", 4)}
	col.Networks = []collab.Network{
		network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
		network(2, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor, rcGP),
		network(3, collab.NetworkProfessionals, "2020-01-01", rcProviderA, rcProviderB, rcGP),
	}
	tech := moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology), project.PhaseImplementation, "2020-11-02")
	tech.Participants = []project.Participant{
		takesPart(rcProviderA, executive, "2020-03-02", professional, "2020-03-02"),
		takesPart(rcProviderB, manager, "2020-03-02", professional, "2020-03-02"),
		takesPart(rcZorgkantoor, executive, "2020-03-02"),
	}
	tech.KeyPeople = 4
	tech.Milestones = []project.Milestone{{Date: day("2020-06-01"), Text: "First ward live", Celebrated: true}, {Date: day("2020-11-02"), Text: "All wards live", Celebrated: true}}
	triage := moved(pilot(2, "2020-09-01", project.ScaleSmall, project.ThemeTriage), project.PhaseImplementation, "2021-03-01")
	triage.Participants = []project.Participant{
		takesPart(rcProviderA, manager, "2020-09-01", professional, "2020-09-01"),
		takesPart(rcGP, manager, "2020-09-01", professional, "2020-09-01"),
	}
	triage.KeyPeople = 3
	c.Projects = []project.Project{tech, triage}
	return c
}

func TestTheHealthyBackgroundHasNoFinding(t *testing.T) {
	c := healthyCase()
	require.NoError(t, c.Validate())
	r, err := assess.Evaluate(c, day(ruleCaseAsOf))
	require.NoError(t, err)
	for _, f := range r.Findings {
		t.Errorf("spurious finding on the healthy background: %s %v", f.Rule, f.Message.In(collab.English))
	}
}

// statement is one row of the statement table: something a source article
// says, written in the project's own words, a small case that shows it on
// the healthy background, and what the report must and must not show.
type statement struct {
	source string // the article, by title and date
	says   string // what it says, in the project's own words
	name   string // what the row checks, as a sentence
	edit   func(c *assess.Case)
	asOf   string // ruleCaseAsOf when empty

	fires []string // rules that must report a finding
	quiet []string // rules that must not report a finding
	// severity, when set, is the severity of the finding of fires[0].
	severity assess.Severity
	// message, when set, is the message key of the finding of fires[0].
	message string
	// lessons must all be cited by the finding of fires[0].
	lessons []string
	// lower and notLower are mechanisms whose score must fall below, or
	// stay at least at, the score of the healthy background.
	lower, notLower, higher collab.Mechanism
	// evidence, when set, is a path the evidence of the finding of
	// fires[0] must point at.
	evidence string
	// bug, when set, names the failure of the rules that this row
	// documents: the row must fail in that way until the rule is fixed.
	bug string
}

// rcProviderC is a district-nursing provider that some rows add as a
// member.
var rcProviderC = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a6")

// westBrabantModel replaces the background's projects by what the
// zorgkantoor article holds up as the example: the contracted providers
// and the zorgkantoor implementing proven technologies together, one after
// the other, as regional programmes that reach implementation and are
// embedded, with their milestones met.
func westBrabantModel(c *assess.Case) {
	all := func(from string) []project.Participant {
		return []project.Participant{
			takesPart(rcProviderA, executive, from, professional, from),
			takesPart(rcProviderB, executive, from, professional, from),
			takesPart(rcZorgkantoor, executive, from),
		}
	}
	p1 := moved(pilot(1, "2020-01-06", project.ScaleProgramme, project.ThemeTechnology), project.PhaseImplementation, "2020-04-01", project.PhaseEmbedded, "2020-10-01")
	p2 := moved(pilot(2, "2020-01-06", project.ScaleProgramme, project.ThemeTechnology), project.PhaseImplementation, "2020-03-02")
	p3 := moved(pilot(3, "2020-10-01", project.ScaleProgramme, project.ThemeTechnology), project.PhaseImplementation, "2021-02-01")
	p4 := pilot(4, "2021-03-01", project.ScaleProgramme, project.ThemeTechnology)
	for i, p := range []*project.Project{&p1, &p2, &p3, &p4} {
		p.Participants = all(p.Started.String())
		p.KeyPeople = 6
		p.Milestones = []project.Milestone{{Date: p.Started.AddDate(0, 2, 0), Text: "Live on the first wards", Celebrated: true}}
		if i == 1 {
			p.Milestones = append(p.Milestones, project.Milestone{Date: day("2021-03-01"), Text: "Live in every home", Celebrated: true})
		}
	}
	c.Projects = []project.Project{p1, p2, p3, p4}
}

// statements is the statement table.
var statements = []statement{
	// Urgency and commitment.
	{source: srcMechanisms, says: "The sense of urgency rises and falls; it has to be kept on the agenda.",
		name: "urgency that falls steadily over two years is reported as fading",
		edit: func(c *assess.Case) {
			c.Collaboration.Started = day("2019-01-01")
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2019-06-03", 5), signal("2020-02-03", 4), signal("2020-10-01", 3), signal("2021-05-03", 2)}
		},
		fires: []string{"urgency.trend"}, message: "urgency.trend.fading-steadily", lower: collab.MechanismUrgency},
	{source: srcMechanisms, says: "The sense of urgency rises and falls; it has to be kept on the agenda.",
		name: "urgency that drops two points within a year is reported as fading",
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-09-01", 5), signal("2021-05-03", 3)}
		},
		fires: []string{"urgency.trend"}, message: "urgency.trend.fading", lower: collab.MechanismUrgency},
	{source: srcMechanisms, says: "The sense of urgency rises and falls; it has to be kept on the agenda.",
		name: "urgency that recovers after a dip is not reported as fading",
		edit: func(c *assess.Case) {
			c.Collaboration.Started = day("2019-01-01")
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2019-06-03", 5), signal("2020-02-03", 3), signal("2020-10-01", 4), signal("2021-05-03", 5)}
		},
		quiet: []string{"urgency.trend"}},
	{source: srcMechanisms, says: "Urgency is harder to keep when the people who carried it leave.",
		name: "an aanjager who left without a successor is a risk",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders[0].Until = day("2021-02-01")
		},
		fires: []string{"urgency.carrier-left"}, severity: assess.SeverityRisk, lessons: []string{"mechanism.urgency-carriers-leave"}, lower: collab.MechanismUrgency},
	{source: srcLongTerm, says: "Name a driver who keeps the collaboration on the agenda.",
		name: "a collaboration that never had an aanjager is told to name one",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = c.Collaboration.RoleHolders[1:]
		},
		fires: []string{"urgency.aanjager"}, quiet: []string{"urgency.carrier-left"}, lessons: []string{"secure.aanjager"}},
	{source: srcLongTerm, says: "Celebrate successes, small ones too: it builds pride and ownership.",
		name: "milestones reached without celebration are pointed out, mildly",
		edit: func(c *assess.Case) {
			for i := range c.Projects[0].Milestones {
				c.Projects[0].Milestones[i].Celebrated = false
			}
		},
		fires: []string{"urgency.milestones-celebrated"}, severity: assess.SeverityInfo},

	// Strategy.
	{source: srcMechanisms, says: "Small initiatives get the work floor on board but are hard to scale and depend on a few individuals.",
		name: "small projects without a vision, one of them carried by one person, are a risk",
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{}
			c.Projects[1].KeyPeople = 1
		},
		fires: []string{"strategy.mix"}, severity: assess.SeverityRisk, lower: collab.MechanismStrategy},
	{source: srcMechanisms, says: "A regional vision alone is hard to turn into concrete initiatives.",
		name: "a vision without any project is a warning",
		edit: func(c *assess.Case) {
			c.Projects = nil
		},
		fires: []string{"strategy.mix"}, severity: assess.SeverityWarning, lower: collab.MechanismStrategy},
	{source: srcMechanisms, says: "The best is both: a shared vision while small projects start.",
		name:  "a vision with small running projects is not flagged",
		edit:  noEdit,
		quiet: []string{"strategy.mix", "strategy.projects-stall"}},
	{source: srcZorgkantoor, says: "In West-Brabant the contracted providers and the zorgkantoor implemented several technologies together, one after the other, and another region copied the approach.",
		name:  "providers and the zorgkantoor implementing technologies together are not told their vision lacks concrete projects",
		edit:  westBrabantModel,
		quiet: []string{"strategy.mix", "strategy.projects-stall"}, notLower: collab.MechanismStrategy},
	{source: srcLongTerm, says: "Start small, keep it concrete, and build on from there; the last stretch is often the hardest.",
		name: "a project in implementation for more than a year that keeps meeting milestones is not stalled",
		edit: func(c *assess.Case) {
			p := &c.Projects[0]
			p.Phases = p.Phases[:1]
			p.Phases = append(p.Phases, project.PhaseChange{Phase: project.PhaseImplementation, Since: day("2020-03-30")})
			p.Milestones = append(p.Milestones, project.Milestone{Date: day("2021-04-01"), Text: "Second region live", Celebrated: true})
		},
		quiet: []string{"strategy.projects-stall"}},
	{source: srcImpulse, says: "Initiatives often strand when staff are pushed into them without time.",
		name: "a pilot that has not moved for a year and a half is reported as stalled",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			p.Started = day("2020-01-06")
			p.Phases = []project.PhaseChange{{Phase: project.PhasePilot, Since: day("2020-01-06")}}
			p.Participants[0].Levels[0].Since, p.Participants[0].Levels[1].Since = day("2020-01-06"), day("2020-01-06")
			p.Participants[1].Levels[0].Since, p.Participants[1].Levels[1].Since = day("2020-01-06"), day("2020-01-06")
		},
		fires: []string{"strategy.projects-stall"}, lower: collab.MechanismStrategy},
	{source: srcWebinar, says: "A shared ambition framework (health, quality, cost) helped Zoetermeer connect its partners.",
		name: "a collaboration without a shared ambition is told to formulate one",
		edit: func(c *assess.Case) {
			c.Collaboration.Ambition = collab.Ambition{}
		},
		fires: []string{"strategy.shared-ambition"}, lower: collab.MechanismStrategy},
	{source: srcWebinar, says: "Do not start with governance; tie it around the work at the right moments.",
		name: "governance formalised before any project or vision is pointed out",
		edit: func(c *assess.Case) {
			c.Collaboration.Governance = collab.GovernanceExecutionOrganisation
			c.Collaboration.GovernanceSince = day("2020-01-02")
		},
		fires: []string{"strategy.governance-first"}, severity: assess.SeverityInfo},

	// Involving actors in time.
	{source: srcMechanisms, says: "When executives and managers bring care professionals in late, there is friction and resistance on the work floor; work with ambassadors and ask first who will be affected.",
		name: "carers who joined nine months after the managers give a finding that cites ambassadors and who-is-affected",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			for i := range p.Participants {
				p.Participants[i].Levels[1].Since = day("2021-06-01") // nine months after the managers
			}
		},
		fires: []string{"actors.professionals-late"}, lessons: []string{"mechanism.ambassadors", "mechanism.ask-who-is-affected"}, lower: collab.MechanismActors},
	{source: srcMechanisms, says: "Work with ambassadors: staff who back the initiative and take their colleagues along; it works.",
		name: "an ambassador attached to a project with late carers makes up for the cost of the late start but not for the finding",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			for i := range p.Participants {
				p.Participants[i].Levels[1].Since = day("2021-06-01")
			}
			h := holder(collab.RoleKindAmbassador, rcProviderA, "2021-03-01", "")
			h.Project = p.ID
			c.Collaboration.RoleHolders = append(c.Collaboration.RoleHolders, h)
		},
		fires: []string{"actors.professionals-late"}, evidence: "collaboration.roleHolders[2]"},
	{source: srcMechanisms, says: "Developing a triage model without the carers leads to confusion when it is implemented.",
		name: "a running triage project without any professional is a risk",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			for i := range p.Participants {
				p.Participants[i].Levels = p.Participants[i].Levels[:1]
			}
		},
		fires: []string{"actors.affected-involved"}, severity: assess.SeverityRisk, lessons: []string{"mechanism.ask-who-is-affected"}, lower: collab.MechanismActors},
	{source: srcMechanisms, says: "Developing a triage model without the carers leads to confusion when it is implemented.",
		name: "a triage project with GPs but without the carers who will use it is a risk",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			p.Participants[0].Professions = []collab.Profession{collab.ProfessionElderlyCarePhysicians}
			p.Participants[1].Professions = []collab.Profession{collab.ProfessionGPs}
		},
		fires: []string{"actors.affected-involved"}, severity: assess.SeverityRisk, lower: collab.MechanismActors},
	{source: srcMechanisms, says: "Ask who will be affected and involve them all in developing it.",
		name: "a triage project in which the carers take part is not flagged",
		edit: func(c *assess.Case) {
			p := &c.Projects[1]
			p.Participants[0].Professions = []collab.Profession{collab.ProfessionCarers, collab.ProfessionElderlyCarePhysicians}
			p.Participants[1].Professions = []collab.Profession{collab.ProfessionGPs}
		},
		quiet: []string{"actors.affected-involved"}},
	{source: srcMechanisms, says: "Ask who will be affected before developing something.",
		name: "a triage project that has not started yet is not judged as running",
		edit: func(c *assess.Case) {
			p := pilot(3, "2021-09-01", project.ScaleSmall, project.ThemeTriage)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-09-01")}
			c.Projects = append(c.Projects, p)
		},
		quiet: []string{"actors.affected-involved", "actors.professionals-late"}},
	{source: srcMechanisms, says: "Ask who will be affected before developing something.",
		name: "a triage project that ended is not judged as running",
		edit: func(c *assess.Case) {
			p := moved(pilot(3, "2020-02-03", project.ScaleSmall, project.ThemeTriage), project.PhaseEmbedded, "2020-12-01")
			p.Ended = day("2020-12-01")
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2020-02-03")}
			c.Projects = append(c.Projects, p)
		},
		quiet: []string{"actors.affected-involved"}},
	{source: srcZorgkantoor, says: "Zorgkantoren rarely sat at the providers' regional table, yet as the financier of long-term care they are essential to a regional vision.",
		name: "a zorgkantoor that is a member without a seat at the table is a warning",
		edit: func(c *assess.Case) {
			c.Collaboration.Members[2].RegionalTable = false
			c.Collaboration.Networks[0].Members = c.Collaboration.Networks[0].Members[:2]
		},
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityWarning, lower: collab.MechanismActors},
	{source: srcZorgkantoor, says: "Zorgkantoren rarely sat at the providers' regional table, yet as the financier of long-term care they are essential to a regional vision.",
		name: "nursing-home providers without the zorgkantoor are at risk",
		edit: func(c *assess.Case) {
			c.Collaboration.Members = slices.Delete(c.Collaboration.Members, 2, 3)
			c.Collaboration.Networks[0].Members = c.Collaboration.Networks[0].Members[:2]
			c.Collaboration.Networks[1].Members = []uuid.UUID{rcProviderA, rcProviderB, rcGP}
			c.Projects[0].Participants = c.Projects[0].Participants[:2]
		},
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityRisk, lower: collab.MechanismActors},
	{source: srcZorgkantoor, says: "In West-Brabant the contracted providers agreed together with the zorgkantoor; buying jointly is cheaper and they learn from each other.",
		name: "joint regional purchasing adds to the zorgkantoor's seat at the table",
		edit: func(c *assess.Case) {
			c.Collaboration.Purchasing = collab.PurchasingJointRegional
			c.Collaboration.Members[0].Contracted = true
			c.Collaboration.Members[1].Contracted = true
		},
		quiet: []string{"actors.financier-at-table"}, higher: collab.MechanismActors},
	{source: srcZorgkantoor, says: "Agreements were mostly made one to one between the zorgkantoor and each provider, while the zorgkantoor hardly ever sat at the providers' table.",
		name: "one-to-one agreements are named beside a zorgkantoor without a seat",
		edit: func(c *assess.Case) {
			c.Collaboration.Purchasing = collab.PurchasingOneToOne
			c.Collaboration.Networks[0].Members = c.Collaboration.Networks[0].Members[:2]
			c.Collaboration.Members[2].RegionalTable = false
		},
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityWarning, evidence: "collaboration.purchasing"},
	{source: srcLongTerm, says: "Give the financiers (zorgkantoor, insurer, possibly municipalities) a clear role; which one matters depends on the care in question.",
		name:  "a population-health collaboration financed by the municipality and insurers is not put at risk for lacking the zorgkantoor",
		edit:  populationHealth,
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityWarning},
	{source: srcImpulse, says: "Budget alone is not enough: organisations need time, capacity and skills set aside (capacitijd).",
		name: "half the members without dedicated hours is a warning",
		edit: func(c *assess.Case) {
			c.Collaboration.Members[2].CapacityHours = new(0.0)
			c.Collaboration.Members[3].CapacityHours = new(0.0)
		},
		fires: []string{"actors.capacity"}, lessons: []string{"capacity.capacitijd"}, lower: collab.MechanismActors},
	{source: srcImpulse, says: "Budget alone is not enough: organisations need time, capacity and skills set aside (capacitijd).",
		name: "members whose hours are not recorded are not counted as members without hours",
		edit: func(c *assess.Case) {
			c.Collaboration.Members[2].CapacityHours = nil
			c.Collaboration.Members[3].CapacityHours = nil
		},
		quiet: []string{"actors.capacity"}},
	{source: srcZorgkantoor, says: "As the financier of long-term care the zorgkantoor is essential to a regional vision; where that care is not in play, other financiers carry the work.",
		name: "a collaboration whose recorded scope leaves out long-term care only gets a note about the zorgkantoor",
		edit: func(c *assess.Case) {
			populationHealth(c)
			c.Collaboration.Scope = []collab.CareScope{collab.CareScopePublicHealth, collab.CareScopeSocialSupport, collab.CareScopePrimary}
		},
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityInfo},
	{source: srcZorgkantoor, says: "Zorgkantoren rarely sat at the providers' regional table; the programme literally put the parties at one table.",
		name: "a seat is read from the regional-table network when the case records one: a zorgkantoor outside it has none",
		edit: func(c *assess.Case) {
			// The member's flag must agree with the network (validation
			// refuses a case where they differ), so both say: no seat.
			c.Collaboration.Networks[0].Members = c.Collaboration.Networks[0].Members[:2]
			c.Collaboration.Members[2].RegionalTable = false
		},
		fires: []string{"actors.financier-at-table"}, severity: assess.SeverityWarning},
	{source: srcLongTerm, says: "Set up a fixed point of contact that picks up signals and questions quickly.",
		name: "a collaboration without a vraagbaak is told to name one, mildly",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = c.Collaboration.RoleHolders[:1]
		},
		fires: []string{"actors.vraagbaak"}, severity: assess.SeverityInfo},

	// Regulatory leeway.
	{source: srcMechanisms, says: "Bring in national actors where needed, such as the inspectorate when reorganising evening, night and weekend care runs into response times.",
		name: "a leeway issue with the inspectorate, who does not take part, is a warning",
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayAddressed, "2021-03-01")}
		},
		fires: []string{"leeway.national-actor"}, quiet: []string{"leeway.progress"}},
	{source: srcMechanisms, says: "Working on a clash with national rules in the region is a way to change the rules nationally.",
		name: "a leeway issue left untouched for a year is reported as stuck",
		edit: func(c *assess.Case) {
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcInspector, Joined: day("2020-01-01"), CapacityHours: new(float64(1))})
			c.Collaboration.Networks[1].Members = append(c.Collaboration.Networks[1].Members, rcInspector)
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayOpen, "2020-03-02")}
		},
		fires: []string{"leeway.progress"}, quiet: []string{"leeway.national-actor"}},

	// Regional infrastructure.
	{source: srcMechanisms, says: "Regions with networks of executives, professionals or shared care practices make care last better.",
		name: "a collaboration without networks or a table gets one finding, not a second one about the zorgkantoor's seat",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = nil
			for i := range c.Collaboration.Members {
				c.Collaboration.Members[i].RegionalTable = false
			}
		},
		fires: []string{"infrastructure.networks"}, severity: assess.SeverityRisk, quiet: []string{"actors.financier-at-table"}, lower: collab.MechanismInfrastructure},
	{source: srcWebinar, says: "Every region already has a forest of networks in which the citizen is no longer seen.",
		name: "two executives' networks with the same members are a forest",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = append(c.Collaboration.Networks, network(4, collab.NetworkExecutives, "2020-06-01", rcProviderA, rcProviderB, rcZorgkantoor, rcGP))
		},
		fires: []string{"infrastructure.forest"}},
	{source: srcMechanisms, says: "Infrastructure is layered: networks of executives and of professionals connect people at different levels.",
		name: "an executives' and a professionals' network of the same organisations are not a forest",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks[2].Members = []uuid.UUID{rcProviderA, rcProviderB, rcZorgkantoor, rcGP}
		},
		quiet: []string{"infrastructure.forest"}},
	{source: srcLongTerm, says: "Build on existing structures; do not set up something new without good reason.",
		name: "a second regional table beside the first is pointed out",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = append(c.Collaboration.Networks, network(4, collab.NetworkRegionalTable, "2021-01-04", rcProviderA, rcZorgkantoor))
		},
		fires: []string{"infrastructure.new-structure"}, severity: assess.SeverityInfo},
	{source: srcLongTerm, says: "Think about continuity now, for when the programme ends.",
		name: "programme money that ends within a year without a plan is a risk",
		edit: func(c *assess.Case) {
			c.Collaboration.Continuity = collab.ContinuityPlan{}
			c.Projects[0].Funding = []project.FundingLine{funding(project.FundingTransitionFunds, "2020-03-02", "2021-12-31")}
		},
		fires: []string{"infrastructure.continuity"}, severity: assess.SeverityRisk, lower: collab.MechanismInfrastructure},
	{source: srcZorgkantoor, says: "Where a good regional consultation structure already existed, it helped in the crisis; the partners were literally put at one table.",
		name: "a zorgkantoor tied to the only nursing home by a two-party table does not make that home a broker",
		edit: func(c *assess.Case) {
			col := &c.Collaboration
			col.Members = slices.Delete(col.Members, 1, 2) // one nursing home
			col.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcZorgkantoor),
				network(3, collab.NetworkProfessionals, "2020-01-01", rcProviderA, rcGP),
			}
			col.RoleHolders[1].Stakeholder = rcGP
			c.Projects[0].Participants = []project.Participant{takesPart(rcProviderA, executive, "2020-03-02", professional, "2020-03-02")}
		},
		quiet: []string{"infrastructure.brokers"}},
	{source: srcMechanisms, says: "Infrastructure connects the actors of different organisations well.",
		name: "a member who shares no network and no project is pointed out",
		edit: func(c *assess.Case) {
			c.Stakeholders = append(c.Stakeholders, collab.Stakeholder{ID: rcProviderC, Name: "Provider C", Role: collab.RoleDistrictNursing})
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcProviderC, Joined: day("2020-01-01"), CapacityHours: new(float64(2))})
		},
		fires: []string{"infrastructure.isolated-members"}},
}

// populationHealth turns the background into a collaboration like the
// webinar's Zoetermeer example: providers, the municipality and two health
// insurers working on population health, without the zorgkantoor.
func populationHealth(c *assess.Case) {
	ins2 := uuid.MustParse("c0ffee00-0000-4000-8000-0000000000b3")
	c.Stakeholders = append(c.Stakeholders,
		collab.Stakeholder{ID: scInsurer, Name: "Insurer one", Role: collab.RoleHealthInsurer},
		collab.Stakeholder{ID: ins2, Name: "Insurer two", Role: collab.RoleHealthInsurer},
		collab.Stakeholder{ID: scMunicipality, Name: "Municipality", Role: collab.RoleMunicipality})
	col := &c.Collaboration
	start := col.Started
	col.Members[2].Stakeholder = scMunicipality
	col.Members = append(col.Members,
		collab.Member{Stakeholder: scInsurer, Joined: start, RegionalTable: true, CapacityHours: new(float64(2))},
		collab.Member{Stakeholder: ins2, Joined: start, RegionalTable: true, CapacityHours: new(float64(2))})
	col.Networks[0].Members = []uuid.UUID{rcProviderA, rcProviderB, scMunicipality, scInsurer, ins2}
	col.Networks[1].Members = []uuid.UUID{rcProviderA, rcProviderB, scMunicipality, scInsurer, ins2, rcGP}
	for i := range c.Projects {
		for j := range c.Projects[i].Participants {
			if c.Projects[i].Participants[j].Stakeholder == rcZorgkantoor {
				c.Projects[i].Participants[j].Stakeholder = scMunicipality
			}
		}
		c.Projects[i].Themes = append(c.Projects[i].Themes, project.ThemePopulationHealth)
	}
}

func TestStatementsOfTheSources(t *testing.T) {
	base, err := assess.Evaluate(healthyCase(), day(ruleCaseAsOf))
	require.NoError(t, err)
	for _, st := range statements {
		t.Run(st.name, func(t *testing.T) {
			require.NotEmpty(t, st.source)
			require.NotEmpty(t, st.says)
			c := healthyCase()
			st.edit(c)
			require.NoError(t, c.Validate(), "the statement's case must be valid")
			asOf := st.asOf
			if asOf == "" {
				asOf = ruleCaseAsOf
			}
			r, err := assess.Evaluate(c, day(asOf))
			require.NoError(t, err)
			failures := statementFailures(st, base, r)
			switch {
			case st.bug == "":
				for _, f := range failures {
					t.Errorf("%s: %s", st.source, f)
				}
			case len(failures) == 0:
				t.Errorf("the rules now answer as %s says; remove the known-bug note: %s", st.source, st.bug)
			default:
				t.Skipf("known rule bug: %s (%v)", st.bug, failures)
			}
		})
	}
}

// statementFailures lists how the report r differs from what the
// statement expects, with base the report of the healthy background.
func statementFailures(st statement, base, r *assess.Report) []string {
	var out []string
	for _, rule := range st.fires {
		if !r.HasFinding(rule) {
			out = append(out, "no finding of "+rule)
		}
	}
	for _, rule := range st.quiet {
		if r.HasFinding(rule) {
			out = append(out, "a finding of "+rule)
		}
	}
	if len(st.fires) > 0 {
		for _, f := range r.Findings {
			if f.Rule != st.fires[0] {
				continue
			}
			if !st.severity.IsZero() && f.Severity != st.severity {
				out = append(out, "severity "+f.Severity.String()+" of "+f.Rule)
			}
			if st.message != "" && f.Message.Key != st.message {
				out = append(out, "message "+f.Message.Key+" of "+f.Rule)
			}
			if st.evidence != "" && !slices.ContainsFunc(f.Evidence, func(ev assess.Evidence) bool { return ev.Path == st.evidence }) {
				out = append(out, f.Rule+" shows no evidence at "+st.evidence)
			}
			for _, l := range st.lessons {
				if !slices.Contains(f.Lessons, l) {
					out = append(out, f.Rule+" does not cite "+l)
				}
			}
		}
	}
	if m := st.lower; !m.IsZero() && r.Mechanism(m).Score >= base.Mechanism(m).Score {
		out = append(out, "score of "+m.String()+" not lower than the background's")
	}
	if m := st.higher; !m.IsZero() && r.Mechanism(m).Score <= base.Mechanism(m).Score {
		out = append(out, "score of "+m.String()+" not higher than the background's")
	}
	if m := st.notLower; !m.IsZero() && r.Mechanism(m).Score < base.Mechanism(m).Score {
		out = append(out, "score of "+m.String()+" lower than the background's")
	}
	return out
}

func TestTheStatementTableHasThirtyRows(t *testing.T) {
	assert.GreaterOrEqual(t, len(statements), 30)
}

func TestARoleAttachedToAnUnknownProjectIsADanglingReference(t *testing.T) {
	c := minimalCase()
	h := holder(collab.RoleKindAmbassador, rcProviderA, "2020-02-03", "")
	h.Project = uuid.MustParse("c0ffee00-0000-4000-8000-000000000999")
	c.Collaboration.RoleHolders = []collab.RoleHolder{h}
	err := c.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "collaboration.roleHolders[0].project")

	p := pilot(1, "2020-02-03", project.ScaleSmall, project.ThemeTriage)
	c.Projects = []project.Project{p}
	c.Collaboration.RoleHolders[0].Project = p.ID
	require.NoError(t, c.Validate())
}
