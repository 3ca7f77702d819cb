package web_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web/webtest"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	opened = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	orgA   = uuid.MustParse("2025a000-0000-4000-8000-000000000001")
	orgB   = uuid.MustParse("2025a000-0000-4000-8000-000000000002")
	caseID = uuid.MustParse("00000000-0000-4000-8000-00000000000c")
)

type fixture struct {
	store  *webtest.Store
	round  *rounds.Round
	tokens []rounds.Token
	mux    *http.ServeMux
	now    time.Time
}

// newFixture opens a round of two raters, A (an executive of orgA) and B
// (a professional of orgB), and serves the pages on a mux.
func newFixture(t *testing.T, cfg web.Config) *fixture {
	t.Helper()
	r, issued, err := rounds.Open(caseID, rounds.Spec{Note: "voorjaarsronde", Raters: []rounds.RaterSpec{
		{Stakeholder: orgA, Level: collab.LevelExecutive, Name: "Anna"},
		{Stakeholder: orgB, Level: collab.LevelProfessional, Name: "Bram"},
	}}, opened, opened.AddDate(0, 0, 14), nil)
	require.NoError(t, err)
	f := &fixture{store: &webtest.Store{CaseName: "Zoetermeer 2025", Region: "Zoetermeer"}, round: r, now: opened.Add(time.Hour)}
	f.store.Add(r)
	for _, is := range issued {
		f.tokens = append(f.tokens, is.Token)
	}
	cfg.Raters, cfg.Workshops = f.store, f.store
	cfg.IsNotFound = webtest.IsNotFound
	cfg.Now = func() time.Time { return f.now }
	p := web.New(cfg)
	f.mux = http.NewServeMux()
	f.mux.HandleFunc("GET /r/{token}", p.Form)
	f.mux.HandleFunc("POST /r/{token}", p.Submit)
	f.mux.HandleFunc("GET /v1/cases/{id}/rounds/{round}/workshop", p.Workshop)
	return f
}

func (f *fixture) get(path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	f.mux.ServeHTTP(w, req)
	return w
}

func (f *fixture) post(path string, form url.Values, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	f.mux.ServeHTTP(w, req)
	return w
}

// fullForm scores every statement with score and comments on urgency.
func fullForm(score string, comment string) url.Values {
	v := url.Values{}
	for _, key := range questionnaire.Default().Keys() {
		v.Set("score:"+key, score)
	}
	if comment != "" {
		v.Set("comment:urgency", comment)
	}
	return v
}

func TestTheFormHasAFieldsetPerMechanismAndALabelledRadioGroupPerStatement(t *testing.T) {
	f := newFixture(t, web.Config{})
	w := f.get("/r/" + string(f.tokens[0]))
	require.Equal(t, http.StatusOK, w.Code)
	body := w.Body.String()
	assert.Contains(t, body, `<html lang="nl">`)
	assert.Contains(t, body, "Zoetermeer 2025 · Zoetermeer")
	assert.Contains(t, body, "Je antwoordt als: bestuur")
	assert.Contains(t, body, `<meta name="viewport" content="width=device-width, initial-scale=1">`)
	assert.Equal(t, 5, strings.Count(body, `<fieldset id="mechanism-`))
	for _, m := range collab.Mechanisms() {
		assert.Contains(t, body, "<legend>"+m.Label(collab.Dutch)+"</legend>")
	}
	n := questionnaire.Default().Len()
	assert.Equal(t, n*5, strings.Count(body, `type="radio"`))
	assert.Equal(t, n*5+5, len(regexp.MustCompile(`<label for="`).FindAllString(body, -1)), "every radio and every comment has a label")
	assert.Contains(t, body, `<label for="score-urgency.need-4"><input type="radio" id="score-urgency.need-4" name="score:urgency.need" value="4">`)
	assert.Equal(t, 5, strings.Count(body, "<textarea"))
	assert.Contains(t, body, `<a href="?lang=en" hreflang="en" lang="en">English</a>`)
	assert.NotContains(t, body, "<script")
	assert.NotContains(t, body, "Anna", "the rater's name is for the programme manager only")
	assert.NotContains(t, body, orgA.String())

	h := w.Header()
	assert.Equal(t, "no-referrer", h.Get("Referrer-Policy"))
	assert.Equal(t, "no-store", h.Get("Cache-Control"))
	assert.Contains(t, h.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Contains(t, h.Get("Content-Security-Policy"), "frame-ancestors 'none'")
}

func TestTheLanguageComesFromTheParameterOrTheConfiguredChoice(t *testing.T) {
	f := newFixture(t, web.Config{Language: func(r *http.Request) collab.Language {
		if strings.HasPrefix(r.Header.Get("Accept-Language"), "en") {
			return collab.English
		}
		return collab.Dutch
	}})
	tests := []struct {
		name, query, accept, want string
	}{
		{"without a choice the page is Dutch", "", "", "nl"},
		{"Accept-Language English gives English", "", "en-GB,en;q=0.8", "en"},
		{"the parameter wins over Accept-Language", "?lang=nl", "en", "nl"},
		{"the parameter gives English", "?lang=en", "", "en"},
		{"an unknown parameter is ignored", "?lang=fr", "", "nl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := f.get("/r/"+string(f.tokens[0])+tt.query, "Accept-Language", tt.accept)
			require.Equal(t, http.StatusOK, w.Code)
			assert.Contains(t, w.Body.String(), `<html lang="`+tt.want+`">`)
			assert.Equal(t, tt.want, w.Header().Get("Content-Language"))
		})
	}
	w := f.get("/r/" + string(f.tokens[0]) + "?lang=en")
	assert.Contains(t, w.Body.String(), "Urgency and commitment")
	assert.Contains(t, w.Body.String(), `<a href="?lang=nl" hreflang="nl" lang="nl">Nederlands</a>`)
}

