package assess_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// FuzzCase feeds arbitrary bytes to DecodeCase, the strict decoder a
// service uses for a case document from outside, and to
// collabtest.RoundTrip, which must agree with it. For every input it checks
// that nothing panics and that every problem carries one of the module's
// codes. A case accepted as valid must survive a round trip (its encoding
// decodes to a valid case that encodes to the same bytes), and must be
// assessed without error, giving a report that encodes and renders.
//
//	go test -run '^$' -fuzz '^FuzzCase$' -fuzztime 60s ./lesson
func FuzzCase(f *testing.F) {
	for _, d := range demo.All() {
		raw, ok := demo.LookupJSON(d.Name)
		require.True(f, ok)
		f.Add(raw)
	}
	for seed := range uint64(4) {
		c := assesstest.Case(seed, 3+int(seed), int(seed))
		b, err := json.Marshal(&c)
		require.NoError(f, err)
		f.Add(b)
	}
	raw, err := os.ReadFile("../../collab/testdata/zoetermeer-2025.json")
	require.NoError(f, err)
	f.Add(raw)
	f.Add([]byte(`{"stakeholders":[],"collaboration":{}}`))
	f.Add([]byte(`{"stakeholders":[{"id":"00000000-0000-4000-8000-000000000001","name":"Z","role":"zorgkantoor"}],"collaboration":{"id":"00000000-0000-4000-8000-0000000000c1","name":"R","region":"friesland","started":"2020-01-01","strategy":"combined","members":[{"stakeholder":"00000000-0000-4000-8000-000000000001","joined":"2020-01-01"}]}}`))
	f.Add([]byte("\uFEFF{} []"))
	asOf := collab.MustParseDate("2023-06-30")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ok := collabtest.RoundTrip(t, data, (*assess.Case).Validate)
		_, err := assess.DecodeCase(bytes.NewReader(data), 0)
		require.Equal(t, ok, err == nil, "DecodeCase accepts exactly what decodes strictly and validates: %v", err)
		if !ok {
			collabtest.RequireWellFormedProblems(t, err)
			return
		}

		r, err := assess.Evaluate(c, asOf)
		require.NoError(t, err, "a valid case must be assessed")
		_, err = json.Marshal(r)
		require.NoError(t, err, "a report must encode")
		require.NoError(t, r.WriteText(io.Discard))
	})
}
