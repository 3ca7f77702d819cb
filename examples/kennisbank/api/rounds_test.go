package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundRaters are six raters of the Zoetermeer demo: executives and
// professionals of three organisations, two professionals sharing one.
func roundRaters(t *testing.T) []map[string]any {
	t.Helper()
	m := demoCase(t, "zoetermeer-2025").Case.Collaboration.Members
	rater := func(i int, level, name string) map[string]any {
		return map[string]any{"stakeholder": m[i].Stakeholder, "level": level, "name": name}
	}
	return []map[string]any{
		rater(0, "executive", "Els"), rater(0, "professional", "Fatima"), rater(0, "professional", "Gert"),
		rater(1, "executive", "Hans"), rater(1, "professional", "Ilse"), rater(2, "executive", "Joost"),
	}
}

// roundAnswer is a form that scores every statement with score, and
// comments on urgency.
func roundAnswer(score int, comment string) url.Values {
	v := url.Values{}
	for _, key := range questionnaire.Default().Keys() {
		v.Set("score:"+key, fmt.Sprint(score))
	}
	if comment != "" {
		v.Set("comment:urgency", comment)
	}
	return v
}

// postForm sends a rater's form as a browser or curl would, without the
// API's token.
func (s *testServer) postForm(path string, form url.Values, headers ...string) response {
	s.t.Helper()
	req, err := http.NewRequestWithContext(s.t.Context(), "POST", s.url+path, strings.NewReader(form.Encode()))
	require.NoError(s.t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	client := *s.client
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := client.Do(req)
	require.NoError(s.t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(s.t, err)
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

type openedRound struct {
	ID     uuid.UUID `json:"id"`
	State  string    `json:"state"`
	Href   string    `json:"href"`
	Raters []struct {
		ID       uuid.UUID `json:"id"`
		Link     string    `json:"link"`
		Answered bool      `json:"answered"`
		Name     string    `json:"name"`
	} `json:"raters"`
	Answered     int `json:"answered"`
	CaseRevision *struct {
		Version int64  `json:"version"`
		ETag    string `json:"etag"`
	} `json:"caseRevision"`
}

// storeZoetermeer stores the Zoetermeer demo and opens a round of the six
// raters.
func storeZoetermeer(t *testing.T, s *testServer) (uuid.UUID, openedRound) {
	t.Helper()
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "zoetermeer-2025")).status)
	id := demoCase(t, "zoetermeer-2025").Case.Collaboration.ID
	resp := s.do("POST", caseURL(id)+"/rounds", kbtest.MustJSON(t, map[string]any{"note": "voorjaarsronde", "raters": roundRaters(t)}))
	require.Equal(t, http.StatusCreated, resp.status, "%s", resp.body)
	var r openedRound
	resp.json(t, &r)
	return id, r
}

