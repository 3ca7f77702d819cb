package project_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// The fuzz targets of this file feed arbitrary bytes to Decode and
// DecodePortfolio, the strict decoders a service uses for untrusted input,
// and to collabtest.RoundTrip, which must agree with them. For every input
// they check that nothing panics and that every problem carries one of the
// module's codes. A document accepted as valid must survive a round trip
// (its encoding decodes to a valid value that encodes to the same bytes),
// and the portfolio analytics must run on it and agree with each other.
//
//	go test -run '^$' -fuzz '^FuzzProject$' -fuzztime 60s ./project
//	go test -run '^$' -fuzz '^FuzzPortfolio$' -fuzztime 60s ./project

func FuzzProject(f *testing.F) {
	for _, doc := range fuzzProjectFixtures(f) {
		f.Add(doc)
	}
	for _, p := range projecttest.Portfolio(7, 12) {
		f.Add(fuzzMarshal(f, &p))
	}
	f.Add([]byte(`{"id":"7a000000-0000-4000-8000-000000000001","title":"T","collaboration":"c0000000-0000-4000-8000-000000000001","region":"zeeland","themes":["triage","robots"],"scale":"small","phases":[{"phase":"embedded","since":"2020-01-01"},{"phase":"idea","since":"2019-01-01"}],"started":"2020-01-02","funding":[{"source":"zorgkantoor","amount":-5,"period":{"from":"2019-12-31"}}]}`))
	f.Add([]byte(`{"id":"7a000000-0000-4000-8000-000000000001"} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ok := collabtest.RoundTrip(t, data, (*project.Project).Validate)
		_, err := project.Decode(bytes.NewReader(data), 0)
		require.Equal(t, ok, err == nil, "Decode accepts exactly what decodes strictly and validates: %v", err)
		if !ok {
			collabtest.RequireWellFormedProblems(t, err)
			return
		}
		runAnalytics(t, &project.Portfolio{Projects: []project.Project{*p}})
	})
}

func FuzzPortfolio(f *testing.F) {
	fixtures := fuzzProjectFixtures(f)
	var all []json.RawMessage
	for _, doc := range fixtures {
		all = append(all, doc)
		f.Add(fuzzMarshal(f, map[string]any{"projects": []json.RawMessage{doc}}))
	}
	f.Add(fuzzMarshal(f, map[string]any{"projects": all}))
	f.Add(fuzzMarshal(f, project.Portfolio{Projects: projecttest.Portfolio(3, 20)}))
	f.Add([]byte(`{"projects":[]}`))
	f.Add([]byte(`{"projects":null}`))
	f.Add([]byte(`{"projects":[{"id":"7a000000-0000-4000-8000-000000000001"},{"id":"7a000000-0000-4000-8000-000000000001"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, ok := collabtest.RoundTrip(t, data, (*project.Portfolio).Validate)
		_, err := project.DecodePortfolio(bytes.NewReader(data), 0)
		require.Equal(t, ok, err == nil, "DecodePortfolio accepts exactly what decodes strictly and validates: %v", err)
		if !ok {
			collabtest.RequireWellFormedProblems(t, err)
			return
		}
		runAnalytics(t, pf)
	})
}

// runAnalytics runs every analysis of a valid portfolio on a few dates and
// checks that the funding per year adds up to the funding per source.
func runAnalytics(t *testing.T, pf *project.Portfolio) {
	t.Helper()
	for _, asOf := range []collab.Date{collab.MustParseDate("2019-06-30"), collab.MustParseDate("2022-12-31"), collab.MustParseDate("9999-12-31")} {
		bySource := pf.FundingBySource(asOf)
		var perYear collab.Money
		for _, y := range pf.FundingPerYear(asOf) {
			perYear += y.Sources.Total()
		}
		require.Equal(t, bySource.Total(), perYear, "the funding per year must add up to the funding per source as of %s", asOf)
		_ = pf.ThemesPerYear(asOf)
		_ = pf.ThemeShift(2019, 2020, asOf)
		_ = pf.PhasesOn(asOf)
		_ = pf.Regions(asOf)
		for range pf.Stalled(asOf, 12) {
		}
		for range pf.RunningOn(asOf) {
		}
	}
}

// fuzzProjectFixtures returns every project document of testdata.
func fuzzProjectFixtures(f *testing.F) [][]byte {
	f.Helper()
	paths, err := filepath.Glob("testdata/*.json")
	require.NoError(f, err)
	var docs [][]byte
	for _, path := range paths {
		if filepath.Base(path) == "collaborations.json" {
			continue
		}
		raw, err := os.ReadFile(path)
		require.NoError(f, err)
		docs = append(docs, raw)
	}
	require.NotEmpty(f, docs)
	return docs
}

func fuzzMarshal(f *testing.F, v any) []byte {
	f.Helper()
	b, err := json.Marshal(v)
	require.NoError(f, err)
	return b
}
