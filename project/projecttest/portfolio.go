package projecttest

import (
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
)

// Portfolio generates n projects (none for n <= 0) of the collaborations
// cs, spread evenly over them. With no collaborations it uses those of
// [collabtest.Collaborations](seed, 31, 12), one in every zorgkantoorregio.
// Each project validates with project.ValidateIn against its collaboration:
// its participants are members and it starts on or after the collaboration.
//
// Projects start between 2018 and mid-2022 (never before their
// collaboration), most in 2019 and 2020, as the national programme's
// projects did; their themes follow the drift of the progress report.
// Nothing lies after 2022. The lists of all projects share a few large
// blocks of memory, so that a million projects stay cheap to hold.
func Portfolio(seed uint64, n int, cs ...*collab.Collaboration) []project.Project {
	if n <= 0 {
		return nil
	}
	var own []collab.Collaboration
	list := make([]*collab.Collaboration, 0, max(len(cs), 31))
	for _, c := range cs {
		if c != nil && len(c.Members) > 0 {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		own, _ = collabtest.Collaborations(seed, 31, 12)
		for i := range own {
			list = append(list, &own[i])
		}
	}
	g := newRNG(seed, streamProjects)
	var a arenas
	out := make([]project.Project, n)
	for i := range out {
		g.project(&out[i], list[g.IntN(len(list))], &a)
	}
	return out
}

type arenas struct {
	themes       slab[project.Theme]
	phases       slab[project.PhaseChange]
	participants slab[project.Participant]
	levels       slab[collab.LevelInvolvement]
	funding      slab[project.FundingLine]
	milestones   slab[project.Milestone]
	outcomes     slab[project.Outcome]
	leeway       slab[uuid.UUID]
	mechanisms   slab[collab.Mechanism]
	lessons      slab[string]
}

// startYears weighs the years projects start in: the national programme
// had 268 projects running in mid-2020 and 320 started by April 2021.
var startYears = []weighted[int]{{Value: 2018, Weight: 20}, {Value: 2019, Weight: 40}, {Value: 2020, Weight: 28}, {Value: 2021, Weight: 10}, {Value: 2022, Weight: 2}}

type tw = weighted[project.Theme]

// themeWeights gives, per start year from 2018 to 2022, how often each
// theme is chosen: attracting new staff first, then technology, new ways of
// working and keeping staff, then task reallocation, triage and ANW.
var themeWeights = [...][]tw{
	{ // 2018
		{Value: project.ThemeStaffInflow, Weight: 30}, {Value: project.ThemeRegionalVision, Weight: 16}, {Value: project.ThemeTraining, Weight: 12},
		{Value: project.ThemeGoodEmployership, Weight: 8}, {Value: project.ThemeTechnology, Weight: 7}, {Value: project.ThemeStaffRetention, Weight: 6},
		{Value: project.ThemeNewWaysOfWorking, Weight: 6}, {Value: project.ThemeCrossDomain, Weight: 5}, {Value: project.ThemeCapacityManagement, Weight: 3},
		{Value: project.ThemeRealEstate, Weight: 3}, {Value: project.ThemeInformalCare, Weight: 2}, {Value: project.ThemeANW, Weight: 2},
	},
	{ // 2019
		{Value: project.ThemeStaffInflow, Weight: 32}, {Value: project.ThemeTraining, Weight: 12}, {Value: project.ThemeRegionalVision, Weight: 10},
		{Value: project.ThemeTechnology, Weight: 6}, {Value: project.ThemeStaffRetention, Weight: 5}, {Value: project.ThemeNewWaysOfWorking, Weight: 5},
		{Value: project.ThemeGoodEmployership, Weight: 6}, {Value: project.ThemeCrossDomain, Weight: 5}, {Value: project.ThemeANW, Weight: 3},
		{Value: project.ThemeTriage, Weight: 2}, {Value: project.ThemeCapacityManagement, Weight: 3}, {Value: project.ThemeRealEstate, Weight: 2},
		{Value: project.ThemeInformalCare, Weight: 2}, {Value: project.ThemeAcuteCare, Weight: 1},
	},
	{ // 2020
		{Value: project.ThemeTechnology, Weight: 30}, {Value: project.ThemeNewWaysOfWorking, Weight: 24}, {Value: project.ThemeStaffRetention, Weight: 24},
		{Value: project.ThemeStaffInflow, Weight: 5}, {Value: project.ThemeCrossDomain, Weight: 8}, {Value: project.ThemeCapacityManagement, Weight: 6},
		{Value: project.ThemeRegionalVision, Weight: 5}, {Value: project.ThemeTraining, Weight: 5}, {Value: project.ThemeANW, Weight: 5},
		{Value: project.ThemeDataExchange, Weight: 3}, {Value: project.ThemeRealEstate, Weight: 4}, {Value: project.ThemeTriage, Weight: 3},
		{Value: project.ThemeAcuteCare, Weight: 4}, {Value: project.ThemeGoodEmployership, Weight: 3}, {Value: project.ThemeInformalCare, Weight: 2},
	},
	{ // 2021
		{Value: project.ThemeTechnology, Weight: 22}, {Value: project.ThemeNewWaysOfWorking, Weight: 18}, {Value: project.ThemeStaffRetention, Weight: 16},
		{Value: project.ThemeCrossDomain, Weight: 12}, {Value: project.ThemeTaskReallocation, Weight: 10}, {Value: project.ThemeANW, Weight: 8},
		{Value: project.ThemeTriage, Weight: 8}, {Value: project.ThemeCapacityManagement, Weight: 7}, {Value: project.ThemeAcuteCare, Weight: 6},
		{Value: project.ThemePopulationHealth, Weight: 6}, {Value: project.ThemeDataExchange, Weight: 6}, {Value: project.ThemeStaffInflow, Weight: 5},
		{Value: project.ThemeRealEstate, Weight: 5}, {Value: project.ThemeInformalCare, Weight: 5}, {Value: project.ThemeTraining, Weight: 5},
	},
	{ // 2022
		{Value: project.ThemeTechnology, Weight: 18}, {Value: project.ThemeTaskReallocation, Weight: 16}, {Value: project.ThemeTriage, Weight: 12},
		{Value: project.ThemeANW, Weight: 12}, {Value: project.ThemeCrossDomain, Weight: 12}, {Value: project.ThemeNewWaysOfWorking, Weight: 12},
		{Value: project.ThemeStaffRetention, Weight: 12}, {Value: project.ThemePopulationHealth, Weight: 10}, {Value: project.ThemeAcuteCare, Weight: 8},
		{Value: project.ThemeDataExchange, Weight: 8}, {Value: project.ThemeInformalCare, Weight: 6}, {Value: project.ThemeStaffInflow, Weight: 4},
		{Value: project.ThemeTraining, Weight: 4},
	},
}

// titles holds made-up project titles per theme, indexed by Theme.
var titles = [...][]string{
	project.ThemeRegionalVision:     {"Regiovisie ouderenzorg 2030", "Samen naar een gedeelde stip op de horizon"},
	project.ThemeTechnology:         {"Zorgtechnologie samen invoeren", "Slim zorgen met sensoren", "Beeldbellen in de nacht", "Medicijndispensers thuis"},
	project.ThemeStaffInflow:        {"Regionale wervingscampagne zorg", "Zij-instroom in de ouderenzorg", "Leerwerkplekken voor nieuwe collega's"},
	project.ThemeStaffRetention:     {"Behoud van medewerkers in de regio", "Loopbaanpaden in de ouderenzorg", "Vitale medewerkers"},
	project.ThemeNewWaysOfWorking:   {"Anders werken in de wijk", "Zelfroosteren in teams", "Zorg op afstand"},
	project.ThemeCrossDomain:        {"Zorg en welzijn verbonden", "Wonen, welzijn en zorg in de kern"},
	project.ThemeTaskReallocation:   {"Taakherschikking verpleegkundig specialist", "Physician assistants in het verpleeghuis"},
	project.ThemeTriage:             {"Regionale triage ouderenzorg", "Eén loket voor spoedvragen"},
	project.ThemeANW:                {"Regionale ANW-dienst specialisten ouderengeneeskunde", "Samen de nacht organiseren"},
	project.ThemeAcuteCare:          {"Acute zorg in de VVT", "Spoedbedden in de regio"},
	project.ThemeCapacityManagement: {"Regionaal capaciteitsmanagement", "Eén overzicht van vrije bedden"},
	project.ThemeRealEstate:         {"Vastgoedvisie ouderenhuisvesting", "Tussenvoorzieningen wonen en zorg"},
	project.ThemeTraining:           {"Regionale opleiding psychologen", "Samen opleiden in de regio"},
	project.ThemePopulationHealth:   {"Populatiegerichte medische zorg", "Zorg op maat per doelgroep"},
	project.ThemeInformalCare:       {"Mantelzorgers in beeld", "Vrijwilligers in het verpleeghuis"},
	project.ThemeGoodEmployership:   {"Goed werkgeverschap in de regio", "Regionale flexpool"},
	project.ThemeDataExchange:       {"Gegevens delen in de keten", "Eén dossier voor de cliënt"},
}

var milestoneTexts = [...]string{
	project.PhaseDesign:         "Plan agreed by all partners",
	project.PhasePilot:          "Pilot starts at the first locations",
	project.PhaseImplementation: "Rollout across the region begins",
	project.PhaseEmbedded:       "Part of regular work",
}

var outcomes = []project.Outcome{
	{Text: "Fewer unplanned hospital admissions of older clients", Measure: project.Measure{Unit: "percent fewer admissions", Value: 12}},
	{Text: "Care professionals save time on night rounds", Measure: project.Measure{Unit: "hours per week", Value: 20}},
	{Text: "New colleagues started in the region", Measure: project.Measure{Unit: "people", Value: 35}},
	{Text: "Clients can stay at home longer"},
	{Text: "Providers share one approach and learn from each other"},
}

var lessons = []string{
	"Start small and concrete, then expand.",
	"Involve the care professionals from the start.",
	"Celebrate small successes; they build pride and ownership.",
	"Keep explaining why we do this, also on the work floor.",
	"The last part is the hardest; keep attention to the end.",
	"Give the financiers a clear role from the beginning.",
}

var descriptions = []string{
	"A regional project of care providers and their partners.",
	"Started from a question on the work floor and taken up by several providers.",
}

// nextPhase draws the phase after ph and how many months the project stays
// in ph first; PhaseUnknown when the history ends with ph.
func (g *rng) nextPhase(ph project.Phase) (project.Phase, int) {
	type pw = weighted[project.Phase]
	switch ph {
	case project.PhaseIdea:
		return pick(g, []pw{{Value: project.PhaseDesign, Weight: 70}, {Value: project.PhasePilot, Weight: 15}, {Value: project.PhaseStopped, Weight: 15}}), g.Between(3, 9)
	case project.PhaseDesign:
		return pick(g, []pw{{Value: project.PhasePilot, Weight: 60}, {Value: project.PhaseImplementation, Weight: 25}, {Value: project.PhaseStopped, Weight: 15}}), g.Between(4, 12)
	case project.PhasePilot:
		return pick(g, []pw{{Value: project.PhaseImplementation, Weight: 55}, {Value: project.PhaseEmbedded, Weight: 30}, {Value: project.PhaseStopped, Weight: 15}}), g.Between(6, 18)
	case project.PhaseImplementation:
		return pick(g, []pw{{Value: project.PhaseEmbedded, Weight: 85}, {Value: project.PhaseStopped, Weight: 15}}), g.Between(9, 24)
	case project.PhaseEmbedded:
		if g.Chance(0.05) {
			return project.PhaseStopped, g.Between(12, 36)
		}
	case project.PhaseStopped:
		if g.Chance(0.1) {
			return pick(g, []pw{{Value: project.PhaseIdea, Weight: 50}, {Value: project.PhaseDesign, Weight: 50}}), g.Between(6, 18)
		}
	}
	return project.PhaseUnknown, 0
}

func (g *rng) project(p *project.Project, c *collab.Collaboration, a *arenas) {
	p.ID = g.UUID()
	p.Collaboration = c.ID
	p.Region = c.Region

	year := pick(g, startYears)
	last := collab.NewDate(year, time.December, 31)
	if year == 2022 {
		last = collab.NewDate(2022, time.June, 30)
	}
	start := maxDate(g.Date(collab.NewDate(year, time.January, 1), last), c.Started)
	if !c.Ended.IsZero() && start.After(c.Ended) {
		start = c.Ended
	}
	p.Started = start
	if y := start.Year(); y >= 2018 && y <= 2022 {
		year = y
	}

	// Themes: one to three, drawn by the weights of the start year.
	var themes [3]project.Theme
	nt := pick(g, []weighted[int]{{Value: 1, Weight: 60}, {Value: 2, Weight: 30}, {Value: 3, Weight: 10}})
	k := 0
	for tries := 0; k < nt && tries < 10; tries++ {
		t := pick(g, themeWeights[year-2018])
		if !containsTheme(themes[:k], t) {
			themes[k] = t
			k++
		}
	}
	p.Themes = a.themes.take(themes[:k])
	ts := titles[themes[0]]
	p.Title = ts[g.IntN(len(ts))]

	p.Scale = project.ScaleSmall
	if g.Chance(0.3) || themes[0] == project.ThemeRegionalVision || themes[0] == project.ThemeCapacityManagement {
		p.Scale = project.ScaleProgramme
	}
	if g.Chance(0.1) {
		p.Description = descriptions[g.IntN(len(descriptions))]
	}

	// Phases: a walk along the allowed moves up to the horizon; some
	// projects take three times as long and stall.
	var hist [12]project.PhaseChange
	ph := pick(g, []weighted[project.Phase]{
		{Value: project.PhaseIdea, Weight: 50}, {Value: project.PhaseDesign, Weight: 30}, {Value: project.PhasePilot, Weight: 15}, {Value: project.PhaseImplementation, Weight: 5},
	})
	hist[0] = project.PhaseChange{Phase: ph, Since: start}
	nh := 1
	slow := 1
	if g.Chance(0.12) {
		slow = 3
	}
	for d := start; nh < len(hist); {
		next, months := g.nextPhase(ph)
		if next == project.PhaseUnknown {
			break
		}
		d = d.AddDate(0, months*slow, g.IntN(28))
		if d.After(horizon) {
			break
		}
		ph = next
		hist[nh] = project.PhaseChange{Phase: ph, Since: d}
		nh++
	}
	p.Phases = a.phases.take(hist[:nh])
	lastChange := hist[nh-1].Since // #nosec G602 -- a phase history always has an entry
	if !ph.IsActive() && g.Chance(0.7) {
		p.Ended = minDate(lastChange.AddDate(0, 0, g.IntN(61)), maxDate(horizon, lastChange))
	}
	bound := horizon // the last day anything of the project may be dated
	if !p.Ended.IsZero() {
		bound = p.Ended
	}
	bound = maxDate(bound, start)

	g.participants(p, c, a, bound)
	if p.Scale == project.ScaleSmall {
		p.KeyPeople = g.Between(1, 3)
	} else {
		p.KeyPeople = g.Between(2, 12)
	}
	g.funding(p, a, bound)

	var ms [len(hist)]project.Milestone
	nm := 0
	for _, h := range hist[1:nh] {
		if int(h.Phase) < len(milestoneTexts) && milestoneTexts[h.Phase] != "" && g.Chance(0.6) {
			ms[nm] = project.Milestone{Date: h.Since, Text: milestoneTexts[h.Phase], Celebrated: g.Chance(0.5)}
			nm++
		}
	}
	p.Milestones = a.milestones.take(ms[:nm])

	if reached(hist[:nh], project.PhaseImplementation) && g.Chance(0.6) {
		p.Outcomes = a.outcomes.take(outcomes[g.IntN(len(outcomes)):][:1])
	}
	if len(c.LeewayIssues) > 0 && (hasAny(themes[:k], project.ThemeANW, project.ThemeAcuteCare, project.ThemeTaskReallocation, project.ThemeTriage) || g.Chance(0.1)) && g.Chance(0.4) {
		id := c.LeewayIssues[g.IntN(len(c.LeewayIssues))].ID
		p.LeewayIssues = a.leeway.take([]uuid.UUID{id})
	}
	var mech [2]collab.Mechanism
	nmech := 0
	for want := g.Between(0, 2); nmech < want; {
		m := collab.Mechanism(g.Between(1, 5))
		if nmech == 0 || mech[0] != m {
			mech[nmech] = m
			nmech++
		}
	}
	p.Mechanisms = a.mechanisms.take(mech[:nmech])
	if g.Chance(0.3) {
		p.Lessons = a.lessons.take(lessons[g.IntN(len(lessons)):][:1])
	}
}

func (g *rng) participants(p *project.Project, c *collab.Collaboration, a *arenas, bound collab.Date) {
	want := g.Between(2, 4)
	if p.Scale == project.ScaleProgramme {
		want = g.Between(4, 10)
	}
	want = min(want, len(c.Members))
	var chosen [10]int
	n := 0
	for tries := 0; n < want && tries < 4*want; tries++ {
		i := g.IntN(len(c.Members))
		m := &c.Members[i]
		if !containsInt(chosen[:n], i) && !m.Joined.After(bound) && (m.Left.IsZero() || !m.Left.Before(p.Started)) {
			chosen[n] = i
			n++
		}
	}
	var pts [10]project.Participant
	for k, i := range chosen[:n] {
		m := &c.Members[i]
		var ls [3]collab.LevelInvolvement
		nl := 0
		add := func(l collab.Level, since collab.Date) {
			since = maxDate(since, m.Joined)
			since = maxDate(since, p.Started)
			if !since.After(bound) {
				ls[nl] = collab.LevelInvolvement{Level: l, Since: since}
				nl++
			}
		}
		execChance := 0.45
		if p.Scale == project.ScaleProgramme {
			execChance = 0.85
		}
		if g.Chance(execChance) {
			add(collab.LevelExecutive, p.Started.AddDate(0, g.Between(0, 2), 0))
		}
		if g.Chance(0.75) {
			add(collab.LevelManager, p.Started.AddDate(0, g.Between(0, 4), 0))
		}
		if p.Scale == project.ScaleSmall && g.Chance(0.85) {
			add(collab.LevelProfessional, p.Started.AddDate(0, g.Between(0, 3), 0))
		} else if p.Scale == project.ScaleProgramme && g.Chance(0.7) {
			add(collab.LevelProfessional, p.Started.AddDate(0, g.Between(2, 18), 0))
		}
		pts[k] = project.Participant{Stakeholder: m.Stakeholder, Levels: a.levels.take(ls[:nl])}
	}
	p.Participants = a.participants.take(pts[:n])
}

func (g *rng) funding(p *project.Project, a *arenas, bound collab.Date) {
	n := g.Between(1, 2)
	if p.Scale == project.ScaleProgramme {
		n = g.Between(1, 3)
	}
	var fs [3]project.FundingLine
	for k := range n {
		f := &fs[k] // #nosec G602 -- k < n <= len(fs)
		f.Period.From = g.Date(p.Started, minDate(p.Started.AddDate(0, 6, 0), bound))
		year := f.Period.From.Year()
		sources := []weighted[project.FundingSource]{
			{Value: project.FundingOwnMeans, Weight: 15}, {Value: project.FundingZorgkantoor, Weight: 10}, {Value: project.FundingMunicipality, Weight: 8},
			{Value: project.FundingHealthInsurer, Weight: 7}, {Value: project.FundingTransitionBudget, Weight: 8}, {Value: project.FundingOther, Weight: 2},
			{Value: project.FundingTransitionFunds, Weight: 45},
		}
		if year >= 2022 {
			sources[len(sources)-1].Weight = 10 // #nosec G602 -- sources is a non-empty literal; unspent transition funds, by application to the NZa
		}
		if !f.Period.From.Before(collab.NewDate(2020, time.March, 1)) && year <= 2021 {
			sources = append(sources, weighted[project.FundingSource]{Value: project.FundingZonMwImpulse, Weight: 15})
		}
		f.Source = pick(g, sources)
		switch {
		case p.Ended.IsZero() && f.Source != project.FundingTransitionFunds && g.Chance(0.1):
			// open-ended
		default:
			f.Period.Until = f.Period.From.AddDate(0, g.Between(12, 30), -1)
			if f.Source == project.FundingTransitionFunds {
				f.Period.Until = minDate(f.Period.Until, maxDate(collab.NewDate(2022, time.December, 31), f.Period.From))
			}
			if !p.Ended.IsZero() {
				f.Period.Until = minDate(f.Period.Until, bound)
			}
		}
		euros := g.Between(20, 400) * 500 // 10 thousand to 200 thousand
		if p.Scale == project.ScaleProgramme {
			euros = g.Between(200, 4000) * 500 // 100 thousand to 2 million
		}
		f.Amount = collab.Money(euros) * 100
	}
	p.Funding = a.funding.take(fs[:n])
}

func containsTheme(ts []project.Theme, t project.Theme) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func hasAny(ts []project.Theme, want ...project.Theme) bool {
	for _, w := range want {
		if containsTheme(ts, w) {
			return true
		}
	}
	return false
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func reached(hist []project.PhaseChange, ph project.Phase) bool {
	for _, h := range hist {
		if h.Phase >= ph && h.Phase != project.PhaseStopped {
			return true
		}
	}
	return false
}