// The must-show of issue 17: through HTTP alone a case, a round of six
// raters, six form posts, the close, and the report shows the round.
func TestARoundThroughHTTPAloneReachesTheReport(t *testing.T) {
	s := startServer(t, Config{})
	id, round := storeZoetermeer(t, s)
	before := s.do("GET", caseURL(id), nil).header.Get("ETag")
	require.Len(t, round.Raters, 6)

	scores := []int{5, 2, 1, 5, 1, 4}
	for i, rt := range round.Raters {
		require.True(t, strings.HasPrefix(rt.Link, "/r/"), rt.Link)
		resp := s.postForm(rt.Link, roundAnswer(scores[i], fmt.Sprintf("toelichting %d", i+1)))
		require.Equal(t, http.StatusSeeOther, resp.status, "%s", resp.body)
	}
	var progress openedRound
	s.do("GET", round.Href, nil).json(t, &progress)
	assert.Equal(t, 6, progress.Answered)

	resp := s.do("POST", round.Href+"/close", nil)
	require.Equal(t, http.StatusOK, resp.status, "%s", resp.body)
	var closed openedRound
	resp.json(t, &closed)
	assert.Equal(t, "closed", closed.State)
	require.NotNil(t, closed.CaseRevision)
	assert.Equal(t, int64(2), closed.CaseRevision.Version)

	got := s.do("GET", caseURL(id), nil)
	assert.NotEqual(t, before, got.header.Get("ETag"), "closing is a new revision")
	assert.Equal(t, closed.CaseRevision.ETag, got.header.Get("ETag"))
	var c struct {
		SelfAssessments []collab.SelfAssessment `json:"selfAssessments"`
	}
	got.json(t, &c)
	require.Len(t, c.SelfAssessments, 1)
	assert.Equal(t, round.ID, c.SelfAssessments[0].ID)
	assert.Len(t, c.SelfAssessments[0].Ratings, 5, "the two professionals of one organisation are one rating")

	var report struct {
		Mechanisms []struct {
			Mechanism      string `json:"mechanism"`
			SelfAssessment *struct {
				Round     uuid.UUID `json:"round"`
				Raters    int       `json:"raters"`
				Consensus string    `json:"consensus"`
				LevelGap  *float64  `json:"levelGap"`
			} `json:"selfAssessment"`
		} `json:"mechanisms"`
	}
	rep := s.do("GET", caseURL(id)+"/report?asOf=2022-06-21", nil)
	require.Equal(t, http.StatusOK, rep.status, "%s", rep.body)
	rep.json(t, &report)
	require.NotEmpty(t, report.Mechanisms)
	for _, m := range report.Mechanisms {
		require.NotNil(t, m.SelfAssessment, m.Mechanism)
		assert.Equal(t, round.ID, m.SelfAssessment.Round)
		assert.Equal(t, 5, m.SelfAssessment.Raters)
		assert.Equal(t, "divided", m.SelfAssessment.Consensus, m.Mechanism)
		require.NotNil(t, m.SelfAssessment.LevelGap)
		// Executives 5, 5, 4 (mean 4.67); professionals 1 (median of 2 and 1,
		// rounded down) and 1: a gap of 3.67 points.
		assert.InDelta(t, 14.0/3-1, *m.SelfAssessment.LevelGap, 1e-9, m.Mechanism)
	}

	page := s.do("GET", round.Href+"/workshop", nil)
	require.Equal(t, http.StatusOK, page.status)
	assert.Contains(t, string(page.body), "Verdeeld")
	assert.Contains(t, string(page.body), "toelichting 4")
	assert.NotContains(t, string(page.body), "Hans", "comments are unsigned")
}

func TestOpeningARound(t *testing.T) {
	s := startServer(t, Config{})
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "zoetermeer-2025")).status)
	id := demoCase(t, "zoetermeer-2025").Case.Collaboration.ID
	path := caseURL(id) + "/rounds"
	stranger := uuid.MustParse("99999999-0000-4000-8000-000000000000")
	good := roundRaters(t)[:1]
	tests := []struct {
		name     string
		path     string
		body     any
		token    string
		status   int
		problems []string
	}{
		{"raters of the case open a round", path, kbtest.MustJSON(t, map[string]any{"raters": good}), testToken, http.StatusCreated, nil},
		{"no raters is a problem", path, `{"raters": []}`, testToken, http.StatusBadRequest, []string{"raters required"}},
		{"every bad rater is named", path, `{"raters": [{"level": "executive"}, {"stakeholder": "` + stranger.String() + `", "name": "` + strings.Repeat("n", 201) + `"}], "days": 400}`,
			testToken, http.StatusBadRequest, []string{"raters[0].stakeholder required", "raters[1].level required", "raters[1].name too-long", "days out-of-range"}},
		{"an unknown level is named where it stands", path, `{"raters": [{"stakeholder": "` + stranger.String() + `", "level": "boss"}]}`,
			testToken, http.StatusBadRequest, []string{"raters[0].level unknown-value"}},
		{"days out of range are a problem", path, kbtest.MustJSON(t, map[string]any{"raters": good, "days": 91}), testToken, http.StatusBadRequest, []string{"days out-of-range"}},
		{"an organisation outside the collaboration is a dangling reference", path,
			`{"raters": [{"stakeholder": "` + stranger.String() + `", "level": "manager"}]}`, testToken, http.StatusBadRequest, []string{"raters[0].stakeholder dangling-reference"}},
		{"an unknown field is a problem", path, `{"raters": [], "tokens": 1}`, testToken, http.StatusBadRequest, []string{"tokens bad-format"}},
		{"a body that is no JSON is a problem", path, `{`, testToken, http.StatusBadRequest, nil},
		{"a malformed case ID is a problem", "/v1/cases/nope/rounds", kbtest.MustJSON(t, map[string]any{"raters": good}), testToken, http.StatusBadRequest, []string{"id bad-format"}},
		{"a missing case is not found", caseURL(uuid.New()) + "/rounds", kbtest.MustJSON(t, map[string]any{"raters": good}), testToken, http.StatusNotFound, nil},
		{"without the token it is refused", path, kbtest.MustJSON(t, map[string]any{"raters": good}), "", http.StatusUnauthorized, nil},
		{"a body over the limit is too large", path, `{"note": "` + strings.Repeat("x", DefaultMaxBody) + `"}`, testToken, http.StatusRequestEntityTooLarge, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := s.doAs(tt.token, "POST", tt.path, tt.body)
			require.Equal(t, tt.status, resp.status, "%s", resp.body)
			if tt.problems != nil {
				var got []string
				for _, p := range resp.problems(t).Problems {
					got = append(got, p.Path+" "+string(p.Code))
				}
				assert.Equal(t, tt.problems, got)
			}
		})
	}
}

