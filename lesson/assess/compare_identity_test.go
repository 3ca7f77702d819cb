package assess_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// reversed returns a copy of c whose stakeholders, members and projects
// are in the reverse order: the same case, written down differently.
func reversed(c assess.Case) assess.Case {
	c.Stakeholders = slices.Clone(c.Stakeholders)
	slices.Reverse(c.Stakeholders)
	c.Collaboration.Members = slices.Clone(c.Collaboration.Members)
	slices.Reverse(c.Collaboration.Members)
	c.Projects = slices.Clone(c.Projects)
	slices.Reverse(c.Projects)
	return c
}

// reversedAll returns a copy of c with every list of the collaboration
// reversed as well: networks, leeway issues, role holders.
func reversedAll(c assess.Case) assess.Case {
	c = reversed(c)
	col := &c.Collaboration
	col.Networks = slices.Clone(col.Networks)
	slices.Reverse(col.Networks)
	col.LeewayIssues = slices.Clone(col.LeewayIssues)
	slices.Reverse(col.LeewayIssues)
	col.RoleHolders = slices.Clone(col.RoleHolders)
	slices.Reverse(col.RoleHolders)
	return c
}

// assertComparesClean evaluates the demo's case and its rewritten copy at
// the demo's date and checks that their comparison has nothing resolved or
// new, every finding persisting and no score moving.
func assertComparesClean(t *testing.T, d demo.Demo, rewritten assess.Case) {
	t.Helper()
	old, err := assess.Evaluate(&d.Case, d.AsOf)
	require.NoError(t, err)
	new, err := assess.Evaluate(&rewritten, d.AsOf)
	require.NoError(t, err)
	c, err := assess.Compare(old, new)
	require.NoError(t, err)
	assert.Empty(t, c.Resolved, "no finding is resolved")
	assert.Empty(t, c.New, "no finding is new")
	assert.Len(t, c.Persisting, len(old.Findings), "every finding persists")
	for _, m := range c.Mechanisms {
		assert.Zero(t, m.Score.Delta, "%s: the score does not move", m.Mechanism)
	}
}

func TestAReversedDemoCaseComparesToTheOriginalWithNothingResolvedOrNew(t *testing.T) {
	for _, d := range demo.All() {
		t.Run(d.Name, func(t *testing.T) {
			rev := reversed(d.Case)
			if len(rev.Collaboration.Members) > 1 {
				require.NotEqual(t, d.Case.Collaboration.Members[0], rev.Collaboration.Members[0], "the members are reversed")
			}
			assertComparesClean(t, d, rev)
		})
	}
}

func TestADemoCaseWithEveryListReversedComparesClean(t *testing.T) {
	for _, d := range demo.All() {
		t.Run(d.Name, func(t *testing.T) {
			assertComparesClean(t, d, reversedAll(d.Case))
		})
	}
}