func TestALinkThatLeadsNowhere(t *testing.T) {
	f := newFixture(t, web.Config{})
	other, _, err := rounds.NewToken(nil)
	require.NoError(t, err)
	tests := []struct {
		name   string
		path   string
		now    time.Time
		status int
		text   string
	}{
		{"an unknown token is not found", "/r/" + string(other), opened, http.StatusNotFound, "Link niet gevonden"},
		{"a malformed token is not found", "/r/short", opened, http.StatusNotFound, "Link niet gevonden"},
		{"an expired token is gone", "/r/" + string(f.tokens[0]), opened.AddDate(0, 0, 15), http.StatusGone, "Link verlopen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.now = tt.now
			w := f.get(tt.path)
			assert.Equal(t, tt.status, w.Code)
			assert.Contains(t, w.Body.String(), tt.text)
			w = f.post(tt.path, fullForm("3", ""))
			assert.Equal(t, tt.status, w.Code)
		})
	}
	assert.Zero(t, f.round.Answered())
}

func TestARaterSubmitsAndChangesTheAnswerUntilTheRoundCloses(t *testing.T) {
	f := newFixture(t, web.Config{})
	path := "/r/" + string(f.tokens[0])
	w := f.post(path, fullForm("2", "Alleen het bestuur voelt de noodzaak."))
	require.Equal(t, http.StatusSeeOther, w.Code, w.Body.String())
	assert.Equal(t, path+"?saved=1&lang=nl", w.Header().Get("Location"))

	w = f.get(path + "?saved=1")
	body := w.Body.String()
	assert.Contains(t, body, "Je antwoorden zijn opgeslagen")
	assert.Contains(t, body, `id="score-urgency.need-2" name="score:urgency.need" value="2" checked>`)
	assert.Contains(t, body, "Alleen het bestuur voelt de noodzaak.</textarea>")

	changed := fullForm("2", "")
	changed.Set("score:urgency.need", "5")
	changed.Del("score:strategy.scale")
	require.Equal(t, http.StatusSeeOther, f.post(path, changed).Code)
	a := f.round.Raters[0].Answer
	got, _ := a.Score("urgency.need")
	assert.Equal(t, 5, got)
	_, scored := a.Score("strategy.scale")
	assert.False(t, scored, "a statement left open is not scored")
	assert.Empty(t, a.Comment(collab.MechanismUrgency), "an emptied comment is gone")

	_, err := f.round.Close(f.now, collab.DateOf(f.now))
	require.NoError(t, err)
	w = f.post(path, fullForm("1", ""))
	assert.Equal(t, http.StatusConflict, w.Code)
	assert.Contains(t, w.Body.String(), "Deze ronde is gesloten")
	w = f.get(path)
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Contains(t, w.Body.String(), "Deze ronde is gesloten")
	assert.NotContains(t, w.Body.String(), "<form")
}

