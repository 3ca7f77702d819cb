package collab_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// The fuzz targets of this file feed arbitrary bytes to the decoders of the
// package's top-level documents (stakeholder, collaboration, self-assessment
// round) through collabtest.RoundTrip, the way a service does with
// untrusted input. For every input they check that decoding and validating
// never panic, that every problem carries one of the module's codes, and
// that a document accepted as valid survives a round trip: its encoding,
// decoded and encoded again, is the same bytes, and is valid again.
//
// Run one for a minute with
//
//	go test -run '^$' -fuzz '^FuzzCollaboration$' -fuzztime 60s ./collab

func FuzzStakeholder(f *testing.F) {
	fx := fuzzZoetermeerCase(f)
	for _, s := range fx.Stakeholders {
		f.Add([]byte(s))
	}
	_, generated := collabtest.Collaboration(1, 12)
	for i := range generated {
		f.Add(fuzzMarshal(f, &generated[i]))
	}
	f.Add([]byte(`{"id":"0e1b2c3d-0000-4000-8000-000000000001","name":"Huisartsenpost","role":"gp-out-of-hours","agb":"01234567","kvk":"87654321","regions":["west-brabant"]}`))
	f.Add([]byte(`{"id":"0e1b2c3d-0000-4000-8000-000000000001","name":" ","role":"gemeente","agb":"123","regions":["",""]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		collabtest.RoundTrip(t, data, (*collab.Stakeholder).Validate)
	})
}

func FuzzCollaboration(f *testing.F) {
	fx := fuzzZoetermeerCase(f)
	f.Add([]byte(fx.Collaboration))
	raw, err := os.ReadFile("../project/testdata/collaborations.json")
	require.NoError(f, err)
	var cs []json.RawMessage
	require.NoError(f, json.Unmarshal(raw, &cs))
	for _, c := range cs {
		f.Add([]byte(c))
	}
	for seed := range uint64(3) {
		c, _ := collabtest.Collaboration(seed, 3+int(seed)*4)
		f.Add(fuzzMarshal(f, &c))
	}
	large := largeCollaboration(8)
	f.Add(fuzzMarshal(f, &large))
	f.Add([]byte(`{"id":"0e1b2c3d-0000-4000-8000-000000000001","name":"Regio","region":"zeeland","started":"2020-02-30","strategy":"combined","members":[]}`))
	f.Add([]byte(`{"members":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		collabtest.RoundTrip(t, data, (*collab.Collaboration).Validate)
	})
}

func FuzzSelfAssessment(f *testing.F) {
	f.Add([]byte(`{"id":"0e1b2c3d-0000-4000-8000-000000000001","date":"2024-03-01","note":"spring round","ratings":[{"stakeholder":"0e1b2c3d-0000-4000-8000-0000000000a1","level":"professional","scores":[{"mechanism":"urgency","score":4,"comment":"high"},{"mechanism":"actors","score":2}]},{"stakeholder":"0e1b2c3d-0000-4000-8000-0000000000a1","level":"executive","scores":[{"mechanism":"actors","score":5}]}]}`))
	f.Add([]byte(`{"id":"0e1b2c3d-0000-4000-8000-000000000001","date":"2024-03-01","ratings":[{"stakeholder":"0e1b2c3d-0000-4000-8000-0000000000a1","level":"professional","scores":[{"mechanism":"urgency","score":6},{"mechanism":"urgency","score":0}]}]}`))
	f.Add([]byte(`{"ratings":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		collabtest.RoundTrip(t, data, func(r *collab.SelfAssessment) error {
			err := r.Validate()
			if err == nil {
				aggs := r.Aggregate()
				for _, a := range aggs {
					require.True(t, a.Mechanism.IsValid(), "an aggregate names a mechanism")
					require.Positive(t, a.Raters)
					require.True(t, a.Median >= 1 && a.Median <= 5 && a.Mean >= 1 && a.Mean <= 5, "median %g and mean %g lie on the scale", a.Median, a.Mean)
					require.True(t, a.Spread >= 0 && a.Spread <= 4 && a.StdDev >= 0 && a.StdDev <= 2, "spread %d and deviation %g are bounded", a.Spread, a.StdDev)
				}
				_, err := json.Marshal(aggs)
				require.NoError(t, err, "the aggregates must encode")
			}
			return err
		})
	})
}

type fuzzCaseDocument struct {
	Stakeholders  []json.RawMessage `json:"stakeholders"`
	Collaboration json.RawMessage   `json:"collaboration"`
}

func fuzzZoetermeerCase(f *testing.F) fuzzCaseDocument {
	f.Helper()
	raw, err := os.ReadFile("testdata/zoetermeer-2025.json")
	require.NoError(f, err)
	var fx fuzzCaseDocument
	require.NoError(f, json.Unmarshal(raw, &fx))
	require.NotEmpty(f, fx.Stakeholders)
	return fx
}

func fuzzMarshal(f *testing.F, v any) []byte {
	f.Helper()
	b, err := json.Marshal(v)
	require.NoError(f, err)
	return b
}
