package collab_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// TestValidatingAnyValidEntityAllocatesNothing checks the promise of the
// package documentation on many valid values, not only on one: every
// stakeholder and collaboration that the generator makes, at sizes up to
// the documented maximum of members, and those of the Zoetermeer fixture
// as decoded from JSON.
func TestValidatingAnyValidEntityAllocatesNothing(t *testing.T) {
	type entity struct {
		name     string
		validate func() error
	}
	var entities []entity
	for _, size := range []int{2, 12, 100, collab.MaxMembers} {
		cs, ss := collabtest.Collaborations(uint64(size), 3, size)
		for i := range cs {
			entities = append(entities, entity{fmt.Sprintf("collaboration %d of %d members", i, size), cs[i].Validate})
		}
		for i := range ss[:min(len(ss), 20)] {
			entities = append(entities, entity{fmt.Sprintf("stakeholder %d (%d)", i, size), ss[i].Validate})
		}
	}
	raw, err := os.ReadFile("testdata/zoetermeer-2025.json")
	require.NoError(t, err)
	var doc struct {
		Stakeholders  []collab.Stakeholder `json:"stakeholders"`
		Collaboration collab.Collaboration `json:"collaboration"`
	}
	require.NoError(t, json.Unmarshal(raw, &doc))
	entities = append(entities, entity{"the Zoetermeer collaboration", doc.Collaboration.Validate})
	for i := range doc.Stakeholders {
		entities = append(entities, entity{"Zoetermeer stakeholder " + doc.Stakeholders[i].Name, doc.Stakeholders[i].Validate})
	}

	for _, e := range entities {
		require.NoError(t, e.validate(), e.name)
		runs := 20
		if testing.Short() {
			runs = 2
		}
		require.Zero(t, testing.AllocsPerRun(runs, func() { _ = e.validate() }), "validating %s allocates", e.name)
	}
}
