package collabtest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

func TestEveryGeneratedCollaborationAndStakeholderIsValid(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 42, 2022} {
		cs, ss := collabtest.Collaborations(seed, 31, 15)
		require.Len(t, cs, 31)
		for i := range ss {
			require.NoError(t, ss[i].Validate(), "stakeholder %d of seed %d", i, seed)
		}
		for i := range cs {
			require.NoError(t, cs[i].Validate(), "collaboration %d of seed %d", i, seed)
		}
	}
}

func TestTheSameSeedGivesTheSameCollaboration(t *testing.T) {
	c1, s1 := collabtest.Collaboration(9, 20)
	c2, s2 := collabtest.Collaboration(9, 20)
	assert.Equal(t, c1, c2)
	assert.Equal(t, s1, s2)
	c3, _ := collabtest.Collaboration(10, 20)
	assert.NotEqual(t, c1.ID, c3.ID, "another seed gives other data")
}

func TestCollaborationIsTheFirstOfCollaborations(t *testing.T) {
	c, ss := collabtest.Collaboration(4, 8)
	cs, all := collabtest.Collaborations(4, 3, 8)
	assert.Equal(t, c, cs[0])
	assert.Equal(t, ss, all[:8], "the first collaboration's stakeholders come first")
	assert.Len(t, all, 24)
	assert.Len(t, c.Members, 8)
	assert.Equal(t, collab.RoleZorgkantoor, ss[0].Role, "the first member is the region's zorgkantoor")
	assert.Contains(t, collabtest.RegionCodes(), c.Region)
	for i := range c.Members {
		assert.Equal(t, ss[i].ID, c.Members[i].Stakeholder)
	}
}

func TestCollaborationSizesAreClamped(t *testing.T) {
	c, ss := collabtest.Collaboration(1, 0)
	assert.Len(t, c.Members, 2, "a collaboration has at least two members")
	assert.Len(t, ss, 2)
	cs, _ := collabtest.Collaborations(1, 100, 2)
	assert.Len(t, cs, 31, "one collaboration per zorgkantoorregio at most")
	regions := map[string]bool{}
	for _, c := range cs {
		regions[c.Region] = true
	}
	assert.Len(t, regions, 31)
}

func TestPickDrawsInProportionToTheWeights(t *testing.T) {
	g := collabtest.NewRand(1, 2)
	ws := []collabtest.Weighted[string]{{Value: "never", Weight: 0}, {Value: "rare", Weight: 1}, {Value: "common", Weight: 9}}
	counts := map[string]int{}
	for range 10000 {
		counts[collabtest.Pick(g, ws)]++
	}
	assert.Zero(t, counts["never"], "a value of weight zero is never drawn")
	assert.InDelta(t, 1000, counts["rare"], 200)
	assert.InDelta(t, 9000, counts["common"], 200)
}

func TestRandDrawsStayInTheirBounds(t *testing.T) {
	g := collabtest.NewRand(7, 7)
	from, until := collab.MustParseDate("2020-01-01"), collab.MustParseDate("2020-01-31")
	for range 1000 {
		assert.GreaterOrEqual(t, g.Between(3, 5), 3)
		assert.LessOrEqual(t, g.Between(3, 5), 5)
		d := g.Date(from, until)
		assert.False(t, d.Before(from) || d.After(until), "%s lies in January 2020", d)
	}
	assert.Equal(t, 4, g.Between(4, 2), "an empty range gives its low end")
	assert.Equal(t, until, g.Date(until, from), "a reversed range gives its first day")
	assert.Len(t, g.Digits(8), 8)
	assert.Equal(t, 4, int(g.UUID().Version()), "UUIDs are version 4")
}
