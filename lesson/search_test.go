package lesson

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codesOf(results []Result) []string {
	out := make([]string, len(results))
	for i, r := range results {
		out[i] = r.Lesson.Code
	}
	return out
}

func TestSearchFindsLessonsInEitherLanguage(t *testing.T) {
	tests := []struct {
		name  string
		query Query
		first string
	}{
		{"a Dutch word finds the lesson", Query{Text: "ambassadeurs"}, "mechanism.ambassadors"},
		{"the English word finds the same lesson", Query{Text: "ambassadors"}, "mechanism.ambassadors"},
		{"a Dutch phrase ranks the lesson that holds all its words first", Query{Text: "woud aan netwerken"}, "network.forest-of-networks"},
		{"an English phrase does the same", Query{Text: "a forest of networks"}, "network.forest-of-networks"},
		{"a Dutch domain term is found", Query{Text: "schakelafdeling"}, "mechanism.shared-care-practice"},
		{"abbreviations are found", Query{Text: "IGJ ANW"}, "mechanism.national-actors"},
		{"Dutch words for the zorgkantoor at the table", Query{Text: "zorgkantoor tafel"}, "financier.zorgkantoor-at-table"},
		{"a word of the code is found", Query{Text: "regelruimte"}, "mechanism.regelruimte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Default().Search(tt.query)
			require.NotEmpty(t, got)
			assert.Equal(t, tt.first, got[0].Lesson.Code)
		})
	}
}

func TestSearchIgnoresCaseAndDiacritics(t *testing.T) {
	want := codesOf(Default().Search(Query{Text: "client"}))
	require.NotEmpty(t, want)
	assert.Contains(t, want, "network.patient-perspective")
	for _, q := range []string{"cliënt", "CLIËNT", "Client", "clie\u0308nt"} {
		assert.Equal(t, want, codesOf(Default().Search(Query{Text: q})), "query %q", q)
	}
	// And the other way round: a plain query finds a word written with a
	// diacritic ("patiënt" in Dutch).
	nl := codesOf(Default().Search(Query{Text: "patient", Language: collab.Dutch}))
	assert.Contains(t, nl, "network.patient-perspective")
}

func TestSearchMatchesWordBeginnings(t *testing.T) {
	got := Default().Search(Query{Text: "urgen"})
	codes := codesOf(got)
	assert.Contains(t, codes, "mechanism.urgency-fluctuates")
	assert.Contains(t, codes, "network.shared-event")

	nl := codesOf(Default().Search(Query{Text: "urgen", Language: collab.Dutch}))
	en := codesOf(Default().Search(Query{Text: "urgen", Language: collab.English}))
	assert.Contains(t, nl, "mechanism.urgency-fluctuates", "finds urgentie")
	assert.Contains(t, en, "mechanism.urgency-fluctuates", "finds urgency")

	assert.Empty(t, codesOf(Default().Search(Query{Text: "ur"})), "two characters match whole words only")
	assert.Equal(t, []string{"capacity.two-legged-professional"}, codesOf(Default().Search(Query{Text: "tweebenig"})))
}

func TestSearchLanguageLimitsTheTexts(t *testing.T) {
	assert.NotEmpty(t, codesOf(Default().Search(Query{Text: "verpleeghuis", Language: collab.Dutch})))
	assert.Empty(t, codesOf(Default().Search(Query{Text: "verpleeghuis", Language: collab.English})))
	assert.Empty(t, codesOf(Default().Search(Query{Text: "hospital", Language: collab.Dutch})))
	assert.NotEmpty(t, codesOf(Default().Search(Query{Text: "hospital", Language: collab.English})))
	assert.Equal(t,
		codesOf(Default().Search(Query{Text: "hospital"})),
		codesOf(Default().Search(Query{Text: "hospital", Language: collab.Language(9)})),
		"an unknown language searches both")
}

func TestSearchFilters(t *testing.T) {
	t.Run("a mechanism alone gives its lessons ordered by code", func(t *testing.T) {
		got := Default().Search(Query{Mechanism: collab.MechanismLeeway})
		assert.Equal(t, []string{
			"mechanism.bottlenecks-national-agenda",
			"mechanism.national-actors",
			"mechanism.regelruimte",
			"network.legislation-financing",
		}, codesOf(got))
		for _, r := range got {
			assert.Zero(t, r.Matched)
			assert.Zero(t, r.Score)
		}
	})
	t.Run("a theme alone gives its lessons", func(t *testing.T) {
		got := Default().Search(Query{Theme: ThemeCapacity})
		assert.Len(t, got, len(Default().ByTheme(ThemeCapacity)))
		for _, r := range got {
			assert.Equal(t, ThemeCapacity, r.Lesson.Theme)
		}
	})
	t.Run("text and filters combine", func(t *testing.T) {
		all := Default().Search(Query{Text: "zorgkantoor"})
		infra := Default().Search(Query{Text: "zorgkantoor", Mechanism: collab.MechanismInfrastructure})
		require.NotEmpty(t, infra)
		assert.Less(t, len(infra), len(all))
		for _, r := range infra {
			assert.True(t, r.Lesson.BearsOn(collab.MechanismInfrastructure))
		}
		fin := Default().Search(Query{Text: "zorgkantoor", Theme: ThemeFinancier, Mechanism: collab.MechanismActors})
		for _, r := range fin {
			assert.Equal(t, ThemeFinancier, r.Lesson.Theme)
			assert.True(t, r.Lesson.BearsOn(collab.MechanismActors))
		}
		assert.Equal(t, "financier.zorgkantoor-at-table", fin[0].Lesson.Code)
	})
	t.Run("an invalid mechanism filter finds nothing", func(t *testing.T) {
		assert.Empty(t, codesOf(Default().Search(Query{Mechanism: collab.Mechanism(40)})))
	})
	t.Run("the limit caps the results", func(t *testing.T) {
		full := Default().Search(Query{Text: "zorgkantoor"})
		require.Greater(t, len(full), 2)
		got := Default().Search(Query{Text: "zorgkantoor", Limit: 2})
		assert.Equal(t, codesOf(full[:2]), codesOf(got))
	})
	t.Run("no query gives every lesson ordered by code", func(t *testing.T) {
		got := Default().Search(Query{})
		assert.Len(t, got, Default().Len())
		for i := 1; i < len(got); i++ {
			assert.Less(t, got[i-1].Lesson.Code, got[i].Lesson.Code)
		}
	})
}

