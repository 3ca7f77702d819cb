package lesson_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallCase is a valid case document, laid out over several lines so that
// line and column numbers can be checked.
const smallCase = `{
  "stakeholders": [
    {"id": "00000000-0000-4000-8000-000000000001", "name": "Zorgkantoor Fryslân", "role": "zorgkantoor"},
    {"id": "00000000-0000-4000-8000-000000000002", "name": "Thuiszorg Noord", "role": "district-nursing"}
  ],
  "collaboration": {
    "id": "00000000-0000-4000-8000-0000000000a1",
    "name": "Samen Oud in Fryslân",
    "region": "friesland",
    "started": "2020-01-01",
    "strategy": "combined",
    "members": [
      {"stakeholder": "00000000-0000-4000-8000-000000000001", "joined": "2020-01-01", "capacityHours": 4},
      {"stakeholder": "00000000-0000-4000-8000-000000000002", "joined": "2020-03-01"}
    ]
  }
}
`

// edit returns smallCase with the first occurrence of old replaced by new;
// it fails the test when old does not occur.
func edit(t *testing.T, old, new string) string {
	t.Helper()
	require.Contains(t, smallCase, old)
	return strings.Replace(smallCase, old, new, 1)
}

func TestDecodeCaseReadsAValidCase(t *testing.T) {
	c, err := lesson.DecodeCase(strings.NewReader(smallCase), 0)
	require.NoError(t, err)
	require.NotNil(t, c)
	assert.Len(t, c.Stakeholders, 2)
	assert.Equal(t, collab.RoleZorgkantoor, c.Stakeholders[0].Role)
	assert.Equal(t, "friesland", c.Collaboration.Region)
	assert.Equal(t, 4.0, c.Collaboration.Members[0].CapacityHours)
}

func TestDecodeCaseIgnoresAByteOrderMark(t *testing.T) {
	c, err := lesson.DecodeCase(strings.NewReader("\uFEFF"+smallCase), 0)
	require.NoError(t, err)
	assert.Equal(t, "Samen Oud in Fryslân", c.Collaboration.Name)
}

