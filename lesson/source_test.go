package lesson

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSourcesAreTheFiveArticles(t *testing.T) {
	want := map[string]string{
		SourceMechanisms2022:        "2022-06-21",
		SourceWebinar2021:           "2021-03-10",
		SourceProgrammeManagers2021: "2021-04",
		SourceCapacity2020:          "2020-03-10",
		SourceZorgkantoor2020:       "2020-07-07",
	}
	all := Sources()
	require.Len(t, all, len(want))
	for i, s := range all {
		assert.Equal(t, want[s.Key], s.Date, "date of %s", s.Key)
		assert.NotEmpty(t, s.Title)
		assert.NotEmpty(t, s.Publisher)
		assert.NoError(t, s.Validate())
		for _, other := range all[:i] {
			assert.NotEqual(t, other.Key, s.Key, "keys are unique")
		}
		found, ok := LookupSource(s.Key)
		require.True(t, ok)
		assert.Equal(t, s, found)
	}
}

func TestSourcesReturnsAFreshSlice(t *testing.T) {
	a := Sources()
	a[0].Title = "changed"
	assert.NotEqual(t, "changed", Sources()[0].Title)
	s, _ := LookupSource(a[0].Key)
	assert.NotEqual(t, "changed", s.Title)
}

func TestLookupSourceReportsAnUnknownKey(t *testing.T) {
	_, ok := LookupSource("blog-2019")
	assert.False(t, ok)
	_, ok = LookupSource("")
	assert.False(t, ok)
}

func TestSourceStringCitesTitleAndDate(t *testing.T) {
	s, ok := LookupSource(SourceProgrammeManagers2021)
	require.True(t, ok)
	assert.Equal(t, "Regionaal samenwerken in de langdurige zorg heeft de toekomst (2021-04)", s.String())
	assert.Equal(t, "", Source{}.String())
}

func TestSourceValidate(t *testing.T) {
	known, _ := LookupSource(SourceWebinar2021)
	with := func(change func(*Source)) Source {
		s := known
		change(&s)
		return s
	}
	tests := []struct {
		name   string
		source Source
		want   []collab.Problem
	}{
		{"a known source unchanged is valid", known, nil},
		{"an empty source needs a key", Source{}, []collab.Problem{{Path: "key", Code: collab.CodeRequired}}},
		{"an unknown key is rejected", with(func(s *Source) { s.Key = "blog-2019" }),
			[]collab.Problem{{Path: "key", Code: collab.CodeUnknownValue}}},
		{"a changed title is not allowed", with(func(s *Source) { s.Title = "Another title" }),
			[]collab.Problem{{Path: "title", Code: collab.CodeNotAllowed}}},
		{"missing publisher and date are both reported", with(func(s *Source) { s.Publisher, s.Date = "", "" }),
			[]collab.Problem{{Path: "publisher", Code: collab.CodeRequired}, {Path: "date", Code: collab.CodeRequired}}},
		{"a key alone is not enough", Source{Key: SourceCapacity2020},
			[]collab.Problem{{Path: "title", Code: collab.CodeRequired}, {Path: "publisher", Code: collab.CodeRequired}, {Path: "date", Code: collab.CodeRequired}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collab.ProblemsOf(tt.source.Validate())
			assertProblems(t, tt.want, got)
		})
	}
}

func TestSourceValidateNamesTheDifference(t *testing.T) {
	s, _ := LookupSource(SourceCapacity2020)
	s.Date = "2020-03-11"
	err := s.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"2020-03-11"`)
	assert.Contains(t, err.Error(), `"2020-03-10"`)
}

// assertProblems compares problems by path and code (messages are checked
// where a test cares about them).
func assertProblems(t *testing.T, want, got []collab.Problem) {
	t.Helper()
	type pc struct {
		Path string
		Code collab.Code
	}
	var w, g []pc
	for _, p := range want {
		w = append(w, pc{p.Path, p.Code})
	}
	for _, p := range got {
		g = append(g, pc{p.Path, p.Code})
		assert.NotEmpty(t, p.Message, "problem at %s has a message", p.Path)
	}
	assert.Equal(t, w, g)
}
