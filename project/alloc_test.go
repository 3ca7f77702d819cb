package project_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// TestValidatingAnyValidProjectAllocatesNothing checks the promise of the
// package documentation on many valid values, not only on one: every
// project of testdata, and every project of a generated portfolio alone
// and against its collaboration, and a portfolio small enough to be checked
// for duplicate IDs pairwise.
func TestValidatingAnyValidProjectAllocatesNothing(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.json")
	require.NoError(t, err)
	for _, path := range paths {
		if filepath.Base(path) == "collaborations.json" {
			continue
		}
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		p, err := project.Decode(bytes.NewReader(raw), 0)
		require.NoError(t, err, path)
		require.Zero(t, testing.AllocsPerRun(20, func() { _ = p.Validate() }), "validating %s allocates", path)
	}

	cs, _ := collabtest.Collaborations(11, 31, 12)
	ptrs := make([]*collab.Collaboration, len(cs))
	for i := range cs {
		ptrs[i] = &cs[i]
	}
	n := 300
	if testing.Short() {
		n = 30
	}
	ps := projecttest.Portfolio(11, n, ptrs...)
	for i := range ps {
		p := &ps[i]
		var c *collab.Collaboration
		for _, cp := range ptrs {
			if cp.ID == p.Collaboration {
				c = cp
			}
		}
		require.NotNil(t, c)
		name := fmt.Sprintf("project %d", i)
		require.NoError(t, p.Validate(), name)
		require.Zero(t, testing.AllocsPerRun(5, func() { _ = p.Validate() }), "validating %s allocates", name)
		require.Zero(t, testing.AllocsPerRun(5, func() {
			if err := p.ValidateIn(c); err != nil {
				panic(err)
			}
		}), "validating %s against its collaboration allocates", name)
	}

	pf := project.Portfolio{Projects: ps[:min(len(ps), 64)]}
	require.NoError(t, pf.Validate())
	require.Zero(t, testing.AllocsPerRun(5, func() { _ = pf.Validate() }), "validating a portfolio of 64 projects allocates")
}
