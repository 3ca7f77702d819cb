package region_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/region"
)

// FuzzRegion feeds arbitrary bytes to the strict decoder of a Region
// (collabtest.RoundTrip), the way a service does with a user's own regions.
// For every input it checks that decoding and validating never panic and
// that every problem carries one of the module's codes. A region accepted as valid must survive a round trip
// (its encoding, decoded and encoded again, is the same bytes, and is valid
// again), and layering it over the reference catalogue must either work,
// after which the catalogue hands back the same region, or report
// well-formed problems.
//
//	go test -run '^$' -fuzz '^FuzzRegion$' -fuzztime 60s ./region
func FuzzRegion(f *testing.F) {
	for _, r := range region.Reference().All() {
		b, err := json.Marshal(&r)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"code":"zoetermeer","name":"Zoetermeer","kind":"municipality","aliases":["Zoetermeer stad"],"parents":["haaglanden","provincie-zuid-holland"],"cbsCode":"GM0637","profile":{"population":125000,"share75Plus":0.085,"asOf":"2024-01-01","careSupply":"Een ziekenhuis en een huisartsenpost.","socialEmbedding":"Veel vrijwilligers.","traits":["strong-volunteering","fast-ageing"]}}`))
	f.Add([]byte(`{"code":"wijk-noord","name":"Noord","kind":"neighbourhood","parents":["zoetermeer"],"cbsCode":"WK063701"}`))
	f.Add([]byte(`{"code":"Bad Code","name":"","kind":"gemeente","parents":["bad code","bad code"],"isoCode":"nl-xx","profile":{"population":-1,"share75Plus":1.5,"traits":["loneliness","loneliness"]},"provenance":{"cbsCode":"verified"}}`))
	f.Add([]byte(`{"code":"x","name":"X","kind":"country","isoCode":"NL","zorgkantoor":"CZ"}`))
	f.Add([]byte(`{"code":"oost-achterhoek","name":"Oost-Achterhoek","kind":"custom","members":["gemeente-aalten","gemeente-winterswijk","atlantis","gemeente-aalten"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, ok := collabtest.RoundTrip(t, data, (*region.Region).Validate)
		if !ok {
			return
		}
		first, err := json.Marshal(r)
		require.NoError(t, err)
		c, err := region.Reference().With(*r)
		if err != nil {
			collabtest.RequireWellFormedProblems(t, err)
			return
		}
		got, ok := c.Lookup(r.Code)
		require.True(t, ok, "the catalogue must hold the region it was given")
		held, err := json.Marshal(&got)
		require.NoError(t, err)
		require.Equal(t, string(first), string(held), "the catalogue must hand back the region it was given")
		_, _ = c.LookupByName(r.Name)
		_ = c.Ancestors(r.Code)
		_ = c.Municipalities(r.Code)
		_ = c.Search(r.Name)
		s, ok := c.Summarize(r.Code)
		require.True(t, ok)
		require.GreaterOrEqual(t, s.Population, 0)
	})
}
