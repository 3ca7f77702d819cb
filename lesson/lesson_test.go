package lesson

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func validLesson() Lesson {
	s, _ := LookupSource(SourceMechanisms2022)
	return Lesson{
		Code:       "mechanism.example-lesson",
		Title:      collab.Text{NL: "Een voorbeeld", EN: "An example"},
		Theme:      ThemeMechanism,
		Mechanisms: []collab.Mechanism{collab.MechanismActors, collab.MechanismLeeway},
		Text:       collab.Text{NL: "Een les in eigen woorden.", EN: "A lesson in our own words."},
		Source:     s,
	}
}

func TestLessonValidate(t *testing.T) {
	with := func(change func(*Lesson)) Lesson {
		l := validLesson()
		change(&l)
		return l
	}
	tests := []struct {
		name   string
		lesson Lesson
		want   []collab.Problem
	}{
		{"a complete lesson is valid", validLesson(), nil},
		{"a code is required", with(func(l *Lesson) { l.Code = "" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeRequired}}},
		{"a code without a dot is malformed", with(func(l *Lesson) { l.Code = "mechanism-ambassadors" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code with two dots is malformed", with(func(l *Lesson) { l.Code = "mechanism.a.b" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code in capitals is malformed", with(func(l *Lesson) { l.Code = "mechanism.Ambassadors" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code with a double hyphen is malformed", with(func(l *Lesson) { l.Code = "mechanism.ask--who" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code ending in a hyphen is malformed", with(func(l *Lesson) { l.Code = "mechanism.ask-" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code with an empty slug is malformed", with(func(l *Lesson) { l.Code = "mechanism." }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code with a space is malformed", with(func(l *Lesson) { l.Code = "mechanism.ask who" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code starting with a digit is malformed", with(func(l *Lesson) { l.Code = "1mechanism.ask" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a code longer than the maximum is too long", with(func(l *Lesson) { l.Code = "mechanism." + strings.Repeat("a", MaxCodeLength) }),
			[]collab.Problem{{Path: "code", Code: collab.CodeTooLong}}},
		{"a code must carry its theme's prefix", with(func(l *Lesson) { l.Code = "network.example-lesson" }),
			[]collab.Problem{{Path: "code", Code: collab.CodeBadFormat}}},
		{"a title needs both languages", with(func(l *Lesson) { l.Title.NL = " " }),
			[]collab.Problem{{Path: "title.nl", Code: collab.CodeRequired}}},
		{"a text needs both languages", with(func(l *Lesson) { l.Text = collab.Text{NL: "Alleen Nederlands."} }),
			[]collab.Problem{{Path: "text.en", Code: collab.CodeRequired}}},
		{"a text longer than the maximum is too long", with(func(l *Lesson) { l.Text.EN = strings.Repeat("x", collab.MaxTextLength+1) }),
			[]collab.Problem{{Path: "text.en", Code: collab.CodeTooLong}}},
		{"a theme is required", with(func(l *Lesson) { l.Theme = ThemeUnknown }),
			[]collab.Problem{{Path: "theme", Code: collab.CodeRequired}}},
		{"an unknown theme is rejected", with(func(l *Lesson) { l.Theme = Theme(42) }),
			[]collab.Problem{{Path: "theme", Code: collab.CodeUnknownValue}}},
		{"at least one mechanism is required", with(func(l *Lesson) { l.Mechanisms = nil }),
			[]collab.Problem{{Path: "mechanisms", Code: collab.CodeRequired}}},
		{"an unset mechanism is reported at its index", with(func(l *Lesson) { l.Mechanisms[1] = collab.MechanismUnknown }),
			[]collab.Problem{{Path: "mechanisms[1]", Code: collab.CodeRequired}}},
		{"an unknown mechanism is rejected", with(func(l *Lesson) { l.Mechanisms[0] = collab.Mechanism(77) }),
			[]collab.Problem{{Path: "mechanisms[0]", Code: collab.CodeUnknownValue}}},
		{"a repeated mechanism is a duplicate", with(func(l *Lesson) { l.Mechanisms = append(l.Mechanisms, collab.MechanismActors) }),
			[]collab.Problem{{Path: "mechanisms[2]", Code: collab.CodeDuplicate}}},
		{"the source is validated below source", with(func(l *Lesson) { l.Source.Date = "2022" }),
			[]collab.Problem{{Path: "source.date", Code: collab.CodeNotAllowed}}},
		{"every problem is collected at once", Lesson{},
			[]collab.Problem{
				{Path: "code", Code: collab.CodeRequired},
				{Path: "title.nl", Code: collab.CodeRequired},
				{Path: "title.en", Code: collab.CodeRequired},
				{Path: "theme", Code: collab.CodeRequired},
				{Path: "mechanisms", Code: collab.CodeRequired},
				{Path: "text.nl", Code: collab.CodeRequired},
				{Path: "text.en", Code: collab.CodeRequired},
				{Path: "source.key", Code: collab.CodeRequired},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertProblems(t, tt.want, collab.ProblemsOf(tt.lesson.Validate()))
		})
	}
}

func TestLessonValidateNamesTheBadCode(t *testing.T) {
	l := validLesson()
	l.Code = "network.example-lesson"
	err := l.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"network.example-lesson"`)
	assert.Contains(t, err.Error(), `"mechanism."`)
	assert.ErrorIs(t, err, collab.CodeBadFormat)
}

func TestValidatingAValidLessonAllocatesNothing(t *testing.T) {
	l := validLesson()
	allocs := testing.AllocsPerRun(100, func() {
		if err := l.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func TestLessonJSONHasExactlyTheDocumentedFields(t *testing.T) {
	l, ok := Default().Lookup("mechanism.national-actors")
	require.True(t, ok)
	b, err := json.Marshal(l)
	require.NoError(t, err)

	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &top))
	assert.Equal(t, []string{"code", "mechanisms", "source", "text", "theme", "title"}, keys(top))

	var nested struct {
		Title      map[string]string `json:"title"`
		Text       map[string]string `json:"text"`
		Source     map[string]string `json:"source"`
		Theme      string            `json:"theme"`
		Mechanisms []string          `json:"mechanisms"`
	}
	require.NoError(t, json.Unmarshal(b, &nested))
	assert.Equal(t, []string{"en", "nl"}, keys(nested.Title))
	assert.Equal(t, []string{"en", "nl"}, keys(nested.Text))
	assert.Equal(t, []string{"date", "key", "publisher", "title"}, keys(nested.Source))
	assert.Equal(t, "mechanism", nested.Theme)
	assert.Equal(t, []string{"actors", "regulatory-leeway"}, nested.Mechanisms)
	assert.Equal(t, SourceMechanisms2022, nested.Source["key"])
	assert.Equal(t, "2022-06-21", nested.Source["date"])
}

func TestLessonJSONRoundTrips(t *testing.T) {
	for _, l := range Default().All() {
		b, err := json.Marshal(l)
		require.NoError(t, err, l.Code)
		var back Lesson
		require.NoError(t, json.Unmarshal(b, &back), l.Code)
		assert.Equal(t, l, back, l.Code)
		assert.NoError(t, back.Validate(), l.Code)
	}
}

func TestLessonJSONRejectsAnUnknownMechanism(t *testing.T) {
	var l Lesson
	err := json.Unmarshal([]byte(`{"code":"mechanism.x","theme":"mechanism","mechanisms":["money"]}`), &l)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"money"`)
}

func TestLessonCloneSharesNothing(t *testing.T) {
	l := validLesson()
	c := l.Clone()
	c.Mechanisms[0] = collab.MechanismUrgency
	assert.Equal(t, collab.MechanismActors, l.Mechanisms[0])
}

func TestLessonBearsOn(t *testing.T) {
	l := validLesson()
	assert.True(t, l.BearsOn(collab.MechanismLeeway))
	assert.False(t, l.BearsOn(collab.MechanismUrgency))
	assert.False(t, l.BearsOn(collab.MechanismUnknown))
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
