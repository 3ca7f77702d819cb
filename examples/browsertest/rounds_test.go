package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/browsertest/browser"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web/webtest"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

// roundSite serves the kennisbank's round pages (package web) on a store
// in memory, with a round of three raters: an executive and a care
// professional of one organisation and a care professional of another.
type roundSite struct {
	url    string
	store  *webtest.Store
	round  *rounds.Round
	tokens []rounds.Token
}

func startRoundSite(t *testing.T) *roundSite {
	t.Helper()
	opened := time.Now().UTC()
	org1, org2 := uuid.New(), uuid.New()
	r, issued, err := rounds.Open(uuid.New(), rounds.Spec{Note: "voorjaarsronde", Raters: []rounds.RaterSpec{
		{Stakeholder: org1, Level: collab.LevelExecutive},
		{Stakeholder: org1, Level: collab.LevelProfessional},
		{Stakeholder: org2, Level: collab.LevelProfessional},
	}}, opened, opened.AddDate(0, 0, 14), nil)
	require.NoError(t, err)
	st := &webtest.Store{CaseName: "Zoetermeer 2025", Region: "Zoetermeer"}
	st.Add(r)
	pages := web.New(web.Config{Raters: st, Workshops: st, IsNotFound: webtest.IsNotFound})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /r/{token}", pages.Form)
	mux.HandleFunc("POST /r/{token}", pages.Submit)
	mux.HandleFunc("GET /v1/cases/{id}/rounds/{round}/workshop", pages.Workshop)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	site := &roundSite{url: srv.URL, store: st, round: r}
	for _, is := range issued {
		site.tokens = append(site.tokens, is.Token)
	}
	return site
}

func (s *roundSite) link(i int) string { return s.url + "/r/" + string(s.tokens[i]) }

func (s *roundSite) workshop() string {
	return s.url + "/v1/cases/" + s.round.Case.String() + "/rounds/" + s.round.ID.String() + "/workshop"
}

// score reads rater i's score of statement key from the store.
func (s *roundSite) score(i int, key string) (n int) {
	s.store.Do(func() {
		if a := s.round.Raters[i].Answer; a != nil {
			n, _ = a.Score(key)
		}
	})
	return n
}

// focused returns the ID (or else the tag) of the element with the focus.
func focused(t *testing.T, tab *browser.Tab) string {
	t.Helper()
	id, err := browser.Eval[string](tab, "reading the focus",
		`document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ''`)
	require.NoError(t, err)
	return id
}

// tabTo presses Tab until the element with the ID (or tag) has the focus.
func tabTo(t *testing.T, tab *browser.Tab, id string) {
	t.Helper()
	for range 80 {
		if focused(t, tab) == id {
			return
		}
		require.NoError(t, tab.Run("pressing Tab", chromedp.KeyEvent(kb.Tab)))
	}
	t.Fatalf("pressing Tab never reached #%s", id)
}

func TestARaterFillsInTheFormWithTheKeyboardAndChangesAnAnswer(t *testing.T) {
	b := suite.Browser(t)
	site := startRoundSite(t)
	keys := questionnaire.Default().Keys()
	err := b.Visit(t.Context(), "rater form by keyboard", site.link(0), browser.Desktop, func(tab *browser.Tab) error {
		// Tab into each statement's radio group, choose with Space, move
		// to 4 with the arrow keys: the way a keyboard user answers.
		for _, k := range keys {
			tabTo(t, tab, "score-"+k+"-1")
			require.NoError(t, tab.Run("choosing with Space", chromedp.KeyEvent(" ")))
			for range 3 {
				require.NoError(t, tab.Run("pressing the right arrow", chromedp.KeyEvent(kb.ArrowRight)))
			}
			assert.Equal(t, "score-"+k+"-4", focused(t, tab))
		}
		tabTo(t, tab, "comment-infrastructure")
		require.NoError(t, tab.Run("typing a comment", chromedp.KeyEvent("Met het toetsenbord ingevuld")))
		require.NoError(t, tab.Run("pressing Tab", chromedp.KeyEvent(kb.Tab)))
		assert.Equal(t, "BUTTON", focused(t, tab))
		return tab.Run("submitting with Enter", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(`div.note`))
	})
	require.NoError(t, err)
	for _, k := range keys {
		assert.Equal(t, 4, site.score(0, k), k)
	}
	site.store.Do(func() {
		assert.Equal(t, "Met het toetsenbord ingevuld", site.round.Raters[0].Answer.Comment(collab.MechanismInfrastructure))
	})

	// The link again, on a phone: the form holds the answers; one arrow
	// to the left changes the first statement to 3.
	err = b.Visit(t.Context(), "rater form changed on a phone", site.link(0), browser.Phone, func(tab *browser.Tab) error {
		checked, err := browser.Eval[int](tab, "counting the chosen scores", `document.querySelectorAll('input[type=radio]:checked').length`)
		require.NoError(t, err)
		assert.Equal(t, len(keys), checked)
		tabTo(t, tab, "score-urgency.need-4")
		require.NoError(t, tab.Run("pressing the left arrow", chromedp.KeyEvent(kb.ArrowLeft)))
		tabTo(t, tab, "BUTTON")
		return tab.Run("submitting with Space", chromedp.KeyEvent(" "), chromedp.WaitVisible(`div.note`))
	})
	require.NoError(t, err)
	assert.Equal(t, 3, site.score(0, "urgency.need"))
	assert.Equal(t, 4, site.score(0, "urgency.agenda"), "the other answers stay")
}

