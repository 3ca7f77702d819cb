package assesstest_test

import (
	"encoding/json"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
)

func TestEveryGeneratedCaseIsValid(t *testing.T) {
	n := uint64(500)
	if testing.Short() {
		n = 100
	}
	withRegions, atMunicipalScale, withRounds := 0, 0, 0
	for seed := range n {
		c := assesstest.Case(seed, 2+int(seed%20), int(seed%15))
		require.NoError(t, c.Validate(), "seed %d", seed)
		if len(c.SelfAssessments) > 0 {
			withRounds++
		}
		if len(c.Regions) > 0 {
			withRegions++
			if c.Collaboration.Region == c.Regions[0].Code {
				atMunicipalScale++
			}
		}
	}
	assert.Positive(t, withRegions, "some cases must have regions of their own")
	assert.Positive(t, atMunicipalScale, "some cases must work at a municipality's scale")
	assert.Less(t, withRegions, int(n), "not every case has regions of its own")
	assert.Positive(t, withRounds, "some cases must hold self-assessment rounds")
	assert.Less(t, withRounds, int(n), "not every case holds self-assessment rounds")
}

func TestTheSameSeedGivesTheSameCase(t *testing.T) {
	a, err := json.Marshal(assesstest.Case(42, 10, 8))
	require.NoError(t, err)
	b, err := json.Marshal(assesstest.Case(42, 10, 8))
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
	c, err := json.Marshal(assesstest.Case(43, 10, 8))
	require.NoError(t, err)
	assert.NotEqual(t, string(a), string(c), "another seed gives another case")
}

func TestSizesAreClampedToTheLimits(t *testing.T) {
	tiny := assesstest.Case(1, 0, -5)
	assert.Len(t, tiny.Collaboration.Members, 2)
	assert.Empty(t, tiny.Projects)
	require.NoError(t, tiny.Validate())

	sized := assesstest.Case(1, 25, 30)
	assert.Len(t, sized.Collaboration.Members, 25)
	assert.Len(t, sized.Projects, 30)
}

func TestCasesShareNoMemory(t *testing.T) {
	a := assesstest.Case(7, 6, 10)
	b := assesstest.Case(7, 6, 10)
	before, err := json.Marshal(b)
	require.NoError(t, err)
	for i := range a.Projects {
		p := &a.Projects[i]
		p.Themes[0] = 0
		p.Phases[0].Since = collab.Date{}
		p.Themes = append(p.Themes, 0)
	}
	a.Stakeholders[0].Name = "changed"
	after, err := json.Marshal(b)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))

	c := assesstest.Case(7, 6, 10)
	require.NoError(t, c.Validate(), "changing one project must not reach another in the same case")
	for i := 0; i+1 < len(c.Projects); i++ {
		c.Projects[i].Themes = append(c.Projects[i].Themes, 0)
		assert.NotZero(t, c.Projects[i+1].Themes[0])
	}
}

func TestCasesEvaluate(t *testing.T) {
	for seed := range uint64(20) {
		c := assesstest.Case(seed, 8, 6)
		r, err := assess.Evaluate(&c, collab.MustParseDate("2022-12-31"))
		require.NoError(t, err, "seed %d", seed)
		assert.Len(t, r.Mechanisms, 5)
	}
}