func TestABadFormComesBackWithASummaryLinkingToTheFields(t *testing.T) {
	f := newFixture(t, web.Config{})
	path := "/r/" + string(f.tokens[0])
	long := strings.Repeat("ä", rounds.MaxCommentLength+1)
	tests := []struct {
		name  string
		form  url.Values
		links []string
		texts []string
	}{
		{
			name:  "a score outside the scale and a comment too long",
			form:  url.Values{"score:urgency.need": {"7"}, "score:strategy.vision": {"4"}, "comment:actors": {long}},
			links: []string{`<a href="#score-urgency.need-1">`, `<a href="#comment-actors">`},
			texts: []string{"Kies een score van 1 tot 5 voor: De partners voelen", "heeft 1001 tekens; er passen er hooguit 1000", `aria-invalid="true"`},
		},
		{
			name:  "a form that scores nothing",
			form:  url.Values{"comment:urgency": {"alleen een opmerking"}},
			links: []string{`<a href="#score-urgency.need-1">Geef bij minstens één stelling een score</a>`},
			texts: []string{"alleen een opmerking</textarea>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := f.post(path, tt.form)
			require.Equal(t, http.StatusUnprocessableEntity, w.Code)
			body := w.Body.String()
			assert.Contains(t, body, `<div class="errors" role="alert"`)
			assert.Less(t, strings.Index(body, `class="errors"`), strings.Index(body, "<form"), "the summary comes before the form")
			for _, l := range tt.links {
				assert.Contains(t, body, l)
			}
			for _, s := range tt.texts {
				assert.Contains(t, body, s)
			}
			assert.Nil(t, f.round.Raters[0].Answer)
		})
	}
}

func TestAFormPostFromAnotherOriginIsRefused(t *testing.T) {
	f := newFixture(t, web.Config{})
	path := "/r/" + string(f.tokens[0])
	tests := []struct {
		name   string
		header []string
	}{
		{"a cross-site fetch", []string{"Sec-Fetch-Site", "cross-site"}},
		{"another origin", []string{"Origin", "https://evil.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := f.post(path, fullForm("1", ""), tt.header...)
			assert.Equal(t, http.StatusForbidden, w.Code)
			assert.Nil(t, f.round.Raters[0].Answer)
		})
	}
	w := f.post(path, fullForm("1", ""), "Sec-Fetch-Site", "same-origin")
	assert.Equal(t, http.StatusSeeOther, w.Code, "a post from the form itself passes")
}

func TestATokenReachesOnlyItsOwnRater(t *testing.T) {
	f := newFixture(t, web.Config{})
	a, b := "/r/"+string(f.tokens[0]), "/r/"+string(f.tokens[1])
	require.Equal(t, http.StatusSeeOther, f.post(b, fullForm("5", "Antwoord van B")).Code)
	require.Equal(t, http.StatusSeeOther, f.post(a, fullForm("1", "")).Code)

	w := f.get(a)
	assert.NotContains(t, w.Body.String(), "Antwoord van B", "A does not see B's comment")
	assert.NotContains(t, w.Body.String(), `value="5" checked`, "A does not see B's scores")
	assert.Contains(t, w.Body.String(), "bestuur")

	got, _ := f.round.Raters[1].Answer.Score("urgency.need")
	assert.Equal(t, 5, got, "A's post did not change B's answer")
	got, _ = f.round.Raters[0].Answer.Score("urgency.need")
	assert.Equal(t, 1, got)
}

func TestTheRaterPagesAreRateLimited(t *testing.T) {
	t.Run("per token", func(t *testing.T) {
		f := newFixture(t, web.Config{PerToken: web.NewLimiter(6, 2)})
		path := "/r/" + string(f.tokens[0])
		assert.Equal(t, http.StatusOK, f.get(path).Code)
		assert.Equal(t, http.StatusOK, f.get(path).Code)
		w := f.get(path)
		assert.Equal(t, http.StatusTooManyRequests, w.Code)
		assert.Equal(t, "10", w.Header().Get("Retry-After"))
		assert.Equal(t, http.StatusOK, f.get("/r/"+string(f.tokens[1])).Code, "another token is not held up")
		f.now = f.now.Add(10 * time.Second)
		assert.Equal(t, http.StatusOK, f.get(path).Code)
	})
	t.Run("per client address", func(t *testing.T) {
		f := newFixture(t, web.Config{PerAddress: web.NewLimiter(60, 3)})
		for i := range 3 {
			assert.Equal(t, http.StatusOK, f.get("/r/"+string(f.tokens[i%2])).Code)
		}
		w := f.post("/r/"+string(f.tokens[1]), fullForm("3", ""))
		assert.Equal(t, http.StatusTooManyRequests, w.Code)
		assert.Equal(t, "1", w.Header().Get("Retry-After"))
		assert.Nil(t, f.round.Raters[1].Answer)
	})
}