func TestAStoreWithoutRoundsAnswers501(t *testing.T) {
	s := startServer(t, Config{Store: failingStore{}})
	assert.Equal(t, http.StatusNotImplemented, s.do("POST", caseURL(uuid.New())+"/rounds", `{"raters": []}`).status)
	assert.Equal(t, http.StatusNotImplemented, s.doAs("", "GET", "/r/abc", nil).status)
}

func TestTheRoundShowsWhoAnsweredButNeverTokensOrAnswers(t *testing.T) {
	s := startServer(t, Config{})
	id, round := storeZoetermeer(t, s)
	require.Equal(t, http.StatusSeeOther, s.postForm(round.Raters[1].Link, roundAnswer(3, "geheime toelichting")).status)

	resp := s.do("GET", round.Href, nil)
	require.Equal(t, http.StatusOK, resp.status)
	body := string(resp.body)
	for _, rt := range round.Raters {
		assert.NotContains(t, body, strings.TrimPrefix(rt.Link, "/r/"))
	}
	assert.NotContains(t, body, "link")
	assert.NotContains(t, body, "geheime toelichting")
	var got openedRound
	resp.json(t, &got)
	assert.Equal(t, 1, got.Answered)
	assert.False(t, got.Raters[0].Answered)
	assert.True(t, got.Raters[1].Answered)
	assert.Equal(t, "Fatima", got.Raters[1].Name)

	var list struct {
		Rounds []openedRound `json:"rounds"`
	}
	s.do("GET", caseURL(id)+"/rounds", nil).json(t, &list)
	require.Len(t, list.Rounds, 1)
	assert.Equal(t, round.ID, list.Rounds[0].ID)

	tests := []struct {
		name, path string
		status     int
	}{
		{"another round of the case is not found", caseURL(id) + "/rounds/" + uuid.NewString(), http.StatusNotFound},
		{"the round under another case is not found", caseURL(uuid.New()) + "/rounds/" + round.ID.String(), http.StatusNotFound},
		{"a malformed round ID is a problem", caseURL(id) + "/rounds/nope", http.StatusBadRequest},
		{"the rounds of a missing case are not found", caseURL(uuid.New()) + "/rounds", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.status, s.do("GET", tt.path, nil).status)
		})
	}
}

