package assess_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stakeholders of the small cases the rule tests build.
var (
	rcCollab      = uuid.MustParse("c0ffee00-0000-4000-8000-000000000001")
	rcProviderA   = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a1")
	rcProviderB   = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a2")
	rcZorgkantoor = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a3")
	rcGP          = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a4")
	rcInspector   = uuid.MustParse("c0ffee00-0000-4000-8000-0000000000a5")
)

// ruleCaseAsOf is the date the small cases are assessed on, unless a test
// says otherwise.
const ruleCaseAsOf = "2021-06-01"

var day = collab.MustParseDate

// minimalCase returns a small valid case for the rule tests to change: two
// nursing-home providers, the zorgkantoor at the regional table and a GP
// cooperative, all members since the collaboration started on 1 January
// 2020 and all with dedicated hours; the inspectorate is a stakeholder but
// not a member. It has no ambition, vision, role holders, urgency signals,
// leeway issues, networks or projects.
func minimalCase() *assess.Case {
	start := day("2020-01-01")
	return &assess.Case{
		Stakeholders: []collab.Stakeholder{
			{ID: rcProviderA, Name: "Provider A", Role: collab.RoleNursingHomeCare},
			{ID: rcProviderB, Name: "Provider B", Role: collab.RoleNursingHomeCare},
			{ID: rcZorgkantoor, Name: "Zorgkantoor", Role: collab.RoleZorgkantoor},
			{ID: rcGP, Name: "GP cooperative", Role: collab.RoleGPCooperative},
			{ID: rcInspector, Name: "Inspectorate", Role: collab.RoleInspectorate},
		},
		Collaboration: collab.Collaboration{
			ID:       rcCollab,
			Name:     "Small test collaboration",
			Region:   "west-brabant",
			Started:  start,
			Strategy: collab.StrategyCombined,
			Members: []collab.Member{
				{Stakeholder: rcProviderA, Joined: start, RegionalTable: true, CapacityHours: new(float64(4))},
				{Stakeholder: rcProviderB, Joined: start, RegionalTable: true, CapacityHours: new(float64(4))},
				{Stakeholder: rcZorgkantoor, Joined: start, RegionalTable: true, CapacityHours: new(float64(2))},
				{Stakeholder: rcGP, Joined: start, CapacityHours: new(float64(2))},
			},
		},
	}
}

// pilot returns project n of the small case: in its pilot since started,
// with the given scale and themes and no participants.
func pilot(n int, started string, scale project.Scale, themes ...project.Theme) project.Project {
	s := day(started)
	return project.Project{
		ID:            uuid.MustParse(fmt.Sprintf("c0ffee00-0000-4000-8000-%012d", 100+n)),
		Title:         fmt.Sprintf("Project %d", n),
		Collaboration: rcCollab,
		Region:        "west-brabant",
		Themes:        themes,
		Scale:         scale,
		Started:       s,
		Phases:        []project.PhaseChange{{Phase: project.PhasePilot, Since: s}},
	}
}

// moved returns p with a phase history that starts in pilot and then moves
// through the given phases on the given dates.
func moved(p project.Project, steps ...any) project.Project {
	for i := 0; i+1 < len(steps); i += 2 {
		p.Phases = append(p.Phases, project.PhaseChange{Phase: steps[i].(project.Phase), Since: day(steps[i+1].(string))})
	}
	return p
}

// takesPart returns a participant whose levels came in on the given dates,
// as pairs of level and date.
func takesPart(id uuid.UUID, levels ...any) project.Participant {
	pt := project.Participant{Stakeholder: id}
	for i := 0; i+1 < len(levels); i += 2 {
		pt.Levels = append(pt.Levels, collab.LevelInvolvement{Level: levels[i].(collab.Level), Since: day(levels[i+1].(string))})
	}
	return pt
}

func holder(kind collab.RoleKind, id uuid.UUID, from, until string) collab.RoleHolder {
	h := collab.RoleHolder{Kind: kind, Stakeholder: id, From: day(from)}
	if until != "" {
		h.Until = day(until)
	}
	return h
}

func signal(date string, urgency int) collab.UrgencySignal {
	return collab.UrgencySignal{Date: day(date), Urgency: urgency}
}

func network(n int, kind collab.NetworkKind, since string, members ...uuid.UUID) collab.Network {
	return collab.Network{
		ID:      uuid.MustParse(fmt.Sprintf("c0ffee00-0000-4000-8000-%012d", 200+n)),
		Name:    fmt.Sprintf("Network %d", n),
		Kind:    kind,
		Members: members,
		Since:   day(since),
	}
}

