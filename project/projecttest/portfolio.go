package projecttest

import (
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// Portfolio generates n projects (none for n <= 0) of the collaborations
// cs, spread evenly over them. With no collaborations it uses those of
// Collaborations(seed, 31, 12), one in every zorgkantoorregio. Each project
// validates with project.ValidateIn against its collaboration: its
// participants are members and it starts on or after the collaboration.
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
		own, _ = Collaborations(seed, 31, 12)
		for i := range own {
			list = append(list, &own[i])
		}
	}
	g := newRNG(seed, streamProjects)
	var a arenas
	out := make([]project.Project, n)
	for i := range out {
		g.project(&out[i], list[g.r.IntN(len(list))], &a)
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
var startYears = []weighted[int]{{2018, 20}, {2019, 40}, {2020, 28}, {2021, 10}, {2022, 2}}

type tw = weighted[project.Theme]

// themeWeights gives, per start year from 2018 to 2022, how often each
// theme is chosen: attracting new staff first, then technology, new ways of
// working and keeping staff, then task reallocation, triage and ANW.
var themeWeights = [...][]tw{
	{ // 2018
		{project.ThemeStaffInflow, 30}, {project.ThemeRegionalVision, 16}, {project.ThemeTraining, 12},
		{project.ThemeGoodEmployership, 8}, {project.ThemeTechnology, 7}, {project.ThemeStaffRetention, 6},
		{project.ThemeNewWaysOfWorking, 6}, {project.ThemeCrossDomain, 5}, {project.ThemeCapacityManagement, 3},
		{project.ThemeRealEstate, 3}, {project.ThemeInformalCare, 2}, {project.ThemeANW, 2},
	},
	{ // 2019
		{project.ThemeStaffInflow, 32}, {project.ThemeTraining, 12}, {project.ThemeRegionalVision, 10},
		{project.ThemeTechnology, 6}, {project.ThemeStaffRetention, 5}, {project.ThemeNewWaysOfWorking, 5},
		{project.ThemeGoodEmployership, 6}, {project.ThemeCrossDomain, 5}, {project.ThemeANW, 3},
		{project.ThemeTriage, 2}, {project.ThemeCapacityManagement, 3}, {project.ThemeRealEstate, 2},
		{project.ThemeInformalCare, 2}, {project.ThemeAcuteCare, 1},
	},
	{ // 2020
		{project.ThemeTechnology, 30}, {project.ThemeNewWaysOfWorking, 24}, {project.ThemeStaffRetention, 24},
		{project.ThemeStaffInflow, 5}, {project.ThemeCrossDomain, 8}, {project.ThemeCapacityManagement, 6},
		{project.ThemeRegionalVision, 5}, {project.ThemeTraining, 5}, {project.ThemeANW, 5},
		{project.ThemeDataExchange, 3}, {project.ThemeRealEstate, 4}, {project.ThemeTriage, 3},
		{project.ThemeAcuteCare, 4}, {project.ThemeGoodEmployership, 3}, {project.ThemeInformalCare, 2},
	},
	{ // 2021
		{project.ThemeTechnology, 22}, {project.ThemeNewWaysOfWorking, 18}, {project.ThemeStaffRetention, 16},
		{project.ThemeCrossDomain, 12}, {project.ThemeTaskReallocation, 10}, {project.ThemeANW, 8},
		{project.ThemeTriage, 8}, {project.ThemeCapacityManagement, 7}, {project.ThemeAcuteCare, 6},
		{project.ThemePopulationHealth, 6}, {project.ThemeDataExchange, 6}, {project.ThemeStaffInflow, 5},
		{project.ThemeRealEstate, 5}, {project.ThemeInformalCare, 5}, {project.ThemeTraining, 5},
	},
	{ // 2022
		{project.ThemeTechnology, 18}, {project.ThemeTaskReallocation, 16}, {project.ThemeTriage, 12},
		{project.ThemeANW, 12}, {project.ThemeCrossDomain, 12}, {project.ThemeNewWaysOfWorking, 12},
		{project.ThemeStaffRetention, 12}, {project.ThemePopulationHealth, 10}, {project.ThemeAcuteCare, 8},
		{project.ThemeDataExchange, 8}, {project.ThemeInformalCare, 6}, {project.ThemeStaffInflow, 4},
		{project.ThemeTraining, 4},
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
		return pick(g, []pw{{project.PhaseDesign, 70}, {project.PhasePilot, 15}, {project.PhaseStopped, 15}}), g.between(3, 9)
	case project.PhaseDesign:
		return pick(g, []pw{{project.PhasePilot, 60}, {project.PhaseImplementation, 25}, {project.PhaseStopped, 15}}), g.between(4, 12)
	case project.PhasePilot:
		return pick(g, []pw{{project.PhaseImplementation, 55}, {project.PhaseEmbedded, 30}, {project.PhaseStopped, 15}}), g.between(6, 18)
	case project.PhaseImplementation:
		return pick(g, []pw{{project.PhaseEmbedded, 85}, {project.PhaseStopped, 15}}), g.between(9, 24)
	case project.PhaseEmbedded:
		if g.chance(0.05) {
			return project.PhaseStopped, g.between(12, 36)
		}
	case project.PhaseStopped:
		if g.chance(0.1) {
			return pick(g, []pw{{project.PhaseIdea, 50}, {project.PhaseDesign, 50}}), g.between(6, 18)
		}
	}
	return project.PhaseUnknown, 0
}

func (g *rng) project(p *project.Project, c *collab.Collaboration, a *arenas) {
	p.ID = g.uuid()
	p.Collaboration = c.ID
	p.Region = c.Region

	year := pick(g, startYears)
	last := collab.NewDate(year, time.December, 31)
	if year == 2022 {
		last = collab.NewDate(2022, time.June, 30)
	}
	start := maxDate(g.date(collab.NewDate(year, time.January, 1), last), c.Started)
	if !c.Ended.IsZero() && start.After(c.Ended) {
		start = c.Ended
	}
	p.Started = start
	if y := start.Year(); y >= 2018 && y <= 2022 {
		year = y
	}

	// Themes: one to three, drawn by the weights of the start year.
	var themes [3]project.Theme
	nt := pick(g, []weighted[int]{{1, 60}, {2, 30}, {3, 10}})
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
	p.Title = ts[g.r.IntN(len(ts))]

	p.Scale = project.ScaleSmall
	if g.chance(0.3) || themes[0] == project.ThemeRegionalVision || themes[0] == project.ThemeCapacityManagement {
		p.Scale = project.ScaleProgramme
	}
	if g.chance(0.1) {
		p.Description = descriptions[g.r.IntN(len(descriptions))]
	}

	// Phases: a walk along the allowed moves up to the horizon; some
	// projects take three times as long and stall.
	var hist [12]project.PhaseChange
	ph := pick(g, []weighted[project.Phase]{
		{project.PhaseIdea, 50}, {project.PhaseDesign, 30}, {project.PhasePilot, 15}, {project.PhaseImplementation, 5},
	})
	hist[0] = project.PhaseChange{Phase: ph, Since: start}
	nh := 1
	slow := 1
	if g.chance(0.12) {
		slow = 3
	}
	for d := start; nh < len(hist); {
		next, months := g.nextPhase(ph)
		if next == project.PhaseUnknown {
			break
		}
		d = d.AddDate(0, months*slow, g.r.IntN(28))
		if d.After(horizon) {
			break
		}
		ph = next
		hist[nh] = project.PhaseChange{Phase: ph, Since: d}
		nh++
	}
	p.Phases = a.phases.take(hist[:nh])
	lastChange := hist[nh-1].Since // #nosec G602 -- a phase history always has an entry
	if !ph.IsActive() && g.chance(0.7) {
		p.Ended = minDate(lastChange.AddDate(0, 0, g.r.IntN(61)), maxDate(horizon, lastChange))
	}
	bound := horizon // the last day anything of the project may be dated
	if !p.Ended.IsZero() {
		bound = p.Ended
	}
	bound = maxDate(bound, start)

	g.participants(p, c, a, bound)
	if p.Scale == project.ScaleSmall {
		p.KeyPeople = g.between(1, 3)
	} else {
		p.KeyPeople = g.between(2, 12)
	}
	g.funding(p, a, bound)

	var ms [len(hist)]project.Milestone
	nm := 0
	for _, h := range hist[1:nh] {
		if int(h.Phase) < len(milestoneTexts) && milestoneTexts[h.Phase] != "" && g.chance(0.6) {
			ms[nm] = project.Milestone{Date: h.Since, Text: milestoneTexts[h.Phase], Celebrated: g.chance(0.5)}
			nm++
		}
	}
	p.Milestones = a.milestones.take(ms[:nm])

	if reached(hist[:nh], project.PhaseImplementation) && g.chance(0.6) {
		p.Outcomes = a.outcomes.take(outcomes[g.r.IntN(len(outcomes)):][:1])
	}
	if len(c.LeewayIssues) > 0 && (hasAny(themes[:k], project.ThemeANW, project.ThemeAcuteCare, project.ThemeTaskReallocation, project.ThemeTriage) || g.chance(0.1)) && g.chance(0.4) {
		id := c.LeewayIssues[g.r.IntN(len(c.LeewayIssues))].ID
		p.LeewayIssues = a.leeway.take([]uuid.UUID{id})
	}
	var mech [2]collab.Mechanism
	nmech := 0
	for want := g.between(0, 2); nmech < want; {
		m := collab.Mechanism(g.between(1, 5))
		if nmech == 0 || mech[0] != m {
			mech[nmech] = m
			nmech++
		}
	}
	p.Mechanisms = a.mechanisms.take(mech[:nmech])
	if g.chance(0.3) {
		p.Lessons = a.lessons.take(lessons[g.r.IntN(len(lessons)):][:1])
	}
}

func (g *rng) participants(p *project.Project, c *collab.Collaboration, a *arenas, bound collab.Date) {
	want := g.between(2, 4)
	if p.Scale == project.ScaleProgramme {
		want = g.between(4, 10)
	}
	want = min(want, len(c.Members))
	var chosen [10]int
	n := 0
	for tries := 0; n < want && tries < 4*want; tries++ {
		i := g.r.IntN(len(c.Members))
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
		if g.chance(execChance) {
			add(collab.LevelExecutive, p.Started.AddDate(0, g.between(0, 2), 0))
		}
		if g.chance(0.75) {
			add(collab.LevelManager, p.Started.AddDate(0, g.between(0, 4), 0))
		}
		if p.Scale == project.ScaleSmall && g.chance(0.85) {
			add(collab.LevelProfessional, p.Started.AddDate(0, g.between(0, 3), 0))
		} else if p.Scale == project.ScaleProgramme && g.chance(0.7) {
			add(collab.LevelProfessional, p.Started.AddDate(0, g.between(2, 18), 0))
		}
		pts[k] = project.Participant{Stakeholder: m.Stakeholder, Levels: a.levels.take(ls[:nl])}
	}
	p.Participants = a.participants.take(pts[:n])
}

func (g *rng) funding(p *project.Project, a *arenas, bound collab.Date) {
	n := g.between(1, 2)
	if p.Scale == project.ScaleProgramme {
		n = g.between(1, 3)
	}
	var fs [3]project.FundingLine
	for k := range n {
		f := &fs[k] // #nosec G602 -- k < n <= len(fs)
		f.Period.From = g.date(p.Started, minDate(p.Started.AddDate(0, 6, 0), bound))
		year := f.Period.From.Year()
		sources := []weighted[project.FundingSource]{
			{project.FundingOwnMeans, 15}, {project.FundingZorgkantoor, 10}, {project.FundingMunicipality, 8},
			{project.FundingHealthInsurer, 7}, {project.FundingTransitionBudget, 8}, {project.FundingOther, 2},
			{project.FundingTransitionFunds, 45},
		}
		if year >= 2022 {
			sources[len(sources)-1].w = 10 // #nosec G602 -- sources is a non-empty literal; unspent transition funds, by application to the NZa
		}
		if !f.Period.From.Before(collab.NewDate(2020, time.March, 1)) && year <= 2021 {
			sources = append(sources, weighted[project.FundingSource]{project.FundingZonMwImpulse, 15})
		}
		f.Source = pick(g, sources)
		switch {
		case p.Ended.IsZero() && f.Source != project.FundingTransitionFunds && g.chance(0.1):
			// open-ended
		default:
			f.Period.Until = f.Period.From.AddDate(0, g.between(12, 30), -1)
			if f.Source == project.FundingTransitionFunds {
				f.Period.Until = minDate(f.Period.Until, maxDate(collab.NewDate(2022, time.December, 31), f.Period.From))
			}
			if !p.Ended.IsZero() {
				f.Period.Until = minDate(f.Period.Until, bound)
			}
		}
		euros := g.between(20, 400) * 500 // 10 thousand to 200 thousand
		if p.Scale == project.ScaleProgramme {
			euros = g.between(200, 4000) * 500 // 100 thousand to 2 million
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