func TestClosingAndReopeningARound(t *testing.T) {
	s := startServer(t, Config{})
	id, round := storeZoetermeer(t, s)
	closeURL, reopenURL := round.Href+"/close", round.Href+"/reopen"

	resp := s.do("POST", closeURL, nil)
	assert.Equal(t, http.StatusConflict, resp.status)
	assert.Contains(t, string(resp.body), "no-answers")
	assert.Equal(t, http.StatusConflict, s.do("POST", reopenURL, nil).status, "an open round cannot reopen")

	require.Equal(t, http.StatusSeeOther, s.postForm(round.Raters[0].Link, roundAnswer(2, "")).status)
	require.Equal(t, http.StatusOK, s.do("POST", closeURL, `{"date": "2022-06-20"}`).status)
	assert.Equal(t, http.StatusConflict, s.do("POST", closeURL, nil).status, "a closed round cannot close")
	resp = s.postForm(round.Raters[0].Link, roundAnswer(4, ""))
	assert.Equal(t, http.StatusConflict, resp.status, "a closed round takes no answer")

	resp = s.do("POST", reopenURL, `{"days": 3}`)
	require.Equal(t, http.StatusOK, resp.status, "%s", resp.body)
	require.Equal(t, http.StatusSeeOther, s.postForm(round.Raters[0].Link, roundAnswer(4, "")).status)
	resp = s.do("POST", closeURL, `{"date": "2022-06-21"}`)
	require.Equal(t, http.StatusOK, resp.status, "%s", resp.body)
	var closed openedRound
	resp.json(t, &closed)
	assert.Equal(t, int64(3), closed.CaseRevision.Version)

	var c struct {
		SelfAssessments []collab.SelfAssessment `json:"selfAssessments"`
	}
	s.do("GET", caseURL(id), nil).json(t, &c)
	require.Len(t, c.SelfAssessments, 1, "closing again replaces the round's self-assessment")
	assert.Equal(t, collab.MustParseDate("2022-06-21"), c.SelfAssessments[0].Date)
	assert.Equal(t, 4, c.SelfAssessments[0].Ratings[0].Scores[0].Score)

	// A second round later, closed on the same date, does not fit the case.
	resp = s.do("POST", caseURL(id)+"/rounds", kbtest.MustJSON(t, map[string]any{"raters": roundRaters(t)[:1]}))
	require.Equal(t, http.StatusCreated, resp.status)
	var second openedRound
	resp.json(t, &second)
	require.Equal(t, http.StatusSeeOther, s.postForm(second.Raters[0].Link, roundAnswer(3, "")).status)
	resp = s.do("POST", second.Href+"/close", `{"date": "2022-06-21"}`)
	assert.Equal(t, http.StatusConflict, resp.status)
	assert.Contains(t, string(resp.body), "invalid-case")
	assert.Contains(t, string(resp.body), "selfAssessments[1].date")
	var still openedRound
	s.do("GET", second.Href, nil).json(t, &still)
	assert.Equal(t, "open", still.State, "a close that does not fit changes nothing")
	require.Equal(t, http.StatusOK, s.do("POST", second.Href+"/close", `{"date": "2022-06-22"}`).status)

	tests := []struct {
		name, path, body string
		status           int
	}{
		{"reopening with days out of range is a problem", reopenURL, `{"days": 0.5}`, http.StatusBadRequest},
		{"closing with a bad date is a problem", closeURL, `{"date": "gisteren"}`, http.StatusBadRequest},
		{"closing a missing round is not found", caseURL(id) + "/rounds/" + uuid.NewString() + "/close", "", http.StatusNotFound},
		{"reopening a missing round is not found", caseURL(id) + "/rounds/" + uuid.NewString() + "/reopen", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body any
			if tt.body != "" {
				body = tt.body
			}
			assert.Equal(t, tt.status, s.do("POST", tt.path, body).status)
		})
	}
}