func issue(n int, actor collab.Role, status collab.LeewayStatus, raised string) collab.LeewayIssue {
	return collab.LeewayIssue{
		ID:            uuid.MustParse(fmt.Sprintf("c0ffee00-0000-4000-8000-%012d", 300+n)),
		Rule:          fmt.Sprintf("National rule %d", n),
		NationalActor: actor,
		Status:        status,
		Raised:        day(raised),
	}
}

func funding(src project.FundingSource, from, until string) project.FundingLine {
	fl := project.FundingLine{Source: src, Amount: 100_000_00, Period: collab.Period{From: day(from)}}
	if until != "" {
		fl.Period.Until = day(until)
	}
	return fl
}

var (
	executive    = collab.LevelExecutive
	manager      = collab.LevelManager
	professional = collab.LevelProfessional
)

// ruleTest is one small case for one rule: whether the rule reports a
// finding on it.
type ruleTest struct {
	name  string
	rule  string
	edit  func(c *assess.Case)
	asOf  string // ruleCaseAsOf when empty
	fires bool
	// severity, when set, is the severity the finding must have.
	severity assess.Severity
	// bug, when set, describes a known bug of the rule that makes it answer
	// wrongly on this case; see expectRule.
	bug string
	// strength marks a rule that reports strengths only: fires then means
	// that the report holds a strength of the rule.
	strength bool
}

func noEdit(*assess.Case) {}