func TestTheWorkshopViewShowsTheRound(t *testing.T) {
	b := suite.Browser(t)
	site := startRoundSite(t)
	answerAll(t, site)
	err := b.Visit(t.Context(), "workshop view", site.workshop(), browser.Desktop, func(tab *browser.Tab) error {
		text, err := browser.Eval[string](tab, "reading the page", `document.body.innerText`)
		require.NoError(t, err)
		assert.Contains(t, text, "Werksessie: Zoetermeer 2025")
		assert.Contains(t, text, "3 van 3 beoordelaars hebben geantwoord")
		assert.Contains(t, text, "Verdeeld")
		assert.Contains(t, text, "+4,0 punten")
		assert.Contains(t, text, "toelichting 2")
		sections, err := browser.Eval[int](tab, "counting the mechanisms", `document.querySelectorAll('section.mechanism').length`)
		require.NoError(t, err)
		assert.Equal(t, 5, sections)
		return nil
	})
	require.NoError(t, err)
}

// answerAll gives every rater of the site an answer: the executive 5, the
// professionals 1 and 3, each with a comment on urgency.
func answerAll(t *testing.T, site *roundSite) {
	t.Helper()
	for i, tok := range site.tokens {
		a := rounds.Answer{Comments: []rounds.Comment{{Mechanism: collab.MechanismUrgency, Text: fmt.Sprintf("toelichting %d", i)}}}
		for _, k := range questionnaire.Default().Keys() {
			a.Scores = append(a.Scores, rounds.StatementScore{Statement: k, Score: []int{5, 1, 1}[i]})
		}
		require.NoError(t, site.store.SaveAnswer(context.Background(), tok.Hash(), a, time.Now()))
	}
}

func TestTheRoundPagesHaveNoAxeCoreViolationsAndFitAPhone(t *testing.T) {
	b := suite.Browser(t)
	axe := suite.Axe(t)
	site := startRoundSite(t)
	answerAll(t, site)
	pages := []struct{ name, url string }{
		{"the rater's form in Dutch", site.link(1)},
		{"the rater's form in English", site.link(1) + "?lang=en"},
		{"the saved form", site.link(1) + "?saved=1"},
		{"a link that leads nowhere", site.url + "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
		{"the workshop view in Dutch", site.workshop()},
		{"the workshop view in English", site.workshop() + "?lang=en"},
	}
	for _, p := range pages {
		for _, vp := range []browser.Viewport{browser.Desktop, browser.Phone} {
			name := fmt.Sprintf("%s at %d px", p.name, vp.Width)
			err := b.Visit(t.Context(), name, p.url, vp, func(tab *browser.Tab) error {
				vs, err := tab.Axe(axe)
				if err != nil {
					return err
				}
				w, err := tab.Width()
				if err != nil {
					return err
				}
				t.Logf("%s: %d axe-core violations, %d px wide", name, len(vs), w.Scroll)
				assert.Empty(t, vs, name)
				assert.LessOrEqual(t, w.Scroll, vp.Width, "%s scrolls sideways: %q", name, w.Overflowing)
				return nil
			})
			require.NoError(t, err)
		}
	}

	// The form sent without a score comes back with the summary of
	// mistakes at the top, which has no violation either.
	fresh := startRoundSite(t)
	err := b.Visit(t.Context(), "the form with a mistake", fresh.link(2), browser.Phone, func(tab *browser.Tab) error {
		require.NoError(t, tab.Run("sending the empty form", chromedp.Focus("button"), chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible("#error-summary")))
		vs, err := tab.Axe(axe)
		if err != nil {
			return err
		}
		t.Logf("the form with a mistake: %d axe-core violations", len(vs))
		assert.Empty(t, vs)
		return nil
	})
	require.NoError(t, err)
}
