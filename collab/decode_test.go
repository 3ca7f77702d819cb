package collab_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// smallDocument is a valid document of stakeholders and their
// collaboration, laid out over several lines so that line and column
// numbers can be checked.
const smallDocument = `{
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

// editDocument returns smallDocument with the first occurrence of old
// replaced by new; it fails the test when old does not occur.
func editDocument(t *testing.T, old, new string) string {
	t.Helper()
	require.Contains(t, smallDocument, old)
	return strings.Replace(smallDocument, old, new, 1)
}

// validateDocument validates every stakeholder and the collaboration of
// doc, with paths from the document's root.
func validateDocument(doc *document) error {
	var v check.Validator
	for i := range doc.Stakeholders {
		v.Item("stakeholders", i)
		v.AddError("", doc.Stakeholders[i].Validate())
		v.Leave()
	}
	v.Enter("collaboration")
	v.AddError("", doc.Collaboration.Validate())
	v.Leave()
	return v.Err()
}

func TestDecodeReadsAValidDocument(t *testing.T) {
	var doc document
	require.NoError(t, collab.Decode(strings.NewReader(smallDocument), &doc, 0))
	require.NoError(t, validateDocument(&doc))
	assert.Len(t, doc.Stakeholders, 2)
	assert.Equal(t, collab.RoleZorgkantoor, doc.Stakeholders[0].Role)
	assert.Equal(t, "friesland", doc.Collaboration.Region)
	h, ok := doc.Collaboration.Members[0].Hours()
	assert.True(t, ok)
	assert.Equal(t, 4.0, h)
}

func TestDecodeReadsAStreamThatDoesNotTellItsLength(t *testing.T) {
	var doc document
	require.NoError(t, collab.Decode(iotest.OneByteReader(strings.NewReader(smallDocument)), &doc, 0))
	assert.Len(t, doc.Collaboration.Members, 2)

	err := collab.Decode(iotest.OneByteReader(strings.NewReader(smallDocument)), &doc, 100)
	assert.ErrorIs(t, err, collab.CodeTooLong)
}

func TestDecodeIgnoresAByteOrderMark(t *testing.T) {
	var doc document
	require.NoError(t, collab.Decode(strings.NewReader("\uFEFF"+smallDocument), &doc, 0))
	assert.Equal(t, "Samen Oud in Fryslân", doc.Collaboration.Name)
}

func TestDecodeDoesNotValidate(t *testing.T) {
	var doc document
	require.NoError(t, collab.Decode(strings.NewReader(`{"collaboration": {"region": "atlantis"}}`), &doc, 0))
	assert.Error(t, doc.Collaboration.Validate(), "the decoded value is left for the caller to validate")
}

func TestDecodeNamesThePlaceOfABadDocument(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		path     string
		code     collab.Code
		contains string
	}{
		{"an empty document is a bad format", "", "", collab.CodeBadFormat, "is empty; an object {...} is wanted"},
		{"a document of white space is empty too", " \n\t", "", collab.CodeBadFormat, "is empty"},
		{"a text that is not JSON gives line and column", "stakeholders: none", "", collab.CodeBadFormat, "line 1, column 1"},
		{"a syntax error deep inside gives its path and line",
			editDocument(t, `"region": "friesland",`, `"region": @friesland,`),
			"collaboration.region", collab.CodeBadFormat, "line 9, column 15"},
		{"a cut-off document names where it stopped",
			smallDocument[:strings.Index(smallDocument, `"joined": "2020-03-01"`)+10],
			"collaboration.members[1].joined", collab.CodeBadFormat, "cut off"},
		{"a document cut off after a key names that key",
			smallDocument[:strings.Index(smallDocument, `"strategy":`)+11],
			"collaboration.strategy", collab.CodeBadFormat, "ends too early"},
		{"a number where a list is wanted names the field",
			`{"stakeholders": 5}`, "stakeholders", collab.CodeBadFormat, "JSON number where a list"},
		{"a wrong type in a list names the index",
			editDocument(t, `"capacityHours": 4`, `"capacityHours": "four"`),
			"collaboration.members[0].capacityHours", collab.CodeBadFormat, "JSON string where a number"},
		{"a number where a date is wanted names the date",
			editDocument(t, `"joined": "2020-03-01"`, `"joined": 2020`),
			"collaboration.members[1].joined", collab.CodeBadFormat, "a date in quotes"},
		{"an object where a text is wanted names the field",
			editDocument(t, `"name": "Thuiszorg Noord"`, `"name": {"nl": "Thuiszorg"}`),
			"stakeholders[1].name", collab.CodeBadFormat, "JSON object where a text"},
		{"a list as the whole document is the wrong shape", `[{}]`, "", collab.CodeBadFormat, "JSON array where an object"},
		{"an unknown role names its stakeholder",
			editDocument(t, `"role": "district-nursing"`, `"role": "thuiszorg"`),
			"stakeholders[1].role", collab.CodeUnknownValue, `unknown role "thuiszorg"`},
		{"an unknown word is found in its field, not in an earlier text equal to it",
			editDocument(t, `"Thuiszorg Noord", "role": "district-nursing"`, `"gp", "role": "doctor"`),
			"stakeholders[1].role", collab.CodeUnknownValue, `"doctor"`},
		{"an enum word that is valid elsewhere is found where it is not",
			editDocument(t, `"strategy": "combined"`, `"strategy": "zorgkantoor"`),
			"collaboration.strategy", collab.CodeUnknownValue, `unknown strategy "zorgkantoor"`},
		{"an empty enum word is found where it is refused",
			editDocument(t, `"role": "district-nursing"`, `"role": ""`),
			"stakeholders[1].role", collab.CodeUnknownValue, "role"},
		{"a day that does not exist names the date",
			editDocument(t, `"started": "2020-01-01"`, `"started": "2020-02-30"`),
			"collaboration.started", collab.CodeBadFormat, `"2020-02-30"`},
		{"a malformed UUID names the ID",
			editDocument(t, `"id": "00000000-0000-4000-8000-000000000002"`, `"id": "42"`),
			"stakeholders[1].id", collab.CodeBadFormat, `"42" is not a valid UUID`},
		{"an unknown field names the field and suggests the nearest",
			editDocument(t, `"strategy"`, `"stratgy"`),
			"collaboration.stratgy", collab.CodeBadFormat, `did you mean "strategy"?`},
		{"an unknown field far from every known one gets no suggestion",
			editDocument(t, `"strategy": "combined",`, `"strategy": "combined", "colour": "blue",`),
			"collaboration.colour", collab.CodeBadFormat, `"colour" is not a known field`},
		{"data after the document is rejected with its place",
			smallDocument + `{"stakeholders": []}`, "", collab.CodeBadFormat, "holds more data after the document, at line 18, column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc document
			err := collab.Decode(strings.NewReader(tt.doc), &doc, 0)
			require.Error(t, err)
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

func TestDecodeFollowsTheTypeOfAnyRoot(t *testing.T) {
	var roles []collab.Role
	err := collab.Decode(strings.NewReader(`["gp", "zorgkantoor", "dokter"]`), &roles, 0)
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "[2]", ps[0].Path, "a list at the root is indexed from the root")
	assert.Equal(t, collab.CodeUnknownValue, ps[0].Code)

	var byRegion map[string][]collab.Date
	err = collab.Decode(strings.NewReader(`{"zeeland": ["2020-01-01"], "drenthe": ["2021-01-01", "2021-13-01"]}`), &byRegion, 0)
	ps = collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "drenthe[1]", ps[0].Path, "map keys are path steps")

	var anything any
	require.NoError(t, collab.Decode(strings.NewReader(`{"a": [1, "x", null]}`), &anything, 0))
	err = collab.Decode(strings.NewReader(``), &anything, 0)
	assert.Equal(t, "is empty; a JSON value is wanted", collab.ProblemsOf(err)[0].Message)
}

func TestDecodeKeepsMessagesShortForPathologicalDocuments(t *testing.T) {
	var doc document
	err := collab.Decode(strings.NewReader(`{"stakeholders": `+strings.Repeat("[", 20000)), &doc, 0)
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.True(t, strings.HasPrefix(ps[0].Path, "stakeholders[0][0]"), ps[0].Path)
	assert.True(t, strings.HasSuffix(ps[0].Path, "..."), "a path that would be huge is cut short")
	assert.Less(t, len(ps[0].Path), 300)
	assert.Contains(t, ps[0].Message, "exceeded max depth")

	err = collab.Decode(strings.NewReader(editDocument(t, `"strategy"`, `"x": 1, "strategy"`)), &doc, 0)
	ps = collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, `"x" is not a known field`, ps[0].Message, "a short unknown word gets no far-fetched suggestion")

	long := strings.Repeat("strategy", 9)
	err = collab.Decode(strings.NewReader(editDocument(t, `"strategy"`, `"`+long+`"`)), &doc, 0)
	ps = collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, fmt.Sprintf("%q is not a known field", long), ps[0].Message, "a key of more than 64 bytes gets no suggestion")
}

func TestDecodeIsAsStrictAsTheSchema(t *testing.T) {
	const first = `"00000000-0000-4000-8000-000000000001"`
	tests := []struct {
		name     string
		old, new string
		path     string
		message  string
	}{
		{"a field name in another case is not the field", `"strategy"`, `"STRATEGY"`,
			"collaboration.STRATEGY", `"STRATEGY" is not a known field; did you mean "strategy"?`},
		{"a key given twice is refused, even when the values agree", `"strategy": "combined"`, `"strategy": "combined", "strategy": "combined"`,
			"collaboration.strategy", "is given twice in one object"},
		{"an ID given twice is refused, not overwritten", `"id": "00000000-0000-4000-8000-0000000000a1",`, `"id": "00000000-0000-4000-8000-0000000000a1", "id": "00000000-0000-4000-8000-0000000000a2",`,
			"collaboration.id", "is given twice"},
		{"a UUID in braces is not in the schema's form", `"id": ` + first, `"id": "{00000000-0000-4000-8000-000000000001}"`,
			"stakeholders[0].id", "is not a valid UUID"},
		{"a UUID as a URN is not in the schema's form", `"id": ` + first, `"id": "urn:uuid:00000000-0000-4000-8000-000000000001"`,
			"stakeholders[0].id", "is not a valid UUID"},
		{"a UUID without hyphens is not in the schema's form", `"id": ` + first, `"id": "00000000000040008000000000000001"`,
			"stakeholders[0].id", "is not a valid UUID"},
		{"null for a list the schema wants is refused", `"members": [`, `"roleHolders": null, "members": [`,
			"collaboration.roleHolders", "is null where a list [...] is wanted"},
		{"null for a text is refused", `"name": "Samen Oud in Fryslân"`, `"name": null`,
			"collaboration.name", "is null where a text in quotes is wanted"},
		{"null in a list of IDs is refused", `"id": ` + first, `"id": null`,
			"stakeholders[0].id", "is null where a UUID in quotes is wanted"},
		{"invalid UTF-8 is refused, not replaced", `"Thuiszorg Noord"`, "\"Thuiszorg \xff Noord\"",
			"stakeholders[1].name", "not valid UTF-8"},
		{"a lone surrogate is refused, not replaced", `"Thuiszorg Noord"`, `"Thuiszorg \ud800 Noord"`,
			"stakeholders[1].name", `lone surrogate \ud800`},
		{"a low surrogate alone is refused too", `"Thuiszorg Noord"`, `"Thuiszorg \udc00 Noord"`,
			"stakeholders[1].name", "lone surrogate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc document
			err := collab.Decode(strings.NewReader(editDocument(t, tt.old, tt.new)), &doc, 0)
			ps := collab.ProblemsOf(err)
			require.Len(t, ps, 1, "%v", err)
			assert.Equal(t, tt.path, ps[0].Path)
			assert.Equal(t, collab.CodeBadFormat, ps[0].Code)
			assert.Contains(t, ps[0].Message, tt.message)
		})
	}

	t.Run("a surrogate pair is one character and is accepted", func(t *testing.T) {
		var doc document
		require.NoError(t, collab.Decode(strings.NewReader(editDocument(t, `"Thuiszorg Noord"`, `"Thuiszorg \ud83d\ude00 Noord"`)), &doc, 0))
		assert.Equal(t, "Thuiszorg \U0001F600 Noord", doc.Stakeholders[1].Name)
	})
	t.Run("null where the schema allows it is accepted", func(t *testing.T) {
		var doc document
		require.NoError(t, collab.Decode(strings.NewReader(`{"stakeholders": null, "collaboration": {}}`), &doc, 0))
	})
}

func TestDecodeRefusesADocumentAboveTheLimit(t *testing.T) {
	var doc document
	err := collab.Decode(strings.NewReader(smallDocument), &doc, int64(len(smallDocument)-1))
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, collab.CodeTooLong, ps[0].Code)
	assert.Empty(t, ps[0].Path)
	assert.Contains(t, ps[0].Message, fmt.Sprint(len(smallDocument)-1))

	assert.NoError(t, collab.Decode(strings.NewReader(smallDocument), &doc, int64(len(smallDocument))),
		"a document of exactly the limit is accepted")
	assert.NoError(t, collab.Decode(strings.NewReader(smallDocument), &doc, math.MaxInt64),
		"the largest limit there is means no limit")
}

func TestDecodeDefaultLimitIsMaxDocumentBytes(t *testing.T) {
	big := `{"stakeholders": [], "collaboration": {"notes": "` + strings.Repeat("a", int(collab.MaxDocumentBytes)) + `"}}`
	for _, limit := range []int64{0, -1} {
		var doc document
		err := collab.Decode(strings.NewReader(big), &doc, limit)
		assert.ErrorIs(t, err, collab.CodeTooLong, "limit %d", limit)
	}
}

func TestDecodeWrapsAReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	var doc document
	err := collab.Decode(iotest.ErrReader(boom), &doc, 0)
	require.ErrorIs(t, err, boom)
	var ps collab.Problems
	assert.False(t, errors.As(err, &ps), "an I/O error is not a problem of the document")
}

func TestDecodeWantsAPointer(t *testing.T) {
	var doc document
	var invalid *json.InvalidUnmarshalError
	for _, v := range []any{doc, nil, (*document)(nil)} {
		err := collab.Decode(strings.NewReader(smallDocument), v, 0)
		require.ErrorAs(t, err, &invalid, "%T", v)
		var ps collab.Problems
		assert.False(t, errors.As(err, &ps), "a programming error is not a problem of the document")
	}
}

func ExampleDecode() {
	doc := `{
  "stakeholders": [{"id": "00000000-0000-4000-8000-000000000001", "name": "VGZ", "role": "health-insurer"}],
  "collaboration": {"name": "Zorgzaam Zuid", "strategy": "combined",
    "members": [{"stakeholder": "00000000-0000-4000-8000-000000000001", "joined": "2024-02-30"}]}
}`
	var v struct {
		Stakeholders  []collab.Stakeholder `json:"stakeholders"`
		Collaboration collab.Collaboration `json:"collaboration"`
	}
	err := collab.Decode(strings.NewReader(doc), &v, 0)
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s: %s [%s]\n", p.Path, p.Message, p.Code)
	}
	// Output:
	// collaboration.members[0].joined: bad date "2024-02-30"; want an existing day as YYYY-MM-DD [bad-format]
}

func TestDecodeValidGivesAValueOnlyWithoutAnError(t *testing.T) {
	const valid = `{"id": "00000000-0000-4000-8000-000000000001", "name": "VGZ", "role": "health-insurer"}`
	boom := errors.New("disk on fire")
	tests := []struct {
		name  string
		r     io.Reader
		limit int64
		want  []string // path and code of every problem
		cause error    // the error of r, passed on
	}{
		{"a valid stakeholder is read and handed out", strings.NewReader(valid), 0, nil, nil},
		{"a value that cannot be read gives its problem, then those of Validate, and no stakeholder",
			strings.NewReader(`{"id": "00000000-0000-4000-8000-000000000001", "role": "insurer"}`), 0,
			[]string{"role unknown-value", "name required"}, nil},
		{"every value that cannot be read is named, each once, in document order",
			strings.NewReader(`{"id": 5, "name": "VGZ", "role": "insurer"}`), 0,
			[]string{"id bad-format", "role unknown-value"}, nil},
		{"an unknown field stops the reading there",
			strings.NewReader(`{"id": "00000000-0000-4000-8000-000000000001", "nmae": "VGZ", "role": "insurer"}`), 0,
			[]string{"nmae bad-format"}, nil},
		{"a document that is not JSON gives its one problem",
			strings.NewReader(`{"id": "00000000-0000-4000-8000-000000000001", "role": "insurer",`), 0,
			[]string{" bad-format"}, nil},
		{"a document that is read but not valid gives every problem of Validate and no stakeholder",
			strings.NewReader(`{"id": "00000000-0000-4000-8000-000000000001", "agb": "12"}`), 0,
			[]string{"name required", "role required", "agb bad-format"}, nil},
		{"a document over the limit is too long", strings.NewReader(valid), int64(len(valid) - 1),
			[]string{" too-long"}, nil},
		{"a document of exactly the limit is read", strings.NewReader(valid), int64(len(valid)), nil, nil},
		{"a negative limit means MaxDocumentBytes", strings.NewReader(valid), -1, nil, nil},
		{"a reader that fails gives its error and no stakeholder", iotest.ErrReader(boom), 0, nil, boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := collab.DecodeValid[collab.Stakeholder](tt.r, tt.limit)
			if tt.want == nil && tt.cause == nil {
				require.NoError(t, err)
				require.NotNil(t, s)
				assert.Equal(t, "VGZ", s.Name)
				return
			}
			require.Error(t, err)
			assert.Nil(t, s, "no value beside an error")
			if tt.cause != nil {
				assert.ErrorIs(t, err, tt.cause)
				return
			}
			var got []string
			for _, p := range collab.ProblemsOf(err) {
				got = append(got, p.Path+" "+string(p.Code))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// DecodeValid reads and validates in one step, and hands out a value only
// when both succeed; every DecodeX function of the module has its shape.
func ExampleDecodeValid() {
	doc := `{"id": "00000000-0000-4000-8000-000000000001", "name": "VGZ", "role": "health-insurer", "kvk": "123"}`
	s, err := collab.DecodeValid[collab.Stakeholder](strings.NewReader(doc), 0)
	fmt.Println(s == nil)
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s: %s [%s]\n", p.Path, p.Message, p.Code)
	}
	// Output:
	// true
	// kvk: "123" is not a KVK number of exactly 8 digits [bad-format]
}

// FuzzDecode checks, through collabtest.RoundTrip, that no document makes
// Decode panic, that every failure to decode is one well-formed problem,
// and that a valid document survives a round trip.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(smallDocument))
	f.Add([]byte(smallDocument[:len(smallDocument)/3]))
	f.Add([]byte(`{"stakeholders": [{"role": "x", "id": 5}], "collaboration": {"members": [{"levels": [{"level": true}]}]}}`))
	f.Add([]byte(`[{"a": [1, {"b": null}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		collabtest.RoundTrip(t, data, validateDocument)
	})
}