// professionalsJoin returns pilot n, started on 4 January 2021 with the
// executives of who, whose professionals joined on date.
func professionalsJoin(n int, who uuid.UUID, date string) project.Project {
	p := pilot(n, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
	p.Participants = []project.Participant{takesPart(who, executive, "2021-01-04", professional, date)}
	return p
}

// ruleTests are the small cases of every rule: those of this file and
// those of the self-assessment rules (rules_selfassessment_test.go).
var ruleTests = slices.Concat(coreRuleTests, selfAssessmentRuleTests)

var coreRuleTests = []ruleTest{
	// urgency.trend
	{name: "urgency that was never measured is flagged", rule: "urgency.trend", edit: noEdit, fires: true},
	{name: "a reading more than a year old is flagged", rule: "urgency.trend", fires: true,
		edit: func(c *assess.Case) { c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-03-02", 4)} }},
	{name: "urgency that fell two points within a year is flagged as fading", rule: "urgency.trend", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-09-01", 5), signal("2021-05-03", 3)}
		}},
	{name: "urgency of two out of five is flagged as low", rule: "urgency.trend", fires: true,
		edit: func(c *assess.Case) { c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2021-05-03", 2)} }},
	{name: "urgency that holds at four is not flagged", rule: "urgency.trend",
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-09-01", 4), signal("2021-05-03", 4)}
		}},
	{name: "a one-point dip is not a fading trend", rule: "urgency.trend",
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-09-01", 4), signal("2021-05-03", 3)}
		}},
	{name: "a drop from a reading more than a year earlier is not fading", rule: "urgency.trend",
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2020-02-03", 5), signal("2021-05-03", 3)}
		}},
	{name: "readings after the as-of date do not count", rule: "urgency.trend",
		edit: func(c *assess.Case) {
			c.Collaboration.UrgencySignals = []collab.UrgencySignal{signal("2021-05-03", 4), signal("2021-09-01", 1)}
		}},

	// urgency.carrier-left
	{name: "an aanjager who left without a successor is flagged", rule: "urgency.carrier-left", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindAanjager, rcProviderA, "2020-01-01", "2021-01-31")}
		}},
	{name: "a programme manager who left without a successor is flagged", rule: "urgency.carrier-left", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindProgrammeManager, rcZorgkantoor, "2020-01-01", "2021-03-01")}
		}},
	{name: "an aanjager whose successor took over is not flagged", rule: "urgency.carrier-left",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{
				holder(collab.RoleKindAanjager, rcProviderA, "2020-01-01", "2021-01-31"),
				holder(collab.RoleKindAanjager, rcGP, "2021-02-01", ""),
			}
		}},
	{name: "an aanjager who leaves after the as-of date has not left yet", rule: "urgency.carrier-left",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindAanjager, rcProviderA, "2020-01-01", "2021-12-31")}
		}},
	{name: "a vraagbaak who left is not a carrier of urgency", rule: "urgency.carrier-left",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindVraagbaak, rcProviderA, "2020-01-01", "2021-01-31")}
		}},

	// urgency.aanjager
	{name: "a collaboration without an aanjager is flagged", rule: "urgency.aanjager", edit: noEdit, fires: true},
	{name: "a vraagbaak does not count as aanjager", rule: "urgency.aanjager", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindVraagbaak, rcProviderA, "2020-01-01", "")}
		}},
	{name: "an active aanjager is not flagged", rule: "urgency.aanjager",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindAanjager, rcZorgkantoor, "2020-01-01", "")}
		}},
	{name: "an aanjager who left is left to the carrier rule", rule: "urgency.aanjager",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindAanjager, rcZorgkantoor, "2020-01-01", "2021-01-31")}
		}},

	// urgency.milestones-celebrated
	{name: "two reached milestones that nobody celebrated are flagged", rule: "urgency.milestones-celebrated", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology)
			p.Milestones = []project.Milestone{{Date: day("2020-06-01"), Text: "First"}, {Date: day("2021-01-04"), Text: "Second"}}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a celebrated milestone is not flagged", rule: "urgency.milestones-celebrated",
		edit: func(c *assess.Case) {
			p := pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology)
			p.Milestones = []project.Milestone{{Date: day("2020-06-01"), Text: "First", Celebrated: true}, {Date: day("2021-01-04"), Text: "Second"}}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a single uncelebrated milestone is not flagged yet", rule: "urgency.milestones-celebrated",
		edit: func(c *assess.Case) {
			p := pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology)
			p.Milestones = []project.Milestone{{Date: day("2020-06-01"), Text: "First"}}
			c.Projects = append(c.Projects, p)
		}},
	{name: "milestones after the as-of date are not reached yet", rule: "urgency.milestones-celebrated",
		edit: func(c *assess.Case) {
			p := pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology)
			p.Milestones = []project.Milestone{{Date: day("2021-09-01"), Text: "First"}, {Date: day("2021-10-01"), Text: "Second"}}
			c.Projects = append(c.Projects, p)
		}},

	// strategy.mix
	{name: "neither a vision nor a running project is flagged", rule: "strategy.mix", edit: noEdit, fires: true},
	{name: "small projects without a vision are flagged", rule: "strategy.mix", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.KeyPeople = 3
			c.Projects = append(c.Projects, p)
		}},
	{name: "a small project that leans on one person is a risk", rule: "strategy.mix", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.KeyPeople = 1
			c.Projects = append(c.Projects, p)
		}},
	{name: "a vision with only a programme running is flagged", rule: "strategy.mix", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{Adopted: day("2020-06-01")}
			c.Projects = append(c.Projects, pilot(1, "2021-01-04", project.ScaleProgramme, project.ThemeTechnology))
		}},
	{name: "a small project still at the idea stage does not count", rule: "strategy.mix", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{Adopted: day("2020-06-01")}
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Phases[0].Phase = project.PhaseIdea
			c.Projects = append(c.Projects, p)
		}},
	{name: "a vision adopted after the as-of date does not count yet", rule: "strategy.mix", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{Adopted: day("2021-09-01")}
			c.Projects = append(c.Projects, pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology))
		}},
	{name: "a vision with a small project running is not flagged", rule: "strategy.mix",
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{Adopted: day("2020-06-01")}
			c.Projects = append(c.Projects, pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology))
		}},

	// strategy.shared-ambition
	{name: "no shared ambition is flagged", rule: "strategy.shared-ambition", edit: noEdit, fires: true},
	{name: "an ambition with one goal is not flagged", rule: "strategy.shared-ambition",
		edit: func(c *assess.Case) { c.Collaboration.Ambition = collab.Ambition{HigherQuality: true} }},
	{name: "an ambition stated only in words is not flagged", rule: "strategy.shared-ambition",
		edit: func(c *assess.Case) {
			c.Collaboration.Ambition = collab.Ambition{Statement: "Good care close to home."}
		}},

	// strategy.governance-first
	{name: "governance formalised before any vision or project is flagged", rule: "strategy.governance-first", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceExecutionOrganisation, day("2020-02-03")
			c.Collaboration.Vision = collab.Vision{Adopted: day("2020-06-01")}
			c.Projects = append(c.Projects, pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology))
		}},
	{name: "governance formalised with nothing else there yet is flagged", rule: "strategy.governance-first", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceLineResponsibility, day("2020-02-03")
		}},
	{name: "governance tied on after the vision is not flagged", rule: "strategy.governance-first",
		edit: func(c *assess.Case) {
			c.Collaboration.Vision = collab.Vision{Adopted: day("2020-03-02")}
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceLineResponsibility, day("2020-06-01")
		}},
	{name: "governance tied on after the first project started is not flagged", rule: "strategy.governance-first",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology))
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceLineResponsibility, day("2020-06-01")
		}},
	{name: "governance formalised after the as-of date is not judged yet", rule: "strategy.governance-first",
		edit: func(c *assess.Case) {
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceLineResponsibility, day("2021-09-01")
		}},
	{name: "no formal governance is not flagged", rule: "strategy.governance-first", edit: noEdit},

	// strategy.projects-stall
	{name: "a pilot unchanged for fifteen months is flagged", rule: "strategy.projects-stall", fires: true,
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology))
		}},
	{name: "a pilot of exactly twelve months has not stalled yet", rule: "strategy.projects-stall",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, pilot(1, "2020-06-01", project.ScaleSmall, project.ThemeTechnology))
		}},
	{name: "a phase change six months ago is not a stall", rule: "strategy.projects-stall",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology),
				project.PhaseImplementation, "2020-12-01"))
		}},
	{name: "an embedded project does not stall", rule: "strategy.projects-stall",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology),
				project.PhaseEmbedded, "2020-09-01"))
		}},
	{name: "a stopped project does not stall", rule: "strategy.projects-stall",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology),
				project.PhaseStopped, "2020-05-01"))
		}},

	// strategy.embedded
	{name: "an embedded project is credited as a result that lasts", rule: "strategy.embedded", fires: true, strength: true,
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, moved(pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology),
				project.PhaseEmbedded, "2020-09-01"))
		}},
	{name: "a pilot still running is not credited as embedded", rule: "strategy.embedded", strength: true,
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, pilot(1, "2020-03-02", project.ScaleSmall, project.ThemeTechnology))
		}},

	// actors.financier-at-table
	{name: "a zorgkantoor at the regional table is not flagged", rule: "actors.financier-at-table", edit: noEdit},
	{name: "a zorgkantoor without a seat at the table is a warning", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) { c.Collaboration.Members[2].RegionalTable = false }},
	{name: "a collaboration without a zorgkantoor is a risk", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) { c.Collaboration.Members = c.Collaboration.Members[:2] }},
	{name: "a zorgkantoor that left is no longer at the table", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) { c.Collaboration.Members[2].Left = day("2021-01-04") }},
	{name: "a health insurer does not stand in for the zorgkantoor, but softens its absence to a warning", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) { c.Stakeholders[2].Role = collab.RoleHealthInsurer }},
	{name: "without the zorgkantoor or any other financier the absence is a risk", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) { c.Stakeholders[2].Role = collab.RoleHospital }},
	{name: "without the zorgkantoor, when long-term care is outside the scope, the absence is a note", rule: "actors.financier-at-table", fires: true, severity: assess.SeverityInfo,
		edit: func(c *assess.Case) {
			c.Stakeholders[2].Role = collab.RoleHealthInsurer
			c.Collaboration.Scope = []collab.CareScope{collab.CareScopeDistrict, collab.CareScopePrimary}
		}},

	// actors.professionals-late
	{name: "professionals who joined three months after the executives are flagged", rule: "actors.professionals-late", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-01-04", professional, "2021-04-06")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "professionals who joined three months after another organisation's manager are flagged", rule: "actors.professionals-late", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{
				takesPart(rcProviderA, manager, "2021-01-04"),
				takesPart(rcProviderB, professional, "2021-04-06"),
			}
			c.Projects = append(c.Projects, p)
		}},
	{name: "professionals who joined within thirty days are not flagged", rule: "actors.professionals-late",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-01-04", professional, "2021-02-01")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "professionals who came before the managers are not flagged", rule: "actors.professionals-late",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcProviderA, manager, "2021-03-01", professional, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a project without professionals is not judged on their timing", rule: "actors.professionals-late",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},

	// actors.professionals-on-time
	{name: "professionals who joined within thirty days are credited", rule: "actors.professionals-on-time", fires: true, strength: true,
		edit: func(c *assess.Case) { c.Projects = append(c.Projects, professionalsJoin(1, rcProviderA, "2021-02-01")) }},
	{name: "professionals who joined three months late are not credited", rule: "actors.professionals-on-time", strength: true,
		edit: func(c *assess.Case) { c.Projects = append(c.Projects, professionalsJoin(1, rcProviderA, "2021-04-06")) }},
	{name: "one late project among timely ones takes the credit away", rule: "actors.professionals-on-time", strength: true,
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, professionalsJoin(1, rcProviderA, "2021-02-01"), professionalsJoin(2, rcProviderB, "2021-04-06"))
		}},

	// actors.affected-involved
	{name: "a triage project without care professionals is flagged", rule: "actors.affected-involved", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-01-04", manager, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "an ANW project run by managers alone is flagged", rule: "actors.affected-involved", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleProgramme, project.ThemeANW, project.ThemeNewWaysOfWorking)
			p.Participants = []project.Participant{takesPart(rcProviderA, manager, "2021-01-04"), takesPart(rcGP, manager, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a task-reallocation project without any participants is flagged", rule: "actors.affected-involved", fires: true,
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTaskReallocation))
		}},
	{name: "a triage project whose professionals join only after the as-of date runs without them", rule: "actors.affected-involved", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.Participants = []project.Participant{takesPart(rcProviderA, manager, "2021-01-04", professional, "2021-09-01")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a triage project with care professionals is not flagged", rule: "actors.affected-involved",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.Participants = []project.Participant{takesPart(rcProviderA, manager, "2021-01-04"), takesPart(rcGP, professional, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a technology project without professionals does not change the work floor's tasks", rule: "actors.affected-involved",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcProviderA, executive, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a stopped triage project is not flagged", rule: "actors.affected-involved",
		edit: func(c *assess.Case) {
			c.Projects = append(c.Projects, moved(pilot(1, "2020-06-01", project.ScaleSmall, project.ThemeTriage),
				project.PhaseStopped, "2020-12-01"))
		}},

	// actors.capacity
	{name: "half the members without dedicated hours is flagged", rule: "actors.capacity", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Members[0].CapacityHours = new(0.0)
			c.Collaboration.Members[3].CapacityHours = new(0.0)
		}},
	{name: "a third of the active members without dedicated hours is flagged", rule: "actors.capacity", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Members[1].Left = day("2021-01-04")
			c.Collaboration.Members[3].CapacityHours = new(0.0)
		}},
	{name: "every member with dedicated hours is not flagged", rule: "actors.capacity", edit: noEdit},
	{name: "one member in four without hours stays below a third", rule: "actors.capacity",
		edit: func(c *assess.Case) { c.Collaboration.Members[3].CapacityHours = new(0.0) }},
	{name: "members who left do not count", rule: "actors.capacity",
		edit: func(c *assess.Case) {
			for _, i := range []int{0, 3} {
				c.Collaboration.Members[i].CapacityHours = new(0.0)
				c.Collaboration.Members[i].Left = day("2021-01-04")
			}
		}},

	// actors.vraagbaak
	{name: "a collaboration without a vraagbaak is flagged", rule: "actors.vraagbaak", edit: noEdit, fires: true, severity: assess.SeverityInfo},
	{name: "a vraagbaak who left is flagged", rule: "actors.vraagbaak", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindVraagbaak, rcProviderA, "2020-01-01", "2021-01-31")}
		}},
	{name: "an active vraagbaak is not flagged", rule: "actors.vraagbaak",
		edit: func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindVraagbaak, rcProviderA, "2020-01-01", "")}
		}},

	// leeway.national-actor
	{name: "an issue that needs the inspectorate, who is not a member, is flagged", rule: "leeway.national-actor", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayOpen, "2021-03-01")}
		}},
	{name: "an inspectorate that left is no longer involved", rule: "leeway.national-actor", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcInspector, Joined: day("2020-06-01"), Left: day("2021-01-04"), CapacityHours: new(float64(1))})
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayAddressed, "2020-09-01")}
		}},
	{name: "an issue resolved only after the as-of date still needed the inspectorate on it", rule: "leeway.national-actor", fires: true,
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayResolved, "2021-03-01")
			l.Resolved = day("2021-09-01")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "an issue whose inspectorate takes part is not flagged", rule: "leeway.national-actor",
		edit: func(c *assess.Case) {
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcInspector, Joined: day("2021-03-01"), CapacityHours: new(float64(1))})
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayOpen, "2021-03-01")}
		}},
	{name: "a resolved issue is not flagged", rule: "leeway.national-actor",
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayResolved, "2020-06-01")
			l.Resolved = day("2021-01-04")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "an issue without a national actor is not flagged", rule: "leeway.national-actor",
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleUnknown, collab.LeewayOpen, "2021-03-01")}
		}},
	{name: "an issue raised after the as-of date is not judged yet", rule: "leeway.national-actor",
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayOpen, "2021-09-01")}
		}},

	// leeway.progress
	{name: "an open issue without movement for eleven months is flagged", rule: "leeway.progress", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleHealthcareAuthority, collab.LeewayOpen, "2020-07-01")}
		}},
	{name: "an issue taken up but quiet for a year is flagged", rule: "leeway.progress", fires: true,
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayAddressed, "2020-03-02")
			l.LastProgress = day("2020-05-04")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "an issue resolved only after the as-of date was still stuck on it", rule: "leeway.progress", fires: true,
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayResolved, "2020-02-03")
			l.Resolved = day("2021-09-01")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "an issue that moved two months ago is not flagged", rule: "leeway.progress",
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayAddressed, "2020-03-02")
			l.LastProgress = day("2021-04-01")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "a resolved issue is not stuck", rule: "leeway.progress",
		edit: func(c *assess.Case) {
			l := issue(1, collab.RoleInspectorate, collab.LeewayResolved, "2020-02-03")
			l.Resolved = day("2020-11-02")
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{l}
		}},
	{name: "an issue raised three months ago is not stuck yet", rule: "leeway.progress",
		edit: func(c *assess.Case) {
			c.Collaboration.LeewayIssues = []collab.LeewayIssue{issue(1, collab.RoleInspectorate, collab.LeewayOpen, "2021-03-01")}
		}},

	// infrastructure.networks
	{name: "a region without networks is flagged", rule: "infrastructure.networks", edit: noEdit, fires: true, severity: assess.SeverityRisk},
	{name: "a network that ended is no longer infrastructure", rule: "infrastructure.networks", fires: true,
		edit: func(c *assess.Case) {
			n := network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB)
			n.Until = day("2020-12-31")
			c.Collaboration.Networks = []collab.Network{n}
		}},
	{name: "a network that starts after the as-of date does not count yet", rule: "infrastructure.networks", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkExecutives, "2021-09-01", rcProviderA, rcProviderB)}
		}},
	{name: "one active network is not flagged", rule: "infrastructure.networks",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkProfessionals, "2020-06-01", rcProviderA, rcGP)}
		}},

	// infrastructure.forest
	{name: "two professionals' networks of the same members are flagged", rule: "infrastructure.forest", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkProfessionals, "2020-01-01", rcProviderA, rcGP),
				network(2, collab.NetworkProfessionals, "2020-06-01", rcGP, rcProviderA),
			}
		}},
	{name: "two executives' networks sharing three of four members are flagged", rule: "infrastructure.forest", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkExecutives, "2020-06-01", rcProviderA, rcProviderB, rcZorgkantoor, rcGP),
			}
		}},
	{name: "two networks sharing half their members are not flagged", rule: "infrastructure.forest",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkExecutives, "2020-06-01", rcProviderA, rcProviderB, rcGP),
			}
		}},
	{name: "a network that ended does not overlap with its successor", rule: "infrastructure.forest",
		edit: func(c *assess.Case) {
			old := network(1, collab.NetworkProfessionals, "2020-01-01", rcProviderA, rcGP)
			old.Until = day("2020-05-31")
			c.Collaboration.Networks = []collab.Network{old, network(2, collab.NetworkProfessionals, "2020-06-01", rcProviderA, rcGP)}
		}},
	{name: "a single network is no forest", rule: "infrastructure.forest",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
		}},
	{name: "an executives' network and a professionals' network of the same organisations are no forest", rule: "infrastructure.forest",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcGP),
				network(2, collab.NetworkProfessionals, "2020-06-01", rcProviderA, rcProviderB, rcGP),
			}
		}},

	// infrastructure.isolated-members
	{name: "a member in no network and no running project is flagged", rule: "infrastructure.isolated-members", fires: true, severity: assess.SeverityInfo,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
		}},
	{name: "half the members on paper only is a warning", rule: "infrastructure.isolated-members", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB)}
		}},
	{name: "a member whose only shared project was stopped is on paper only", rule: "infrastructure.isolated-members", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
			p := moved(pilot(1, "2020-06-01", project.ScaleSmall, project.ThemeTriage), project.PhaseStopped, "2020-12-01")
			p.Participants = []project.Participant{takesPart(rcGP, professional, "2020-06-01"), takesPart(rcProviderA, professional, "2020-06-01")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a member that shares a running project is not isolated", rule: "infrastructure.isolated-members",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTriage)
			p.Participants = []project.Participant{takesPart(rcGP, professional, "2021-01-04"), takesPart(rcProviderA, professional, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a member whose person holds a role serves the whole collaboration", rule: "infrastructure.isolated-members",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
			c.Collaboration.RoleHolders = []collab.RoleHolder{holder(collab.RoleKindVraagbaak, rcGP, "2020-01-01", "")}
		}},
	{name: "an inspectorate outside the networks is not flagged", rule: "infrastructure.isolated-members",
		edit: func(c *assess.Case) {
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcInspector, Joined: day("2020-06-01"), CapacityHours: new(float64(1))})
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor, rcGP)}
		}},
	{name: "a collaboration without any ties is left to the networks rule", rule: "infrastructure.isolated-members", edit: noEdit},

	// infrastructure.brokers
	{name: "a member that alone links two others to the rest is flagged", rule: "infrastructure.brokers", fires: true, severity: assess.SeverityWarning,
		edit: func(c *assess.Case) {
			c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: rcInspector, Joined: day("2020-01-01")})
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkCarePractice, "2020-06-01", rcProviderA, rcGP, rcInspector),
			}
		}},
	{name: "a member that alone links one other through a two-party tie is not a broker", rule: "infrastructure.brokers",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkCarePractice, "2020-06-01", rcProviderA, rcGP),
			}
		}},
	{name: "members who all meet in one network depend on nobody", rule: "infrastructure.brokers",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkExecutives, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor, rcGP)}
		}},
	{name: "a shared project gives the outlying member a second link", rule: "infrastructure.brokers",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkCarePractice, "2020-06-01", rcProviderA, rcGP),
			}
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Participants = []project.Participant{takesPart(rcGP, professional, "2021-01-04"), takesPart(rcZorgkantoor, manager, "2021-01-04")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a member who left no longer hangs on anyone", rule: "infrastructure.brokers",
		edit: func(c *assess.Case) {
			c.Collaboration.Members[3].Left = day("2021-01-04")
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkCarePractice, "2020-06-01", rcProviderA, rcGP),
			}
		}},
	{name: "a collaboration without any ties has no brokers", rule: "infrastructure.brokers", edit: noEdit},

	// infrastructure.new-structure
	{name: "a second regional table is flagged", rule: "infrastructure.new-structure", fires: true, severity: assess.SeverityInfo,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkRegionalTable, "2020-09-01", rcProviderA, rcGP),
			}
			c.Collaboration.Member(rcGP).RegionalTable = true // a seat at the second table
		}},
	{name: "an execution organisation set up beside an existing table is flagged", rule: "infrastructure.new-structure", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceExecutionOrganisation, day("2020-09-01")
		}},
	{name: "one regional table is not flagged", rule: "infrastructure.new-structure",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{
				network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor),
				network(2, collab.NetworkProfessionals, "2020-09-01", rcProviderA, rcGP),
			}
		}},
	{name: "a second table after the first one ended is not flagged", rule: "infrastructure.new-structure",
		edit: func(c *assess.Case) {
			old := network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)
			old.Until = day("2020-08-31")
			c.Collaboration.Networks = []collab.Network{old, network(2, collab.NetworkRegionalTable, "2020-09-01", rcProviderA, rcZorgkantoor)}
		}},
	{name: "an execution organisation set up before the table is not flagged", rule: "infrastructure.new-structure",
		edit: func(c *assess.Case) {
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceExecutionOrganisation, day("2020-01-01")
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-06-01", rcProviderA, rcProviderB, rcZorgkantoor)}
		}},
	{name: "responsibilities in the line beside a table are not flagged", rule: "infrastructure.new-structure",
		edit: func(c *assess.Case) {
			c.Collaboration.Networks = []collab.Network{network(1, collab.NetworkRegionalTable, "2020-01-01", rcProviderA, rcProviderB, rcZorgkantoor)}
			c.Collaboration.Governance, c.Collaboration.GovernanceSince = collab.GovernanceLineResponsibility, day("2020-09-01")
		}},

	// infrastructure.continuity
	{name: "transition funds that end within seven months without a plan are flagged", rule: "infrastructure.continuity", fires: true, severity: assess.SeverityRisk,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Funding = []project.FundingLine{funding(project.FundingTransitionFunds, "2021-01-04", "2021-12-31")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a ZonMw impulse subsidy that ends within a year without a plan is flagged", rule: "infrastructure.continuity", fires: true,
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Funding = []project.FundingLine{funding(project.FundingZonMwImpulse, "2021-01-04", "2022-03-31")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "a transition budget that ended three months ago without a plan is flagged", rule: "infrastructure.continuity", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.TransitionBudget = collab.TransitionBudget{Amount: 500_000_00, Period: collab.Period{From: day("2020-01-01"), Until: day("2021-03-01")}}
		}},
	{name: "a plan adopted after the as-of date does not count yet", rule: "infrastructure.continuity", fires: true,
		edit: func(c *assess.Case) {
			c.Collaboration.TransitionBudget = collab.TransitionBudget{Amount: 500_000_00, Period: collab.Period{From: day("2020-01-01"), Until: day("2021-12-31")}}
			c.Collaboration.Continuity = collab.ContinuityPlan{Adopted: day("2021-09-01")}
		}},
	{name: "a continuity plan adopted before the as-of date is not flagged", rule: "infrastructure.continuity",
		edit: func(c *assess.Case) {
			c.Collaboration.TransitionBudget = collab.TransitionBudget{Amount: 500_000_00, Period: collab.Period{From: day("2020-01-01"), Until: day("2021-12-31")}}
			c.Collaboration.Continuity = collab.ContinuityPlan{Adopted: day("2021-03-01"), Summary: "The providers carry the work in the line."}
		}},
	{name: "programme funding that ends in two years is not flagged yet", rule: "infrastructure.continuity",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Funding = []project.FundingLine{funding(project.FundingTransitionFunds, "2021-01-04", "2023-06-30")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "programme funding that ended over a year ago is no longer flagged", rule: "infrastructure.continuity", asOf: "2022-06-01",
		edit: func(c *assess.Case) {
			c.Collaboration.TransitionBudget = collab.TransitionBudget{Amount: 500_000_00, Period: collab.Period{From: day("2020-01-01"), Until: day("2021-03-31")}}
		}},
	{name: "zorgkantoor funding that ends soon is not programme funding", rule: "infrastructure.continuity",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Funding = []project.FundingLine{funding(project.FundingZorgkantoor, "2021-01-04", "2021-12-31")}
			c.Projects = append(c.Projects, p)
		}},
	{name: "open-ended own means are not programme funding", rule: "infrastructure.continuity",
		edit: func(c *assess.Case) {
			p := pilot(1, "2021-01-04", project.ScaleSmall, project.ThemeTechnology)
			p.Funding = []project.FundingLine{funding(project.FundingOwnMeans, "2021-01-04", "")}
			c.Projects = append(c.Projects, p)
		}},
}

