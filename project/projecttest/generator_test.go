package projecttest_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The collaborations are checked by collabtest's own tests; here, the
// projects generated for them.
func TestEveryGeneratedPortfolioIsValid(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 42, 2022} {
		cs, _ := collabtest.Collaborations(seed, 31, 15)
		ptrs := make([]*collab.Collaboration, len(cs))
		for i := range cs {
			ptrs[i] = &cs[i]
		}
		pf := project.Portfolio{Projects: projecttest.Portfolio(seed, 2000, ptrs...)}
		require.NoError(t, pf.ValidateIn(ptrs...), "portfolio of seed %d", seed)
	}
}

func TestTheSameSeedGivesTheSamePortfolio(t *testing.T) {
	c, _ := collabtest.Collaboration(9, 20)
	assert.Equal(t, projecttest.Portfolio(9, 500, &c), projecttest.Portfolio(9, 500, &c))
	assert.NotEqual(t, projecttest.Portfolio(9, 50)[0].ID, projecttest.Portfolio(10, 50)[0].ID)
}

func TestSizesAreClamped(t *testing.T) {
	assert.Nil(t, projecttest.Portfolio(1, 0))
	assert.Nil(t, projecttest.Portfolio(1, -5))
}

func TestPortfolioWithoutCollaborationsSpreadsOverAllRegions(t *testing.T) {
	pf := project.Portfolio{Projects: projecttest.Portfolio(2, 3000)}
	require.NoError(t, pf.Validate())
	assert.Len(t, pf.Regions(collab.MustParseDate("2022-12-31")), 31)

	cs, _ := collabtest.Collaborations(2, 31, 12)
	ptrs := make([]*collab.Collaboration, len(cs))
	for i := range cs {
		ptrs[i] = &cs[i]
	}
	assert.NoError(t, pf.ValidateIn(ptrs...), "without collaborations the portfolio belongs to Collaborations(seed, 31, 12)")
}

func TestGeneratedListsDoNotShareCapacity(t *testing.T) {
	ps := projecttest.Portfolio(5, 10)
	next := ps[1].Themes[0]
	ps[0].Themes = append(ps[0].Themes, project.ThemeTriage)
	assert.Equal(t, next, ps[1].Themes[0], "appending to one project's list leaves the next project alone")
}

func TestGeneratedPortfoliosLookReal(t *testing.T) {
	asOf := collab.MustParseDate("2022-06-21")
	for _, seed := range []uint64{1, 2, 3} {
		pf := project.Portfolio{Projects: projecttest.Portfolio(seed, 3000)}
		s := pf.ThemeShift(2019, 2020, asOf)
		change := map[project.Theme]float64{}
		for _, c := range s.Changes {
			change[c.Theme] = c.Change
		}
		assert.Negative(t, change[project.ThemeStaffInflow], "seed %d: attracting new staff falls from 2019 to 2020", seed)
		for _, th := range []project.Theme{project.ThemeTechnology, project.ThemeNewWaysOfWorking, project.ThemeStaffRetention} {
			assert.Positive(t, change[th], "seed %d: %s rises from 2019 to 2020", seed, th)
		}

		phases := pf.PhasesOn(asOf)
		for _, ph := range project.Phases() {
			assert.Positive(t, phases.Of(ph), "seed %d: some projects are in phase %s", seed, ph)
		}
		stalled := 0
		for range pf.Stalled(asOf, 12) {
			stalled++
		}
		assert.Positive(t, stalled, "seed %d: some projects stall", seed)
		assert.Less(t, stalled, len(pf.Projects)/3, "seed %d: most do not", seed)

		late := 0
		for i := range pf.Projects {
			p := &pf.Projects[i]
			if d, ok := p.FirstInvolved(collab.LevelProfessional); ok && d.MonthsSince(p.Started) >= 6 {
				late++
			}
		}
		assert.Positive(t, late, "seed %d: some projects involve professionals late", seed)
	}
}