func TestAFormTooLargeIsRefused(t *testing.T) {
	f := newFixture(t, web.Config{})
	form := fullForm("3", strings.Repeat("x", 70<<10))
	w := f.post("/r/"+string(f.tokens[0]), form)
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)
	assert.Nil(t, f.round.Raters[0].Answer)
}

func TestAFailingStoreGivesAPageThatSaysNothingOfIt(t *testing.T) {
	f := newFixture(t, web.Config{})
	f.store.Fail = errors.New("database on fire")
	for _, w := range []*httptest.ResponseRecorder{
		f.get("/r/" + string(f.tokens[0])),
		f.post("/r/"+string(f.tokens[0]), fullForm("3", "")),
		f.get("/v1/cases/" + caseID.String() + "/rounds/" + f.round.ID.String() + "/workshop"),
	} {
		assert.Equal(t, http.StatusInternalServerError, w.Code)
		assert.NotContains(t, w.Body.String(), "fire")
	}
}

func TestTheWorkshopShowsSpreadConsensusGapAndComments(t *testing.T) {
	f := newFixture(t, web.Config{})
	path := "/v1/cases/" + caseID.String() + "/rounds/" + f.round.ID.String() + "/workshop"
	w := f.get(path)
	require.Equal(t, http.StatusOK, w.Code)
	assert.Contains(t, w.Body.String(), "Nog niemand heeft geantwoord.")

	require.Equal(t, http.StatusSeeOther, f.post("/r/"+string(f.tokens[0]), fullForm("5", "Wij zien veel draagvlak.")).Code)
	require.Equal(t, http.StatusSeeOther, f.post("/r/"+string(f.tokens[1]), fullForm("1", "Op de werkvloer merken we niets.")).Code)
	w = f.get(path)
	require.Equal(t, http.StatusOK, w.Code)
	body := w.Body.String()
	assert.Contains(t, body, "Werksessie: Zoetermeer 2025")
	assert.Contains(t, body, "2 van 2 beoordelaars hebben geantwoord")
	assert.Contains(t, body, "Ronde geopend op 2 maart 2026, nog open")
	assert.Equal(t, 5, strings.Count(body, `<section class="mechanism"`))
	assert.Contains(t, body, `<dd class="divided">Verdeeld</dd>`)
	assert.Contains(t, body, "&#43;4,0 punten")
	assert.Contains(t, body, "<li>Wij zien veel draagvlak.</li>")
	assert.Contains(t, body, "<li>Op de werkvloer merken we niets.</li>")
	assert.Contains(t, body, `<th scope="row">Werkvloer</th><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1,0</td>`)
	assert.Contains(t, body, "@media print")
	assert.NotContains(t, body, "Anna", "comments are not signed")

	w = f.get(path + "?lang=en")
	assert.Contains(t, w.Body.String(), `<dd class="divided">Divided</dd>`)
	assert.Contains(t, w.Body.String(), "&#43;4.0 points")

	assert.Equal(t, http.StatusNotFound, f.get("/v1/cases/"+caseID.String()+"/rounds/"+uuid.NewString()+"/workshop").Code)
	assert.Equal(t, http.StatusNotFound, f.get("/v1/cases/"+uuid.NewString()+"/rounds/"+f.round.ID.String()+"/workshop").Code)
	assert.Equal(t, http.StatusNotFound, f.get("/v1/cases/x/rounds/y/workshop").Code)
}

func TestLimiter(t *testing.T) {
	l := web.NewLimiter(60, 2)
	at := opened
	tests := []struct {
		name  string
		key   string
		after time.Duration
		ok    bool
		wait  time.Duration
	}{
		{"the first request passes", "a", 0, true, 0},
		{"the burst allows a second at once", "a", 0, true, 0},
		{"a third at once waits a second", "a", 0, false, time.Second},
		{"another key has its own bucket", "b", 0, true, 0},
		{"half a second later it waits half a second", "a", 500 * time.Millisecond, false, 500 * time.Millisecond},
		{"a second later one more passes", "a", 500 * time.Millisecond, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at = at.Add(tt.after)
			ok, wait := l.Allow(tt.key, at)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.wait, wait)
		})
	}
}
