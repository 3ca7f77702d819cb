package lesson_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/demo"
	"github.com/regiokompas/regiokompas/lesson/lessontest"
)

// FuzzCase feeds arbitrary bytes to DecodeCase, the strict decoder a
// service uses for a case document from outside. For every input it checks
// that nothing panics and that every problem carries one of the module's
// codes. A case accepted as valid must survive a round trip (its encoding
// decodes to a valid case that encodes to the same bytes), and must be
// assessed without error, giving a report that encodes and renders.
//
//	go test -run '^$' -fuzz '^FuzzCase$' -fuzztime 60s ./lesson
func FuzzCase(f *testing.F) {
	for _, d := range demo.All() {
		raw, ok := demo.JSON(d.Name)
		require.True(f, ok)
		f.Add(raw)
	}
	for seed := range uint64(4) {
		c := lessontest.Case(seed, 3+int(seed), int(seed))
		b, err := json.Marshal(&c)
		require.NoError(f, err)
		f.Add(b)
	}
	raw, err := os.ReadFile("../collab/testdata/zoetermeer-2025.json")
	require.NoError(f, err)
	f.Add(raw)
	f.Add([]byte(`{"stakeholders":[],"collaboration":{}}`))
	f.Add([]byte(`{"stakeholders":[{"id":"00000000-0000-4000-8000-000000000001","name":"Z","role":"zorgkantoor"}],"collaboration":{"id":"00000000-0000-4000-8000-0000000000c1","name":"R","region":"friesland","started":"2020-01-01","strategy":"combined","members":[{"stakeholder":"00000000-0000-4000-8000-000000000001","joined":"2020-01-01"}]}}`))
	f.Add([]byte("\uFEFF{} []"))
	asOf := collab.MustParseDate("2023-06-30")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := lesson.DecodeCase(bytes.NewReader(data), 1<<20)
		if err != nil {
			requireWellFormedProblems(t, err)
			return
		}
		first, err := json.Marshal(c)
		require.NoError(t, err, "a valid case must encode")
		again, err := lesson.DecodeCase(bytes.NewReader(first), 0)
		require.NoError(t, err, "the encoding of a valid case must decode to a valid case: %s", first)
		second, err := json.Marshal(again)
		require.NoError(t, err)
		require.Equal(t, string(first), string(second), "a round trip must not change the case")

		r, err := lesson.Evaluate(c, asOf)
		require.NoError(t, err, "a valid case must be assessed")
		_, err = json.Marshal(r)
		require.NoError(t, err, "a report must encode")
		require.NoError(t, r.WriteText(io.Discard))
	})
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
