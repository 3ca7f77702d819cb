package region_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/region"
)

// FuzzRegion feeds arbitrary bytes to the decoder of a Region, the way a
// service does with a user's own regions. For every input it checks that
// decoding and validating never panic and that every problem carries one of
// the module's codes. A region accepted as valid must survive a round trip
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
	f.Fuzz(func(t *testing.T, data []byte) {
		var r region.Region
		if decodeStrict(data, &r) != nil {
			return
		}
		if err := r.Validate(); err != nil {
			requireWellFormedProblems(t, err)
			return
		}
		first, err := json.Marshal(&r)
		require.NoError(t, err, "a valid region must encode")
		var again region.Region
		require.NoError(t, decodeStrict(first, &again), "the encoding of a valid region must decode: %s", first)
		require.NoError(t, again.Validate(), "the encoding of a valid region must decode to a valid region: %s", first)
		second, err := json.Marshal(&again)
		require.NoError(t, err)
		require.Equal(t, string(first), string(second), "a round trip must not change the region")

		c, err := region.Reference().With(r)
		if err != nil {
			requireWellFormedProblems(t, err)
			return
		}
		got, ok := c.ByCode(r.Code)
		require.True(t, ok, "the catalogue must hold the region it was given")
		held, err := json.Marshal(&got)
		require.NoError(t, err)
		require.Equal(t, string(first), string(held), "the catalogue must hand back the region it was given")
		_, _ = c.ByName(r.Name)
		_ = c.Ancestors(r.Code)
	})
}

// decodeStrict decodes one JSON document into v: unknown fields and data
// after the document are errors.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the document")
	}
	return nil
}

var fuzzKnownCodes = []collab.Code{
	collab.CodeRequired, collab.CodeUnknownValue, collab.CodeOutOfRange, collab.CodeTooLong,
	collab.CodeTooMany, collab.CodeDuplicate, collab.CodeDanglingReference, collab.CodeDateOrder,
	collab.CodeBadFormat, collab.CodeNotAllowed,
}

// requireWellFormedProblems checks that err is a Problems whose every
// problem has a known code and a message.
func requireWellFormedProblems(t *testing.T, err error) {
	t.Helper()
	var ps collab.Problems
	require.ErrorAs(t, err, &ps)
	require.NotEmpty(t, ps)
	for _, p := range ps {
		require.Contains(t, fuzzKnownCodes, p.Code, "problem %q", p.Error())
		require.NotEmpty(t, p.Message, "problem at %q", p.Path)
	}
}