func TestDecodeCaseNamesThePlaceOfABadDocument(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		path     string
		code     collab.Code
		contains string
	}{
		{"an empty document is a bad format", "", "", collab.CodeBadFormat, "is empty"},
		{"a document of white space is empty too", " \n\t", "", collab.CodeBadFormat, "is empty"},
		{"a text that is not JSON gives line and column", "stakeholders: none", "", collab.CodeBadFormat, "line 1, column 1"},
		{"a syntax error deep inside gives its path and line",
			edit(t, `"region": "friesland",`, `"region": @friesland,`),
			"collaboration.region", collab.CodeBadFormat, "line 9, column 15"},
		{"a cut-off document names where it stopped",
			smallCase[:strings.Index(smallCase, `"joined": "2020-03-01"`)+10],
			"collaboration.members[1].joined", collab.CodeBadFormat, "cut off"},
		{"a document cut off after a key names that key",
			smallCase[:strings.Index(smallCase, `"strategy":`)+11],
			"collaboration.strategy", collab.CodeBadFormat, "ends too early"},
		{"a number where a list is wanted names the field",
			`{"stakeholders": 5}`, "stakeholders", collab.CodeBadFormat, "JSON number where a list"},
		{"a wrong type in a list names the index",
			edit(t, `"capacityHours": 4`, `"capacityHours": "four"`),
			"collaboration.members[0].capacityHours", collab.CodeBadFormat, "JSON string where a number"},
		{"a number where a date is wanted names the date",
			edit(t, `"joined": "2020-03-01"`, `"joined": 2020`),
			"collaboration.members[1].joined", collab.CodeBadFormat, "a date in quotes"},
		{"an object where a text is wanted names the field",
			edit(t, `"name": "Thuiszorg Noord"`, `"name": {"nl": "Thuiszorg"}`),
			"stakeholders[1].name", collab.CodeBadFormat, "JSON object where a text"},
		{"a list as the whole document is the wrong shape", `[{}]`, "", collab.CodeBadFormat, "JSON array where an object"},
		{"an unknown role names its stakeholder",
			edit(t, `"role": "district-nursing"`, `"role": "thuiszorg"`),
			"stakeholders[1].role", collab.CodeUnknownValue, `unknown role "thuiszorg"`},
		{"an unknown word is found in its field, not in an earlier text equal to it",
			edit(t, `"Thuiszorg Noord", "role": "district-nursing"`, `"gp", "role": "doctor"`),
			"stakeholders[1].role", collab.CodeUnknownValue, `"doctor"`},
		{"an enum word that is valid elsewhere is found where it is not",
			edit(t, `"strategy": "combined"`, `"strategy": "zorgkantoor"`),
			"collaboration.strategy", collab.CodeUnknownValue, `unknown strategy "zorgkantoor"`},
		{"a day that does not exist names the date",
			edit(t, `"started": "2020-01-01"`, `"started": "2020-02-30"`),
			"collaboration.started", collab.CodeBadFormat, `"2020-02-30"`},
		{"a malformed UUID names the ID",
			edit(t, `"id": "00000000-0000-4000-8000-000000000002"`, `"id": "42"`),
			"stakeholders[1].id", collab.CodeBadFormat, `"42" is not a valid UUID`},
		{"an unknown field names the field and suggests the nearest",
			edit(t, `"strategy"`, `"stratgy"`),
			"collaboration.stratgy", collab.CodeBadFormat, `did you mean "strategy"?`},
		{"an unknown field far from every known one gets no suggestion",
			edit(t, `"strategy": "combined",`, `"strategy": "combined", "colour": "blue",`),
			"collaboration.colour", collab.CodeBadFormat, `"colour" is not a known field`},
		{"data after the case is rejected with its place",
			smallCase + `{"stakeholders": []}`, "", collab.CodeBadFormat, "more data after the case, at line 18, column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := lesson.DecodeCase(strings.NewReader(tt.doc), 0)
			require.Error(t, err)
			assert.Nil(t, c)
			var ps collab.Problems
			require.ErrorAs(t, err, &ps)
			require.Len(t, ps, 1, "one decoding problem: %v", err)
			assert.Equal(t, tt.path, ps[0].Path)
			assert.Equal(t, tt.code, ps[0].Code)
			assert.Contains(t, ps[0].Message, tt.contains)
			assert.ErrorIs(t, err, tt.code)
		})
	}
}

func TestDecodeCaseKeepsMessagesShortForPathologicalDocuments(t *testing.T) {
	_, err := lesson.DecodeCase(strings.NewReader(`{"stakeholders": `+strings.Repeat("[", 20000)), 0)
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.True(t, strings.HasPrefix(ps[0].Path, "stakeholders[0][0]"), ps[0].Path)
	assert.True(t, strings.HasSuffix(ps[0].Path, "..."), "a path that would be huge is cut short")
	assert.Less(t, len(ps[0].Path), 300)
	assert.Contains(t, ps[0].Message, "exceeded max depth")

	_, err = lesson.DecodeCase(strings.NewReader(edit(t, `"strategy"`, `"x": 1, "strategy"`)), 0)
	ps = collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, `"x" is not a known field`, ps[0].Message, "a short unknown word gets no far-fetched suggestion")
}

func TestDecodeCaseAcceptsFieldNamesInAnotherCase(t *testing.T) {
	// encoding/json matches field names regardless of case; the strict
	// decoding keeps that, and so must the search for paths.
	c, err := lesson.DecodeCase(strings.NewReader(edit(t, `"strategy"`, `"Strategy"`)), 0)
	require.NoError(t, err)
	assert.Equal(t, collab.StrategyCombined, c.Collaboration.Strategy)

	_, err = lesson.DecodeCase(strings.NewReader(edit(t, `"Thuiszorg Noord", "role": "district-nursing"`, `"x", "ROLE": "nurse"`)), 0)
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "stakeholders[1].ROLE", ps[0].Path)
}

