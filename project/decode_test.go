package project_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeNamesThePathOfABadValue(t *testing.T) {
	base := string(readFixture(t, "friesland-anw-model"))
	tests := []struct {
		name        string
		old, new    string
		wantPath    string
		wantCode    collab.Code
		wantMessage string
	}{
		{"an unknown theme word", `"acute-care"`, `"robots"`,
			"themes[1]", collab.CodeUnknownValue, `unknown theme "robots"`},
		{"an empty theme word", `"acute-care"`, `""`,
			"themes[1]", collab.CodeUnknownValue, "empty theme"},
		{"an unknown phase word", `"phase": "pilot"`, `"phase": "trial"`,
			"phases[2].phase", collab.CodeUnknownValue, `unknown phase "trial"`},
		{"an unknown scale", `"scale": "programme"`, `"scale": "huge"`,
			"scale", collab.CodeUnknownValue, `unknown scale "huge"`},
		{"an unknown funding source", `"source": "zonmw-impulse"`, `"source": "lottery"`,
			"funding[1].source", collab.CodeUnknownValue, `unknown funding source "lottery"`},
		{"an unknown level", `"level": "manager"`, `"level": "boss"`,
			"participants[0].levels[1].level", collab.CodeUnknownValue, `unknown level "boss"`},
		{"an unknown mechanism", `"regulatory-leeway"`, `"luck"`,
			"mechanisms[1]", collab.CodeUnknownValue, `unknown mechanism "luck"`},
		{"a day that does not exist", `"since": "2021-03-01"`, `"since": "2021-02-30"`,
			"phases[2].since", collab.CodeBadFormat, `bad date "2021-02-30"`},
		{"a field the project does not have", `"keyPeople": 5`, `"keyPeople": 5, "budget": 12`,
			"budget", collab.CodeBadFormat, "not a known field"},
		{"a number that is text", `"keyPeople": 5`, `"keyPeople": "five"`,
			"keyPeople", collab.CodeBadFormat, "JSON string"},
		{"an amount with a fraction", `"amount": 40000000`, `"amount": 400000.5`,
			"funding[0].amount", collab.CodeBadFormat, "JSON number"},
		{"broken JSON", `"scale": "programme",`, `"scale": "programme"`,
			"", collab.CodeBadFormat, "is not valid JSON at line 11, column 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, base, tt.old)
			doc := strings.Replace(base, tt.old, tt.new, 1)
			_, err := project.Decode(strings.NewReader(doc), 0)
			require.Error(t, err)
			ps := collab.ProblemsOf(err)
			require.Len(t, ps, 1)
			assert.Equal(t, tt.wantPath, ps[0].Path)
			assert.Equal(t, tt.wantCode, ps[0].Code)
			assert.Contains(t, ps[0].Message, tt.wantMessage)
			assert.ErrorIs(t, err, tt.wantCode)
		})
	}
}

func TestDecodeValidatesWhatItReads(t *testing.T) {
	doc := strings.Replace(string(readFixture(t, "utrecht-onue")),
		`"phase": "embedded",`, `"phase": "idea",`, 1)
	p, err := project.Decode(strings.NewReader(doc), 0)
	assert.Equal(t, []string{"phases[4].phase not-allowed"}, problems(err),
		"going back from implementation to idea is caught after decoding")
	assert.Nil(t, p, "an invalid project is not handed out")
}

func TestDecodeRejectsDataAfterTheDocument(t *testing.T) {
	doc := string(readFixture(t, "utrecht-onue")) + `{"id": "x"}`
	_, err := project.Decode(strings.NewReader(doc), 0)
	assert.Equal(t, []string{" bad-format"}, problems(err))
}

func TestDecodePortfolio(t *testing.T) {
	a := string(readFixture(t, "utrecht-onue"))
	b := string(readFixture(t, "drenthe-acute-care-vvt"))
	pf, err := project.DecodePortfolio(strings.NewReader(`{"projects": [`+a+`,`+b+`]}`), 0)
	require.NoError(t, err)
	assert.Equal(t, 2, pf.Len())

	_, err = project.DecodePortfolio(strings.NewReader(`{"projects": [`+a+`,`+strings.Replace(b, `"triage"`, `"tria"`, 1)+`]}`), 0)
	assert.Equal(t, []string{"projects[1].themes[1] unknown-value"}, problems(err))

	_, err = project.DecodePortfolio(strings.NewReader(`{"projects": [`+a+`,`+a+`]}`), 0)
	assert.Equal(t, []string{"projects[1].id duplicate"}, problems(err))
}

func TestDecodeIgnoresAByteOrderMark(t *testing.T) {
	p, err := project.Decode(bytes.NewReader(append([]byte("\uFEFF"), readFixture(t, "utrecht-onue")...)), 0)
	require.NoError(t, err)
	assert.NotEmpty(t, p.Title)
}

func TestDecodeAppliesTheLimitItIsGiven(t *testing.T) {
	// White space after the project makes the document larger than the
	// default limit without making it slow to read.
	doc := append(readFixture(t, "utrecht-onue"), bytes.Repeat([]byte{' '}, int(collab.MaxDocumentBytes))...)
	p, err := project.Decode(bytes.NewReader(doc), 0)
	assert.Equal(t, []string{" too-long"}, problems(err), "zero means the default limit, collab.MaxDocumentBytes")
	assert.Nil(t, p)
	_, err = project.Decode(bytes.NewReader(doc), int64(len(doc)))
	assert.NoError(t, err, "a document already in memory is read whatever its size when its length is the limit")

	pfDoc := append([]byte(`{"projects": []}`), doc[len(doc)-int(collab.MaxDocumentBytes):]...)
	pf, err := project.DecodePortfolio(bytes.NewReader(pfDoc), -1)
	assert.Equal(t, []string{" too-long"}, problems(err), "a negative limit means the default too")
	assert.Nil(t, pf)
	_, err = project.DecodePortfolio(bytes.NewReader(pfDoc), int64(len(pfDoc)))
	assert.NoError(t, err)
}