func TestMinimalCaseIsValid(t *testing.T) {
	require.NoError(t, minimalCase().Validate())
}

func TestEveryRuleHasACaseThatTriggersItAndOneThatDoesNot(t *testing.T) {
	fires, quiet := map[string]bool{}, map[string]bool{}
	for _, tt := range ruleTests {
		if tt.bug != "" {
			continue // a case the rule gets wrong proves nothing either way
		}
		if tt.fires {
			fires[tt.rule] = true
		} else {
			quiet[tt.rule] = true
		}
	}
	known := map[string]bool{}
	for _, r := range assess.Rules() {
		known[r.Code] = true
		assert.True(t, fires[r.Code], "no small case triggers %s", r.Code)
		assert.True(t, quiet[r.Code], "no small case leaves %s quiet", r.Code)
	}
	for _, tt := range ruleTests {
		assert.True(t, known[tt.rule], "%q tests %s, which is not a rule", tt.name, tt.rule)
	}
}

func TestRules(t *testing.T) {
	for _, tt := range ruleTests {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			c := minimalCase()
			tt.edit(c)
			require.NoError(t, c.Validate(), "the small case must stay valid")
			asOf := tt.asOf
			if asOf == "" {
				asOf = ruleCaseAsOf
			}
			r, err := assess.Evaluate(c, day(asOf))
			require.NoError(t, err)
			if tt.strength {
				assert.Equal(t, tt.fires, r.HasStrength(tt.rule), "strength of %s", tt.rule)
				assert.False(t, r.HasFinding(tt.rule), "a rule of strengths reports no finding")
				return
			}
			expectRule(t, r, tt.rule, tt.fires, tt.bug)
			if !tt.fires || tt.severity.IsZero() {
				return
			}
			for _, f := range r.Findings {
				if f.Rule == tt.rule {
					assert.Equal(t, tt.severity, f.Severity)
					assert.NotEmpty(t, f.Evidence, "a finding shows its evidence")
					assert.NotEmpty(t, f.Next.In(collab.English), "a finding says what to do next")
					assert.NotEmpty(t, f.Lessons, "a finding cites its lessons")
				}
			}
		})
	}
}
