package assess_test

import (
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NewCase starts a case for Twente with the IDs and date the caller gives:
// the library draws no random IDs and reads no clock.
func ExampleNewCase() {
	twente, _ := region.Reference().Lookup("twente")
	c, err := assess.NewCase(assess.Start{
		Region:          twente,
		Started:         collab.MustParseDate("2026-12-01"),
		Strategy:        collab.StrategyCombined,
		CollaborationID: uuid.MustParse("9b0c3f0e-5d8e-4c1a-9a55-2f1f5c2b7a01"),
		ZorgkantoorID:   uuid.MustParse("9b0c3f0e-5d8e-4c1a-9a55-2f1f5c2b7a02"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Collaboration.Name, c.Collaboration.Region, c.Collaboration.Started)
	fmt.Println(c.Stakeholders[0].Name, c.Stakeholders[0].Role)
	// Output:
	// Samenwerking Twente twente 2026-12-01
	// Menzis zorgkantoor
}

func TestNewCase(t *testing.T) {
	ids := func(n byte) uuid.UUID { return uuid.UUID{15: n} }
	start := func(code string) assess.Start {
		r, ok := region.Reference().Lookup(code)
		require.True(t, ok, code)
		return assess.Start{Region: r, Started: collab.MustParseDate("2026-12-01"),
			Strategy: collab.StrategySmallInitiatives, CollaborationID: ids(1), ZorgkantoorID: ids(2)}
	}
	t.Run("every zorgkantoorregio starts a case that validates and assesses", func(t *testing.T) {
		for _, r := range region.Reference().ByKind(region.KindZorgkantoorregio) {
			c, err := assess.NewCase(start(r.Code))
			require.NoError(t, err, r.Code)
			require.NoError(t, c.Validate(), r.Code)
			_, err = assess.Evaluate(c, collab.MustParseDate("2026-12-01"))
			require.NoError(t, err, r.Code)
			assert.Equal(t, r.Zorgkantoor, c.Stakeholders[0].Name)
		}
	})
	t.Run("a province without a zorgkantoor needs one named", func(t *testing.T) {
		s := start("provincie-overijssel")
		_, err := assess.NewCase(s)
		assert.Equal(t, []collab.Problem{{Path: "zorgkantoor", Code: collab.CodeRequired,
			Message: `is empty, and region "provincie-overijssel" names no zorgkantoor to start the case with`}}, collab.ProblemsOf(err))
		s.Zorgkantoor = "Menzis"
		c, err := assess.NewCase(s)
		require.NoError(t, err)
		assert.Equal(t, "Menzis", c.Stakeholders[0].Name)
	})
	t.Run("a name given is kept", func(t *testing.T) {
		s := start("twente")
		s.Name = "Netwerk Ouderenzorg Twente"
		c, err := assess.NewCase(s)
		require.NoError(t, err)
		assert.Equal(t, "Netwerk Ouderenzorg Twente", c.Collaboration.Name)
	})
	t.Run("a missing ID or strategy is every problem at once", func(t *testing.T) {
		s := start("twente")
		s.CollaborationID, s.ZorgkantoorID, s.Strategy = uuid.Nil, uuid.Nil, 0
		_, err := assess.NewCase(s)
		var paths []string
		for _, p := range collab.ProblemsOf(err) {
			paths = append(paths, p.Path)
		}
		assert.Equal(t, []string{"stakeholders[0].id", "collaboration.id", "collaboration.strategy"}, paths)
	})
}