func TestDecodeCaseReturnsTheCaseWithItsValidationProblems(t *testing.T) {
	doc := edit(t, `"region": "friesland"`, `"region": "atlantis"`)
	doc = strings.Replace(doc, `"joined": "2020-03-01"`, `"joined": "2019-03-01"`, 1)
	c, err := lesson.DecodeCase(strings.NewReader(doc), 0)
	require.Error(t, err)
	require.NotNil(t, c, "a well-formed but invalid case comes back for display")
	assert.Equal(t, "atlantis", c.Collaboration.Region)
	paths := map[string]collab.Code{}
	for _, p := range collab.ProblemsOf(err) {
		paths[p.Path] = p.Code
	}
	assert.Equal(t, collab.CodeDanglingReference, paths["collaboration.region"])
	assert.Equal(t, collab.CodeDateOrder, paths["collaboration.members[1].joined"])
}

func TestDecodeCaseRefusesADocumentAboveTheLimit(t *testing.T) {
	_, err := lesson.DecodeCase(strings.NewReader(smallCase), int64(len(smallCase)-1))
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, collab.CodeTooLong, ps[0].Code)
	assert.Contains(t, ps[0].Message, fmt.Sprint(len(smallCase)-1))

	_, err = lesson.DecodeCase(strings.NewReader(smallCase), int64(len(smallCase)))
	assert.NoError(t, err, "a document of exactly the limit is accepted")
}

func TestDecodeCaseDefaultLimitIsMaxCaseBytes(t *testing.T) {
	big := `{"stakeholders": [], "collaboration": {"notes": "` + strings.Repeat("a", int(lesson.MaxCaseBytes)) + `"}}`
	_, err := lesson.DecodeCase(strings.NewReader(big), 0)
	assert.ErrorIs(t, err, collab.CodeTooLong)
}

func TestDecodeCaseWrapsAReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := lesson.DecodeCase(iotest.ErrReader(boom), 0)
	require.ErrorIs(t, err, boom)
	assert.Empty(t, collab.ProblemsOf(err)[0].Path)
	var ps collab.Problems
	assert.False(t, errors.As(err, &ps), "an I/O error is not a problem of the document")
}

func ExampleDecodeCase() {
	doc := `{
  "stakeholders": [{"id": "00000000-0000-4000-8000-000000000001", "name": "VGZ", "role": "zorgverzekeraar"}],
  "collaboration": {}
}`
	_, err := lesson.DecodeCase(strings.NewReader(doc), 0)
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s: %s [%s]\n", p.Path, p.Message, p.Code)
	}
	// Output:
	// stakeholders[0].role: unknown role "zorgverzekeraar"; want one of nursing-home-care, district-nursing, gp, gp-cooperative, gp-out-of-hours, hospital, elderly-care-physician, mental-health, disability-care, zorgkantoor, health-insurer, municipality, public-health-service, inspectorate, healthcare-authority, ministry, research-funder, care-institute, welfare, housing, knowledge-institution, facilitator, client-council, patient-organisation, informal-carers, volunteers, ambulance, pharmacy, acute-care-network, other [unknown-value]
}

// FuzzDecodeCase checks that no document makes DecodeCase panic, and that
// every failure to decode is one problem with a code.
func FuzzDecodeCase(f *testing.F) {
	f.Add(smallCase)
	f.Add(smallCase[:len(smallCase)/3])
	f.Add(`{"stakeholders": [{"role": "x", "id": 5}], "collaboration": {"members": [{"levels": [{"level": true}]}]}}`)
	f.Add(`[{"a": [1, {"b": null}]}]`)
	f.Fuzz(func(t *testing.T, doc string) {
		c, err := lesson.DecodeCase(strings.NewReader(doc), 1<<16)
		if err == nil {
			require.NotNil(t, c)
			return
		}
		ps := collab.ProblemsOf(err)
		require.NotEmpty(t, ps)
		if c == nil {
			require.Len(t, ps, 1)
		}
		for _, p := range ps {
			require.NotEmpty(t, p.Code)
			require.NotEmpty(t, p.Message)
		}
	})
}