func TestSearchRanking(t *testing.T) {
	mk := func(code, title, text string) Lesson {
		l := validLesson()
		l.Code = code
		l.Title = collab.Text{EN: title, NL: title}
		l.Text = collab.Text{EN: text, NL: text}
		return l
	}
	cat, err := NewCatalogue([]Lesson{
		mk("mechanism.delta", "Other", "Triage anywhere."),
		mk("mechanism.beta", "Other", "A triage example with a tool."),
		mk("mechanism.charlie", "Other", "Triage everywhere."),
		mk("mechanism.alpha", "Triage tools", "Some words."),
		mk("mechanism.echo", "Nothing", "Nothing to see."),
	})
	require.NoError(t, err)

	got := cat.Search(Query{Text: "triage tool"})
	type rank struct {
		Code           string
		Matched, Score int
	}
	var ranks []rank
	for _, r := range got {
		ranks = append(ranks, rank{r.Lesson.Code, r.Matched, r.Score})
	}
	assert.Equal(t, []rank{
		{"mechanism.alpha", 2, scoreTitleWord + scoreTitlePrefix}, // both words, in the title
		{"mechanism.beta", 2, scoreTextWord + scoreTextWord},      // both words, in the text
		{"mechanism.charlie", 1, scoreTextWord},                   // one word; ties broken by code
		{"mechanism.delta", 1, scoreTextWord},
	}, ranks)

	code := cat.Search(Query{Text: "echo"})
	require.Len(t, code, 1)
	assert.Equal(t, scoreTitleWord, code[0].Score, "a word of the code counts as a title word")
}

func TestSearchIgnoresStopWordsUnlessNothingElseIsLeft(t *testing.T) {
	assert.Equal(t,
		codesOf(Default().Search(Query{Text: "ambassadors"})),
		codesOf(Default().Search(Query{Text: "the ambassadors"})))
	with := Default().Search(Query{Text: "werk met de ambassadeurs"})
	require.NotEmpty(t, with)
	assert.Equal(t, "mechanism.ambassadors", with[0].Lesson.Code)
	assert.Equal(t, 2, with[0].Matched, "werk and ambassadeurs count; met and de do not")

	assert.NotEmpty(t, codesOf(Default().Search(Query{Text: "de"})), "a query of stop words alone still searches")
	assert.Empty(t, codesOf(Default().Search(Query{Text: "?!"})), "punctuation alone finds nothing")
}

func TestSearchIsDeterministic(t *testing.T) {
	q := Query{Text: "regionale samenwerking zorg"}
	first := Default().Search(q)
	require.NotEmpty(t, first)
	for range 5 {
		assert.Equal(t, first, Default().Search(q))
	}
}

func TestSearchHandsOutCopies(t *testing.T) {
	got := Default().Search(Query{Text: "ambassadeur"})
	require.NotEmpty(t, got)
	got[0].Lesson.Mechanisms[0] = collab.MechanismLeeway
	got[0].Lesson.Text.EN = "changed"
	l, _ := Default().Lookup("mechanism.ambassadors")
	assert.Equal(t, []collab.Mechanism{collab.MechanismActors}, l.Mechanisms)
	assert.NotEqual(t, "changed", l.Text.EN)
}

func BenchmarkCatalogueSearch(b *testing.B) {
	c := Default()
	queries := []Query{
		{Text: "ambassadeur"},
		{Text: "urgentie personeelstekort"},
		{Text: "zorgkantoor at the regional table"},
		{Text: "cliënt perspectief", Language: collab.Dutch},
		{Text: "netwerk", Mechanism: collab.MechanismInfrastructure, Limit: 5},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if len(c.Search(queries[i%len(queries)])) == 0 {
			b.Fatal("no results")
		}
	}
}

func TestSearchFoldsLikeRegionNames(t *testing.T) {
	// One folding serves search and region names: þ spells th and ð d, so
	// "þink" and "ðuring" find what "think" and "during" find.
	c := Default()
	tests := []struct{ name, query, plain string }{
		{"þ folds to th", "Þink", "think"},
		{"ð folds to d", "ðuring", "during"},
		{"diacritics do not count", "NETWÉRK", "netwerk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := codesOf(c.Search(Query{Text: tt.plain}))
			require.NotEmpty(t, want)
			assert.Equal(t, want, codesOf(c.Search(Query{Text: tt.query})))
		})
	}
}
