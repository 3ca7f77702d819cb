package projecttest_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
	"github.com/stretchr/testify/require"
)

func TestEverythingGeneratedIsValid(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 42, 2022} {
		cs, ss := projecttest.Collaborations(seed, 31, 15)
		require.Len(t, cs, 31)
		for i := range ss {
			require.NoError(t, ss[i].Validate(), "stakeholder %d of seed %d", i, seed)
		}
		ptrs := make([]*collab.Collaboration, len(cs))
		for i := range cs {
			require.NoError(t, cs[i].Validate(), "collaboration %d of seed %d", i, seed)
			ptrs[i] = &cs[i]
		}
		pf := project.Portfolio{Projects: projecttest.Portfolio(seed, 2000, ptrs...)}
		var v collab.Validator
		pf.ValidateAgainst(&v, ptrs...)
		require.NoError(t, v.Err(), "portfolio of seed %d", seed)
	}
}