func TestRemovingARater(t *testing.T) {
	s := startServer(t, Config{})
	_, round := storeZoetermeer(t, s)
	gone := round.Raters[2]
	require.Equal(t, http.StatusSeeOther, s.postForm(gone.Link, roundAnswer(1, "")).status)
	path := round.Href + "/raters/" + gone.ID.String()

	assert.Equal(t, http.StatusNoContent, s.do("DELETE", path, nil).status)
	assert.Equal(t, http.StatusNotFound, s.do("DELETE", path, nil).status, "a removed rater is not found")
	assert.Equal(t, http.StatusNotFound, s.doAs("", "GET", gone.Link, nil).status, "the removed rater's link leads nowhere")
	assert.Equal(t, http.StatusBadRequest, s.do("DELETE", round.Href+"/raters/nope", nil).status)
	var got openedRound
	s.do("GET", round.Href, nil).json(t, &got)
	assert.Len(t, got.Raters, 5)
	assert.Zero(t, got.Answered)

	require.Equal(t, http.StatusSeeOther, s.postForm(round.Raters[0].Link, roundAnswer(3, "")).status)
	require.Equal(t, http.StatusOK, s.do("POST", round.Href+"/close", nil).status)
	resp := s.do("DELETE", round.Href+"/raters/"+round.Raters[1].ID.String(), nil)
	assert.Equal(t, http.StatusConflict, resp.status, "a closed round keeps its raters")
}

// A rater's token reaches that rater's form and nothing else: not another
// rater's answer, not the case, not the API.
func TestATokenReachesOnlyItsOwnForm(t *testing.T) {
	s := startServer(t, Config{})
	id, round := storeZoetermeer(t, s)
	a, b := round.Raters[0].Link, round.Raters[1].Link
	require.Equal(t, http.StatusSeeOther, s.postForm(b, roundAnswer(5, "alleen voor B")).status)
	require.Equal(t, http.StatusSeeOther, s.postForm(a, roundAnswer(1, "")).status)

	page := s.doAs("", "GET", a, nil)
	require.Equal(t, http.StatusOK, page.status)
	assert.NotContains(t, string(page.body), "alleen voor B")
	assert.NotContains(t, string(page.body), `value="5" checked`)
	assert.NotContains(t, string(page.body), "Els", "not even the rater's own name")
	for _, m := range demoCase(t, "zoetermeer-2025").Case.Stakeholders {
		assert.NotContains(t, string(page.body), m.Name, "no organisation of the case")
	}

	var got openedRound
	s.do("GET", round.Href, nil).json(t, &got)
	assert.Equal(t, 2, got.Answered)
	tokenA := strings.TrimPrefix(a, "/r/")
	for _, path := range []string{caseURL(id), round.Href, caseURL(id) + "/report", round.Href + "/workshop"} {
		assert.Equal(t, http.StatusUnauthorized, s.doAs(tokenA, "GET", path, nil).status, path)
	}
	assert.Equal(t, http.StatusNotFound, s.doAs("", "GET", "/r/"+strings.Repeat("A", 43), nil).status)
}

func TestAFormPostFromAnotherOriginIsRefused(t *testing.T) {
	s := startServer(t, Config{})
	_, round := storeZoetermeer(t, s)
	link := round.Raters[0].Link
	resp := s.postForm(link, roundAnswer(2, ""), "Sec-Fetch-Site", "cross-site")
	assert.Equal(t, http.StatusForbidden, resp.status)
	resp = s.postForm(link, roundAnswer(2, ""), "Origin", "https://elders.example")
	assert.Equal(t, http.StatusForbidden, resp.status)
	var got openedRound
	s.do("GET", round.Href, nil).json(t, &got)
	assert.Zero(t, got.Answered)
}

func TestTheRaterPagesAnswer429WithRetryAfter(t *testing.T) {
	s := startServer(t, Config{})
	_, round := storeZoetermeer(t, s)
	link := round.Raters[0].Link
	var last response
	for range 11 {
		last = s.doAs("", "GET", link, nil)
	}
	assert.Equal(t, http.StatusTooManyRequests, last.status)
	assert.NotEmpty(t, last.header.Get("Retry-After"))
	assert.Equal(t, http.StatusOK, s.doAs("", "GET", round.Raters[1].Link, nil).status)
}

