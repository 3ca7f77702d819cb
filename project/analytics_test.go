package project_test

import (
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The small portfolio of these tests, as of 2021-03-01:
//
//	P1 region a, technology + staff-retention, 2019-03-01 idea, 2019-09-01
//	   pilot, 2020-06-01 embedded, ended 2020-06-30; transition funds of
//	   366.00 over 2019-07-01..2020-06-30 (184 days in 2019, 182 in 2020).
//	P2 region b, staff-inflow, 2018-05-01 idea, 2018-09-01 design,
//	   2018-12-01 stopped, 2020-03-02 design again, 2021-01-04 pilot;
//	   ZonMw impulse of 100.00 from 2020-03-02, open-ended (305 days in
//	   2020, 60 in 2021 up to asOf).
//	P3 region a, technology, 2020-02-01 design, 2020-08-03 implementation;
//	   own means from 2021-06-01, after asOf.
//	P4 region c, new ways of working + technology, starts 2021-06-01,
//	   after asOf.
var asOf = date("2021-03-01")

func pid(n int) uuid.UUID {
	return uuid.MustParse("7a000000-0000-4000-8000-00000000000" + string(rune('0'+n)))
}

func analyticsPortfolio() project.Portfolio {
	mk := func(n int, region string, themes []project.Theme, phases []project.PhaseChange) project.Project {
		return project.Project{ID: pid(n), Title: "P", Collaboration: testCollab, Region: region,
			Themes: themes, Scale: project.ScaleSmall, Phases: phases, Started: phases[0].Since}
	}
	pc := func(ph project.Phase, since string) project.PhaseChange {
		return project.PhaseChange{Phase: ph, Since: date(since)}
	}
	p1 := mk(1, "a", []project.Theme{project.ThemeTechnology, project.ThemeStaffRetention}, []project.PhaseChange{
		pc(project.PhaseIdea, "2019-03-01"), pc(project.PhasePilot, "2019-09-01"), pc(project.PhaseEmbedded, "2020-06-01")})
	p1.Ended = date("2020-06-30")
	p1.Funding = []project.FundingLine{{Source: project.FundingTransitionFunds, Amount: 36600,
		Period: collab.Period{From: date("2019-07-01"), Until: date("2020-06-30")}}}
	p2 := mk(2, "b", []project.Theme{project.ThemeStaffInflow}, []project.PhaseChange{
		pc(project.PhaseIdea, "2018-05-01"), pc(project.PhaseDesign, "2018-09-01"), pc(project.PhaseStopped, "2018-12-01"),
		pc(project.PhaseDesign, "2020-03-02"), pc(project.PhasePilot, "2021-01-04")})
	p2.Funding = []project.FundingLine{{Source: project.FundingZonMwImpulse, Amount: 10000,
		Period: collab.Period{From: date("2020-03-02")}}}
	p3 := mk(3, "a", []project.Theme{project.ThemeTechnology}, []project.PhaseChange{
		pc(project.PhaseDesign, "2020-02-01"), pc(project.PhaseImplementation, "2020-08-03")})
	p3.Funding = []project.FundingLine{{Source: project.FundingOwnMeans, Amount: 50000,
		Period: collab.Period{From: date("2021-06-01"), Until: date("2021-12-31")}}}
	p4 := mk(4, "c", []project.Theme{project.ThemeNewWaysOfWorking, project.ThemeTechnology}, []project.PhaseChange{
		pc(project.PhaseIdea, "2021-06-01")})
	return project.Portfolio{Projects: []project.Project{p1, p2, p3, p4}}
}

func TestAnalyticsPortfolioIsValid(t *testing.T) {
	pf := analyticsPortfolio()
	require.NoError(t, pf.Validate())
}

func themeCounts(m map[project.Theme]int) project.ThemeCounts {
	var c project.ThemeCounts
	for t, n := range m {
		c[t] = n
	}
	return c
}

func TestThemesPerYear(t *testing.T) {
	pf := analyticsPortfolio()
	got := pf.ThemesPerYear(asOf)
	want := []project.ThemeYear{
		{Year: 2018, Projects: 1, Themes: themeCounts(map[project.Theme]int{project.ThemeStaffInflow: 1})},
		// P2 was stopped all of 2019, so only P1 counts.
		{Year: 2019, Projects: 1, Themes: themeCounts(map[project.Theme]int{project.ThemeTechnology: 1, project.ThemeStaffRetention: 1})},
		{Year: 2020, Projects: 3, Themes: themeCounts(map[project.Theme]int{project.ThemeTechnology: 2, project.ThemeStaffRetention: 1, project.ThemeStaffInflow: 1})},
		// P1 ended in 2020 and P4 starts after asOf.
		{Year: 2021, Projects: 2, Themes: themeCounts(map[project.Theme]int{project.ThemeTechnology: 1, project.ThemeStaffInflow: 1})},
	}
	assert.Equal(t, want, got)
	assert.Equal(t, 2, got[2].Themes.Of(project.ThemeTechnology))
	assert.Zero(t, got[2].Themes.Of(project.Theme(200)))
	assert.Empty(t, pf.ThemesPerYear(date("2018-01-01")), "nothing had started")
}

func TestPhasesOn(t *testing.T) {
	pf := analyticsPortfolio()
	got := pf.PhasesOn(asOf)
	assert.Equal(t, project.PhaseCounts{1, 0, 0, 1, 1, 1, 0}, got)
	assert.Equal(t, 1, got.Of(project.PhaseUnknown), "P4 had not started")
	assert.Equal(t, 1, got.Of(project.PhasePilot))
	assert.Zero(t, got.Of(project.Phase(99)))
}

func TestRegions(t *testing.T) {
	pf := analyticsPortfolio()
	assert.Equal(t, []project.RegionCount{
		{Region: "a", Projects: 2, Running: 1},
		{Region: "b", Projects: 1, Running: 1},
	}, pf.Regions(asOf), "region c's only project starts after asOf")
}

func TestThemeShift(t *testing.T) {
	pf := analyticsPortfolio()
	s := pf.ThemeShift(2019, 2020, asOf)
	assert.Equal(t, 2019, s.From)
	assert.Equal(t, 2020, s.To)
	assert.Equal(t, 1, s.FromProjects)
	assert.Equal(t, 3, s.ToProjects)
	require.Len(t, s.Changes, len(project.Themes()), "every theme is listed")

	first, last := s.Changes[0], s.Changes[len(s.Changes)-1]
	assert.Equal(t, project.ThemeStaffInflow, first.Theme)
	assert.Equal(t, 0, first.FromCount)
	assert.Equal(t, 1, first.ToCount)
	assert.InDelta(t, 1.0/3, first.Change, 1e-12)
	assert.Equal(t, project.ThemeStaffRetention, last.Theme)
	assert.InDelta(t, 1.0, last.FromShare, 1e-12)
	assert.InDelta(t, 1.0/3, last.ToShare, 1e-12)
	assert.InDelta(t, -2.0/3, last.Change, 1e-12)

	var rising, falling []project.Theme
	for c := range s.Rising() {
		rising = append(rising, c.Theme)
	}
	for c := range s.Falling() {
		falling = append(falling, c.Theme)
	}
	assert.Equal(t, []project.Theme{project.ThemeStaffInflow}, rising)
	assert.Equal(t, []project.Theme{project.ThemeStaffRetention, project.ThemeTechnology}, falling, "largest fall first")
	assert.Equal(t, project.ThemeRegionalVision, s.Changes[1].Theme, "unchanged themes keep declaration order")

	empty := pf.ThemeShift(2030, 2031, asOf)
	assert.Zero(t, empty.FromProjects)
	for _, c := range empty.Changes {
		assert.Zero(t, c.Change)
	}
}

func TestFunding(t *testing.T) {
	pf := analyticsPortfolio()
	by := pf.FundingBySource(asOf)
	assert.Equal(t, collab.Money(36600), by.Of(project.FundingTransitionFunds))
	assert.Equal(t, collab.Money(10000), by.Of(project.FundingZonMwImpulse))
	assert.Zero(t, by.Of(project.FundingOwnMeans), "a line that begins after asOf is left out")
	assert.Equal(t, collab.Money(46600), by.Total())

	var y2019, y2020, y2021 project.SourceAmounts
	y2019[project.FundingTransitionFunds] = 18400 // 36600 * 184 / 366
	y2020[project.FundingTransitionFunds] = 18200 // the rest
	y2020[project.FundingZonMwImpulse] = 8356     // 10000 * 305 / 365, rounded down
	y2021[project.FundingZonMwImpulse] = 1644     // the rest, up to asOf
	assert.Equal(t, []project.FundingYear{
		{Year: 2019, Sources: y2019}, {Year: 2020, Sources: y2020}, {Year: 2021, Sources: y2021},
	}, pf.FundingPerYear(asOf))
}

func TestFundingPerYearAddsUpToFundingBySource(t *testing.T) {
	pf := project.Portfolio{Projects: projecttest.Portfolio(7, 2000)}
	for _, on := range []string{"2019-06-30", "2020-12-31", "2022-12-31"} {
		d := date(on)
		var sum project.SourceAmounts
		for _, y := range pf.FundingPerYear(d) {
			for s, m := range y.Sources {
				sum[s] += m
			}
		}
		assert.Equal(t, pf.FundingBySource(d), sum, on)
	}
}

func TestStalled(t *testing.T) {
	pf := analyticsPortfolio()
	ids := func(months int) []uuid.UUID {
		var out []uuid.UUID
		for p := range pf.Stalled(asOf, months) {
			out = append(out, p.ID)
		}
		return out
	}
	assert.Equal(t, []uuid.UUID{pid(3)}, ids(5), "P3 has been in implementation for six whole months")
	assert.Empty(t, ids(6), "six months is not more than six")
	var stalledMid2020 []uuid.UUID
	for p := range pf.Stalled(date("2020-06-15"), 0) {
		stalledMid2020 = append(stalledMid2020, p.ID)
	}
	assert.Equal(t, []uuid.UUID{pid(2), pid(3)}, stalledMid2020,
		"P1 is embedded and never stalls; P2 and P3 changed phase more than 0 months before")
}

func TestAnalyticsDoNotAllocatePerProject(t *testing.T) {
	small := project.Portfolio{Projects: projecttest.Portfolio(3, 320)}
	large := project.Portfolio{Projects: projecttest.Portfolio(3, 10_000)}
	d := date("2022-06-21")
	run := func(pf *project.Portfolio) func() {
		return func() {
			_ = pf.ThemesPerYear(d)
			_ = pf.PhasesOn(d)
			_ = pf.Regions(d)
			_ = pf.ThemeShift(2019, 2020, d)
			_ = pf.FundingBySource(d)
			_ = pf.FundingPerYear(d)
			for range pf.Stalled(d, 12) {
			}
		}
	}
	a320 := testing.AllocsPerRun(5, run(&small))
	a10k := testing.AllocsPerRun(5, run(&large))
	assert.Less(t, a10k, 100.0, "allocations come from results, not from projects")
	assert.LessOrEqual(t, a10k, a320+8, "31 times the projects, about the same allocations (%v vs %v)", a10k, a320)
}

func TestPortfolioValidateAllocatesOnceForAnyValidSize(t *testing.T) {
	small := project.Portfolio{Projects: projecttest.Portfolio(5, 40)}
	large := project.Portfolio{Projects: projecttest.Portfolio(5, 10_000)}
	require.NoError(t, small.Validate())
	require.NoError(t, large.Validate())
	assert.Zero(t, testing.AllocsPerRun(5, func() { _ = small.Validate() }), "a small portfolio checks IDs pairwise")
	assert.Equal(t, 1.0, testing.AllocsPerRun(5, func() { _ = large.Validate() }), "a large one sorts one copy of the IDs")
}

func TestPortfolioQueries(t *testing.T) {
	pf := analyticsPortfolio()
	collect := func(seq func(func(*project.Project) bool)) []uuid.UUID {
		var out []uuid.UUID
		for p := range seq {
			out = append(out, p.ID)
		}
		return out
	}
	assert.Equal(t, []uuid.UUID{pid(1), pid(3)}, collect(pf.ByRegion("a")))
	assert.Empty(t, collect(pf.ByRegion("zeeland")))
	assert.Equal(t, []uuid.UUID{pid(1), pid(3), pid(4)}, collect(pf.ByTheme(project.ThemeTechnology)))
	assert.Equal(t, []uuid.UUID{pid(2)}, collect(pf.ByPhase(project.PhasePilot, asOf)))
	assert.Equal(t, []uuid.UUID{pid(4)}, collect(pf.ByPhase(project.PhaseUnknown, asOf)), "the zero phase finds projects not started yet")
	assert.Equal(t, []uuid.UUID{pid(2), pid(3)}, collect(pf.RunningOn(asOf)))
	assert.Len(t, collect(pf.ByCollaboration(testCollab)), 4)
	assert.Empty(t, collect(pf.ByCollaboration(uuid.Nil)))
	assert.Len(t, collect(pf.All()), 4)

	var firstOnly []uuid.UUID
	for p := range pf.All() {
		firstOnly = append(firstOnly, p.ID)
		break
	}
	assert.Equal(t, []uuid.UUID{pid(1)}, firstOnly, "iteration stops when the loop breaks")

	assert.Equal(t, pid(3), pf.Project(pid(3)).ID)
	assert.Nil(t, pf.Project(outsider))
	assert.Same(t, &pf.Projects[1], pf.Project(pid(2)), "queries hand out pointers into the portfolio")
}

func TestPortfolioFindsDuplicateIDs(t *testing.T) {
	for _, n := range []int{20, 500} {
		pf := project.Portfolio{Projects: projecttest.Portfolio(11, n)}
		dupA, dupB := n-1, n/2
		pf.Projects[dupB].ID = pf.Projects[3].ID
		pf.Projects[dupA].ID = pf.Projects[3].ID
		err := pf.Validate()
		ps := collab.ProblemsOf(err)
		require.Len(t, ps, 2, "n=%d", n)
		paths := []string{ps[0].Path, ps[1].Path}
		assert.Equal(t, []string{"projects[" + strconv.Itoa(dupB) + "].id", "projects[" + strconv.Itoa(dupA) + "].id"}, paths, "n=%d", n)
		for _, p := range ps {
			assert.Equal(t, collab.CodeDuplicate, p.Code)
			assert.Contains(t, p.Message, "at projects[3]", "each duplicate points to the first use")
		}
	}
}

func TestPortfolioValidateIn(t *testing.T) {
	p, c := validProject(), testCollaboration()
	other := validProject()
	other.ID = uuid.MustParse("7a000000-0000-4000-8000-0000000000bb")
	other.Collaboration = uuid.MustParse("c0000000-0000-4000-8000-0000000000bb")
	stranger := validProject()
	stranger.ID = uuid.MustParse("7a000000-0000-4000-8000-0000000000cc")
	stranger.Participants[0].Stakeholder = outsider
	stranger.Title = ""
	pf := project.Portfolio{Projects: []project.Project{p, other, stranger}}
	assert.Equal(t, []string{
		"projects[1].collaboration dangling-reference",
		"projects[2].title required",
		"projects[2].participants[0].stakeholder dangling-reference",
	}, problems(pf.ValidateIn(nil, &c)), "every problem once")
}

// TestFundingSumsNeverWrapAround is the overflow of issue 16: 1,000
// projects of 100 funding lines of the largest valid amount each sum past
// what an int64 holds; the sums stop at collab.MoneyLimit instead of
// turning negative.
func TestFundingSumsNeverWrapAround(t *testing.T) {
	from := collab.MustParseDate("2020-01-01")
	lines := make([]project.FundingLine, project.MaxFundingLines)
	for i := range lines {
		lines[i] = project.FundingLine{Source: project.FundingTransitionFunds, Amount: collab.MaxMoney, Period: collab.Period{From: from}}
	}
	pf := project.Portfolio{Projects: make([]project.Project, 1000)}
	for i := range pf.Projects {
		pf.Projects[i].Funding = lines
	}
	asOf := collab.MustParseDate("2021-06-30")

	bySource := pf.FundingBySource(asOf)
	assert.Equal(t, collab.MoneyLimit, bySource.Of(project.FundingTransitionFunds), "per source")
	assert.Equal(t, collab.MoneyLimit, bySource.Total(), "in total")
	assert.Equal(t, collab.Money(100)*collab.MaxMoney, pf.Projects[0].TotalFunding(), "one project's total is exact")
	for _, y := range pf.FundingPerYear(asOf) {
		assert.Positive(t, y.Sources.Total(), "year %d", y.Year)
	}
}
