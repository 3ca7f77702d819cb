package assess_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// demoCase is the case document of the smallest demo, a valid case.
const demoCase = "single-person-initiative"

// demoDocument returns the document of demoCase with each pair of old and
// new text in edits replaced once; it fails the test when an old text does
// not occur.
func demoDocument(t testing.TB, edits ...string) string {
	t.Helper()
	raw, ok := demo.LookupJSON(demoCase)
	require.True(t, ok, "the demo %s is built in", demoCase)
	doc := string(raw)
	for i := 0; i+1 < len(edits); i += 2 {
		require.Contains(t, doc, edits[i])
		doc = strings.Replace(doc, edits[i], edits[i+1], 1)
	}
	return doc
}

func TestDecodeCaseReadsAValidCase(t *testing.T) {
	c, err := assess.DecodeCase(strings.NewReader(demoDocument(t)), 0)
	require.NoError(t, err)
	require.NotNil(t, c)
	d, ok := demo.Lookup(demoCase)
	require.True(t, ok)
	assert.Equal(t, d.Case, *c)
}

func TestDecodeCaseHandsOnTheProblemOfAnUnreadableDocument(t *testing.T) {
	// collab.Decode reads the document; its tests cover every kind of
	// broken document. These check that DecodeCase passes its one problem
	// on, with the path inside the case, and no case.
	cut := demoDocument(t)
	cut = cut[:strings.Index(cut, `"capacityHours": 4`)+16]
	tests := []struct {
		name, doc string
		want      string // path and code
		message   string // a part of the message
	}{
		{"an empty document", "", " bad-format", "is empty"},
		{"a cut-off document names where it stopped", cut,
			"collaboration.members[3].capacityHours bad-format", "at line 83, column 25: the document is cut off"},
		{"an unknown role names its stakeholder", demoDocument(t, `"role": "gp"`, `"role": "huisarts"`),
			"stakeholders[1].role unknown-value", `unknown role "huisarts"`},
		{"a wrong type in a list names the index", demoDocument(t, `"capacityHours": 4`, `"capacityHours": "four"`),
			"collaboration.members[3].capacityHours bad-format", "JSON string where a number"},
		{"a field that a case does not have", demoDocument(t, `"stakeholders"`, `"projectz": [], "stakeholders"`),
			"projectz bad-format", `did you mean "projects"?`},
		{"data after the case", demoDocument(t) + "{}", " bad-format", "holds more data after the document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := assess.DecodeCase(strings.NewReader(tt.doc), 0)
			assert.Nil(t, c, "a document that cannot be read gives no case")
			var ps collab.Problems
			require.ErrorAs(t, err, &ps)
			require.Len(t, ps, 1, "one decoding problem: %v", err)
			assert.Equal(t, tt.want, ps[0].Path+" "+string(ps[0].Code))
			assert.Contains(t, ps[0].Message, tt.message)
		})
	}
}

func TestDecodeCaseReturnsNoCaseWithItsValidationProblems(t *testing.T) {
	doc := demoDocument(t,
		`"region": "voorbeeldregio-oost",`, `"region": "atlantis",`,
		`"joined": "2020-06-01"`, `"joined": "2019-06-01"`)
	c, err := assess.DecodeCase(strings.NewReader(doc), 0)
	require.Error(t, err)
	assert.Nil(t, c, "a well-formed but invalid case is not handed out")
	var got [][2]string
	for _, p := range collab.ProblemsOf(err) {
		got = append(got, [2]string{p.Path, string(p.Code)})
	}
	assert.Equal(t, [][2]string{
		{"collaboration.members[1].joined", string(collab.CodeDateOrder)},
		{"collaboration.region", string(collab.CodeDanglingReference)},
	}, got, "exactly the two mistakes, each once")

	var read assess.Case
	require.NoError(t, collab.Decode(strings.NewReader(doc), &read, 0), "collab.Decode reads what DecodeCase refuses, for display")
	assert.Equal(t, "atlantis", read.Collaboration.Region)
	assert.Equal(t, err.Error(), read.Validate().Error(), "and Validate names the same problems")
}

func TestDecodeCaseRefusesADocumentAboveTheLimit(t *testing.T) {
	doc := demoDocument(t)
	_, err := assess.DecodeCase(strings.NewReader(doc), int64(len(doc)-1))
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, collab.CodeTooLong, ps[0].Code)
	assert.Contains(t, ps[0].Message, fmt.Sprint(len(doc)-1))

	_, err = assess.DecodeCase(strings.NewReader(doc), int64(len(doc)))
	assert.NoError(t, err, "a document of exactly the limit is accepted")
}

func TestDecodeCaseDefaultLimitIsMaxDocumentBytes(t *testing.T) {
	big := `{"stakeholders": [], "collaboration": {"notes": "` + strings.Repeat("a", int(collab.MaxDocumentBytes)) + `"}}`
	_, err := assess.DecodeCase(strings.NewReader(big), 0)
	assert.ErrorIs(t, err, collab.CodeTooLong)
}

func TestDecodeCaseWrapsAReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	c, err := assess.DecodeCase(iotest.ErrReader(boom), 0)
	require.ErrorIs(t, err, boom)
	assert.Nil(t, c)
	var ps collab.Problems
	assert.False(t, errors.As(err, &ps), "an I/O error is not a problem of the document")
}

func ExampleDecodeCase() {
	doc := `{
  "stakeholders": [{"id": "00000000-0000-4000-8000-000000000001", "name": "VGZ", "role": "zorgverzekeraar"}],
  "collaboration": {}
}`
	_, err := assess.DecodeCase(strings.NewReader(doc), 0)
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s: %s [%s]\n", p.Path, p.Message, p.Code)
	}
	// Output:
	// stakeholders[0].role: unknown role "zorgverzekeraar"; want one of nursing-home-care, district-nursing, gp, gp-cooperative, gp-out-of-hours, hospital, elderly-care-physician, mental-health, disability-care, zorgkantoor, health-insurer, municipality, public-health-service, inspectorate, healthcare-authority, ministry, research-funder, care-institute, welfare, housing, knowledge-institution, facilitator, client-council, patient-organisation, informal-carers, volunteers, ambulance, pharmacy, acute-care-network, other [unknown-value]
	// collaboration.id: is required [required]
	// collaboration.name: is required [required]
	// collaboration.region: is required [required]
	// collaboration.started: is required [required]
	// collaboration.strategy: is required [required]
}

// FuzzDecodeCase checks that no document makes DecodeCase panic, that it
// gives a case only without an error, that every problem is well formed,
// and that a failure to decode comes first.
func FuzzDecodeCase(f *testing.F) {
	doc := demoDocument(f)
	f.Add(doc)
	f.Add(doc[:len(doc)/3])
	f.Add(`{"stakeholders": [{"role": "x", "id": 5}], "collaboration": {"members": [{"levels": [{"level": true}]}]}}`)
	f.Add(`[{"a": [1, {"b": null}]}]`)
	f.Fuzz(func(t *testing.T, doc string) {
		c, err := assess.DecodeCase(strings.NewReader(doc), 1<<16)
		if err == nil {
			require.NotNil(t, c)
			return
		}
		require.Nil(t, c, "a case only without an error")
		collabtest.RequireWellFormedProblems(t, err)
		var read assess.Case
		if derr := collab.Decode(strings.NewReader(doc), &read, 1<<16); derr != nil {
			require.Equal(t, collab.ProblemsOf(derr)[0], collab.ProblemsOf(err)[0], "the first problem is the one Decode finds")
		}
	})
}