// The script of the README does the must-show with curl alone; it runs
// here against a test server.
func TestTheRoundsDemoScriptRunsWithCurlAlone(t *testing.T) {
	for _, tool := range []string{"bash", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	s := startServer(t, Config{})
	cmd := exec.CommandContext(t.Context(), "bash", "../scripts/rounds-demo.sh", s.url)
	cmd.Env = append(os.Environ(), "KENNISBANK_TOKEN="+testToken)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	text := string(out)
	assert.Contains(t, text, "6 of 6 raters answered")
	assert.Contains(t, text, "the case has a new revision: version 2")
	for _, m := range collab.Mechanisms() {
		assert.Contains(t, text, m.String()+": 5 ratings, median 4, divided, level gap 3.66")
	}
}

// failingRounds is a store whose cases work and whose rounds fail with an
// error that must not reach the client.
type failingRounds struct{ store.Store }

func (failingRounds) CreateRound(context.Context, *rounds.Round) error { return errSecret }
func (failingRounds) GetRound(context.Context, uuid.UUID, uuid.UUID) (*rounds.Round, error) {
	return nil, errSecret
}
func (failingRounds) ListRounds(context.Context, uuid.UUID) ([]*rounds.Round, error) {
	return nil, errSecret
}
func (failingRounds) UpdateRound(context.Context, *rounds.Round, *store.Record, store.Revision) (*store.Record, error) {
	return nil, errSecret
}
func (failingRounds) RaterByToken(context.Context, rounds.TokenHash, time.Time) (store.RaterAccess, error) {
	return store.RaterAccess{}, errSecret
}
func (failingRounds) SaveAnswer(context.Context, rounds.TokenHash, rounds.Answer, time.Time) error {
	return errSecret
}

func TestAFailingRoundStoreGives500WithoutItsCause(t *testing.T) {
	st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "kennisbank.db"), store.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	s := startServer(t, Config{Store: failingRounds{st}})
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "zoetermeer-2025")).status)
	id := demoCase(t, "zoetermeer-2025").Case.Collaboration.ID
	round := caseURL(id) + "/rounds/" + uuid.NewString()
	link := "/r/" + strings.Repeat("A", 43)
	for _, r := range []response{
		s.do("POST", caseURL(id)+"/rounds", kbtest.MustJSON(t, map[string]any{"raters": roundRaters(t)[:1]})),
		s.do("GET", caseURL(id)+"/rounds", nil),
		s.do("GET", round, nil),
		s.do("POST", round+"/close", nil),
		s.do("POST", round+"/reopen", nil),
		s.do("DELETE", round+"/raters/"+uuid.NewString(), nil),
		s.do("GET", round+"/workshop", nil),
		s.doAs("", "GET", link, nil),
		s.postForm(link, roundAnswer(3, "")),
	} {
		assert.Equal(t, http.StatusInternalServerError, r.status, "%s", r.body)
		assert.NotContains(t, string(r.body), "secret")
	}
}

func TestAnExpiredLinkIsGoneAndABadFormComesBack(t *testing.T) {
	clock := testClock
	var mu sync.Mutex
	s := startServer(t, Config{Now: func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }})
	_, round := storeZoetermeer(t, s)
	link := round.Raters[0].Link

	resp := s.postForm(link, url.Values{"score:urgency.need": {"9"}})
	assert.Equal(t, http.StatusUnprocessableEntity, resp.status)
	assert.Contains(t, string(resp.body), `<a href="#score-urgency.need-1">`)
	resp = s.postForm(link, url.Values{"comment:urgency": {strings.Repeat("x", 70<<10)}})
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.status)

	mu.Lock()
	clock = clock.AddDate(0, 0, 15)
	mu.Unlock()
	assert.Equal(t, http.StatusGone, s.doAs("", "GET", link, nil).status)
	assert.Equal(t, http.StatusGone, s.postForm(link, roundAnswer(3, "")).status)
	var got openedRound
	s.do("GET", round.Href, nil).json(t, &got)
	assert.Zero(t, got.Answered)
}
