package project_test

import (
	"encoding/json"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnalyticsResultsRoundTripThroughJSON(t *testing.T) {
	pf := analyticsPortfolio()
	years := pf.ThemesPerYear(asOf)
	b, err := json.Marshal(years[0])
	require.NoError(t, err)
	assert.Equal(t, `{"year":2018,"projects":1,"themes":{"regional-vision":0,"technology":0,"staff-inflow":1,"staff-retention":0,`+
		`"new-ways-of-working":0,"cross-domain":0,"task-reallocation":0,"triage":0,"anw":0,"acute-care":0,"capacity-management":0,`+
		`"real-estate":0,"training":0,"population-health":0,"informal-care":0,"good-employership":0,"data-exchange":0}}`, string(b))
	var back []project.ThemeYear
	b, err = json.Marshal(years)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, years, back)

	phases := pf.PhasesOn(asOf)
	b, err = json.Marshal(phases)
	require.NoError(t, err)
	assert.Equal(t, `{"not-started":1,"idea":0,"design":0,"pilot":1,"implementation":1,"embedded":1,"stopped":0}`, string(b))
	var phasesBack project.PhaseCounts
	require.NoError(t, json.Unmarshal(b, &phasesBack))
	assert.Equal(t, phases, phasesBack)

	funding := pf.FundingPerYear(asOf)
	b, err = json.Marshal(funding)
	require.NoError(t, err)
	var fundingBack []project.FundingYear
	require.NoError(t, json.Unmarshal(b, &fundingBack))
	assert.Equal(t, funding, fundingBack)
	assert.Equal(t, collab.Money(8356), fundingBack[1].Sources.Of(project.FundingZonMwImpulse))

	b, err = json.Marshal(pf.Regions(asOf))
	require.NoError(t, err)
	assert.Equal(t, `[{"region":"a","projects":2,"running":1},{"region":"b","projects":1,"running":1}]`, string(b))
}

func TestCountsRejectUnknownWords(t *testing.T) {
	var c project.ThemeCounts
	err := json.Unmarshal([]byte(`{"technology":2,"robots":1}`), &c)
	assert.ErrorIs(t, err, collab.CodeUnknownValue)
	assert.ErrorContains(t, err, `"robots"`)
	var p project.PhaseCounts
	assert.Error(t, json.Unmarshal([]byte(`{"paused":1}`), &p))
	var s project.SourceAmounts
	assert.Error(t, json.Unmarshal([]byte(`{"lottery":1}`), &s))
	assert.Error(t, json.Unmarshal([]byte(`[1,2]`), &s), "an array is not an object")
}
