package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// Links of a round expire after defaultLinkDays days unless the request
// says otherwise, and after maxLinkDays at most.
const (
	defaultLinkDays = 14
	maxLinkDays     = 90
)

// closeAttempts is how often closing a round is tried when an answer or
// another change of the case comes in between reading and writing.
const closeAttempts = 3

// openRoundRequest is the body of POST /v1/cases/{id}/rounds.
type openRoundRequest struct {
	rounds.Spec
	// Days is how many days the links work; 0: defaultLinkDays.
	Days int `json:"days,omitempty"`
}

// raterView is a rater as the programme manager sees them. Link is only
// set in the answer that opens the round: the token is shown once.
type raterView struct {
	ID          uuid.UUID    `json:"id"`
	Stakeholder uuid.UUID    `json:"stakeholder"`
	Level       collab.Level `json:"level"`
	Name        string       `json:"name,omitempty"`
	Expires     time.Time    `json:"expires"`
	Answered    bool         `json:"answered"`
	Saved       *time.Time   `json:"saved,omitempty"`
	Link        string       `json:"link,omitempty"`
}

// roundView is a round as the API shows it: who has answered, never the
// answers or the tokens.
type roundView struct {
	ID       uuid.UUID     `json:"id"`
	Case     uuid.UUID     `json:"case"`
	Note     string        `json:"note,omitempty"`
	State    rounds.State  `json:"state"`
	Opened   time.Time     `json:"opened"`
	Closed   *time.Time    `json:"closed,omitempty"`
	Answered int           `json:"answered"`
	Raters   []raterView   `json:"raters"`
	Href     string        `json:"href"`
	Workshop string        `json:"workshop"`
	CaseRev  *caseRevision `json:"caseRevision,omitempty"`
}

// caseRevision names the case revision that closing a round wrote.
type caseRevision struct {
	Version int64  `json:"version"`
	ETag    string `json:"etag"`
}

// roundList is the body of GET /v1/cases/{id}/rounds.
type roundList struct {
	Rounds []roundView `json:"rounds"`
}

// closeRequest is the optional body of POST .../close.
type closeRequest struct {
	// Date is the date of the self-assessment; zero: today.
	Date collab.Date `json:"date,omitzero"`
}

// reopenRequest is the optional body of POST .../reopen.
type reopenRequest struct {
	// Days extends every link to work at least this many days from now;
	// 0: defaultLinkDays.
	Days int `json:"days,omitempty"`
}

func roundURL(caseID, roundID uuid.UUID) string {
	return caseURL(caseID) + "/rounds/" + roundID.String()
}

func viewOf(r *rounds.Round) roundView {
	v := roundView{ID: r.ID, Case: r.Case, Note: r.Note, State: r.State, Opened: r.Opened, Answered: r.Answered(),
		Raters: make([]raterView, len(r.Raters)), Href: roundURL(r.Case, r.ID), Workshop: roundURL(r.Case, r.ID) + "/workshop"}
	if !r.Closed.IsZero() {
		c := r.Closed
		v.Closed = &c
	}
	for i, rt := range r.Raters {
		v.Raters[i] = raterView{ID: rt.ID, Stakeholder: rt.Stakeholder, Level: rt.Level, Name: rt.Name, Expires: rt.Expires, Answered: rt.Answer != nil}
		if rt.Answer != nil {
			saved := rt.Answer.Saved
			v.Raters[i].Saved = &saved
		}
	}
	return v
}

// rounds returns the store's rounds, or answers 501 when the store keeps
// none.
func (s *Server) roundStore(w http.ResponseWriter, r *http.Request) (store.Rounds, bool) {
	if s.rounds == nil {
		s.writeError(w, r, http.StatusNotImplemented, "no-rounds", "this store keeps no self-assessment rounds")
		return nil, false
	}
	return s.rounds, true
}

// readOptional decodes the body into v strictly when there is one; on
// failure it has answered 400 or 413.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any, optional bool) bool {
	if r.ContentLength > s.maxBody {
		s.tooLarge(w, r)
		return false
	}
	if optional && r.ContentLength == 0 {
		return true
	}
	err := collab.Decode(http.MaxBytesReader(w, r.Body, s.maxBody), v, s.maxBody)
	if err == nil {
		return true
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		s.tooLarge(w, r)
		return false
	}
	if ps := collab.ProblemsOf(err); len(ps) > 0 {
		if len(ps) == 1 && ps[0].Path == "" && ps[0].Code == collab.CodeTooLong {
			s.tooLarge(w, r)
			return false
		}
		s.writeProblems(w, r, ps)
		return false
	}
	s.writeError(w, r, http.StatusBadRequest, "unreadable-body", "the request body could not be read")
	return false
}

// linkDays checks a number of days for links: 0 gives the default.
func linkDays(days int) (int, *collab.Problem) {
	switch {
	case days == 0:
		return defaultLinkDays, nil
	case days < 0 || days > maxLinkDays:
		return 0, &collab.Problem{Path: "days", Code: collab.CodeOutOfRange,
			Message: strconv.Itoa(days) + " is not a number of days from 1 to " + strconv.Itoa(maxLinkDays)}
	}
	return days, nil
}

// loadCase reads and decodes the stored case id; on failure it has
// answered.
func (s *Server) loadCase(w http.ResponseWriter, r *http.Request, id uuid.UUID) (store.Record, *assess.Case, bool) {
	rec, err := s.store.Get(r.Context(), id)
	if !s.storeOK(w, r, err, "reading a case") {
		return store.Record{}, nil, false
	}
	c, err := assess.DecodeCase(bytes.NewReader(rec.Body), 0)
	if err != nil {
		s.internal(w, r, "decoding a stored case", err)
		return store.Record{}, nil, false
	}
	return rec, c, true
}

// openRound is POST /v1/cases/{id}/rounds: it opens a round for the
// raters, who must be members of the case's collaboration, and answers 201
// with one link per rater. The links are in this answer only.
func (s *Server) openRound(w http.ResponseWriter, r *http.Request) {
	rs, id, ok := s.caseRounds(w, r)
	if !ok {
		return
	}
	var req openRoundRequest
	if !s.readJSON(w, r, &req, false) {
		return
	}
	days, p := linkDays(req.Days)
	problems := collab.ProblemsOf(req.Validate())
	if p != nil {
		problems = append(problems, *p)
	}
	if len(problems) > 0 {
		s.writeProblems(w, r, problems)
		return
	}
	_, c, ok := s.loadCase(w, r, id)
	if !ok {
		return
	}
	if err := req.ValidateIn(&c.Collaboration); err != nil {
		s.writeProblems(w, r, collab.ProblemsOf(err))
		return
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	round, issued, err := rounds.Open(id, req.Spec, now, now.AddDate(0, 0, days), nil)
	if err != nil {
		s.internal(w, r, "opening a round", err)
		return
	}
	if err := rs.CreateRound(r.Context(), round); !s.storeOK(w, r, err, "storing a round") {
		return
	}
	v := viewOf(round)
	for i, is := range issued {
		v.Raters[i].Link = "/r/" + string(is.Token)
	}
	w.Header().Set("Location", v.Href)
	s.writeJSON(w, r, http.StatusCreated, v)
}

// caseRounds returns the store's rounds and the {id} of the path; on
// failure it has answered 501 or 400.
func (s *Server) caseRounds(w http.ResponseWriter, r *http.Request) (store.Rounds, uuid.UUID, bool) {
	rs, ok := s.roundStore(w, r)
	if !ok {
		return nil, uuid.Nil, false
	}
	id, ok := s.caseID(w, r)
	return rs, id, ok
}

// roundTarget returns the store's rounds and the {id} and {round} of the
// path; on failure it has answered 501 or 400.
func (s *Server) roundTarget(w http.ResponseWriter, r *http.Request) (store.Rounds, uuid.UUID, uuid.UUID, bool) {
	rs, id, ok := s.caseRounds(w, r)
	if !ok {
		return nil, uuid.Nil, uuid.Nil, false
	}
	rid, ok := s.pathID(w, r, "round")
	return rs, id, rid, ok
}

// pathID reads the UUID of path parameter name ("round", "rater"); on
// failure it has answered 400.
func (s *Server) pathID(w http.ResponseWriter, r *http.Request, name string) (uuid.UUID, bool) {
	raw := r.PathValue(name)
	id, err := uuid.Parse(raw)
	if err != nil || len(raw) != 36 {
		s.writeProblem(w, r, name, collab.CodeBadFormat, strconv.Quote(raw)+" is not a "+name+" ID")
		return uuid.Nil, false
	}
	return id, true
}

// roundOK answers the errors of a round store and of the rules of a
// round; it reports whether err was nil.
func (s *Server) roundOK(w http.ResponseWriter, r *http.Request, err error, doing string) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, store.ErrRoundNotFound):
		s.writeError(w, r, http.StatusNotFound, "not-found", "no round with this ID in this case")
	case errors.Is(err, rounds.ErrUnknownRater):
		s.writeError(w, r, http.StatusNotFound, "not-found", "no rater with this ID in this round")
	case errors.Is(err, rounds.ErrClosed):
		s.writeError(w, r, http.StatusConflict, "closed", "the round is closed; reopen it first")
	case errors.Is(err, rounds.ErrNotClosed):
		s.writeError(w, r, http.StatusConflict, "open", "the round is open")
	case errors.Is(err, rounds.ErrNoAnswers):
		s.writeError(w, r, http.StatusConflict, "no-answers", "nobody has answered yet; a round closes with at least one answer")
	case errors.Is(err, store.ErrRoundStale), errors.Is(err, store.ErrStale):
		s.writeError(w, r, http.StatusConflict, "busy", "the round or its case kept changing while it was being written; try again")
	default:
		return s.storeOK(w, r, err, doing)
	}
	return false
}

// listRounds is GET /v1/cases/{id}/rounds: the case's rounds, oldest
// first.
func (s *Server) listRounds(w http.ResponseWriter, r *http.Request) {
	rs, id, ok := s.caseRounds(w, r)
	if !ok {
		return
	}
	if _, err := s.store.Get(r.Context(), id); !s.storeOK(w, r, err, "reading a case") {
		return
	}
	list, err := rs.ListRounds(r.Context(), id)
	if err != nil {
		s.internal(w, r, "listing rounds", err)
		return
	}
	out := roundList{Rounds: make([]roundView, 0, len(list))}
	for _, rd := range list {
		out.Rounds = append(out.Rounds, viewOf(rd))
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

// getRound is GET /v1/cases/{id}/rounds/{round}: the round and who has
// answered.
func (s *Server) getRound(w http.ResponseWriter, r *http.Request) {
	rs, id, rid, ok := s.roundTarget(w, r)
	if !ok {
		return
	}
	rd, err := rs.GetRound(r.Context(), id, rid)
	if !s.roundOK(w, r, err, "reading a round") {
		return
	}
	s.writeJSON(w, r, http.StatusOK, viewOf(rd))
}

// changeRound reads the round, applies change, and writes it back, with
// the case when change returns a self-assessment to put in it; it retries
// when an answer or another change came in between. On failure it has
// answered.
func (s *Server) changeRound(w http.ResponseWriter, r *http.Request, change func(rd *rounds.Round) (*collab.SelfAssessment, error)) (*rounds.Round, *store.Record, bool) {
	rs, id, rid, ok := s.roundTarget(w, r)
	if !ok {
		return nil, nil, false
	}
	var err error
	for range closeAttempts {
		var rd *rounds.Round
		if rd, err = rs.GetRound(r.Context(), id, rid); err != nil {
			break
		}
		var sa *collab.SelfAssessment
		if sa, err = change(rd); err != nil {
			break
		}
		var rec *store.Record
		var match store.Revision
		if sa != nil {
			stored, err := s.store.Get(r.Context(), id)
			if !s.storeOK(w, r, err, "reading a case") {
				return nil, nil, false
			}
			c, err := withSelfAssessment(stored, *sa)
			if ps := collab.ProblemsOf(err); len(ps) > 0 {
				s.writeProblemsWith(w, r, http.StatusConflict, "invalid-case",
					"the round does not fit the case as it stands; problems lists why", ps)
				return nil, nil, false
			}
			if err != nil {
				s.internal(w, r, "adding a round to a case", err)
				return nil, nil, false
			}
			next, ok := s.recordOf(w, r, c)
			if !ok {
				return nil, nil, false
			}
			rec, match = &next, stored.Revision
		}
		var written *store.Record
		if written, err = rs.UpdateRound(r.Context(), rd, rec, match); err == nil {
			return rd, written, true
		}
		if !errors.Is(err, store.ErrRoundStale) && !errors.Is(err, store.ErrStale) {
			break
		}
	}
	s.roundOK(w, r, err, "changing a round")
	return nil, nil, false
}

// withSelfAssessment returns the stored case with sa in its
// self-assessments (replacing an earlier one with sa's ID), validated: the
// case's problems when it does not fit.
func withSelfAssessment(stored store.Record, sa collab.SelfAssessment) (*assess.Case, error) {
	c, err := assess.DecodeCase(bytes.NewReader(stored.Body), 0)
	if err != nil {
		return nil, fmt.Errorf("decoding stored case %s: %w", stored.ID, err)
	}
	c.SelfAssessments = rounds.WithSelfAssessment(c.SelfAssessments, sa)
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// closeRound is POST /v1/cases/{id}/rounds/{round}/close: it closes the
// round and adds its self-assessment to the case as a new revision (or
// replaces the one an earlier close of the round added), in one write.
func (s *Server) closeRound(w http.ResponseWriter, r *http.Request) {
	var req closeRequest
	if !s.readJSON(w, r, &req, true) {
		return
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	date := req.Date
	if date.IsZero() {
		date = collab.DateOf(now)
	}
	rd, rec, ok := s.changeRound(w, r, func(rd *rounds.Round) (*collab.SelfAssessment, error) {
		sa, err := rd.Close(now, date)
		return &sa, err
	})
	if !ok {
		return
	}
	v := viewOf(rd)
	v.CaseRev = &caseRevision{Version: rec.Revision.Version, ETag: ETag(rec.Revision)}
	s.writeJSON(w, r, http.StatusOK, v)
}

// reopenRound is POST /v1/cases/{id}/rounds/{round}/reopen: raters may
// change their answers again; every link works at least the given days
// more. The case keeps the round's self-assessment until it closes again.
func (s *Server) reopenRound(w http.ResponseWriter, r *http.Request) {
	var req reopenRequest
	if !s.readJSON(w, r, &req, true) {
		return
	}
	days, p := linkDays(req.Days)
	if p != nil {
		s.writeProblems(w, r, []collab.Problem{*p})
		return
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	rd, _, ok := s.changeRound(w, r, func(rd *rounds.Round) (*collab.SelfAssessment, error) {
		return nil, rd.Reopen(now.AddDate(0, 0, days))
	})
	if !ok {
		return
	}
	s.writeJSON(w, r, http.StatusOK, viewOf(rd))
}

// removeRater is DELETE /v1/cases/{id}/rounds/{round}/raters/{rater}: the
// rater's link stops working and their answer goes.
func (s *Server) removeRater(w http.ResponseWriter, r *http.Request) {
	rater, ok := s.pathID(w, r, "rater")
	if !ok {
		return
	}
	if _, _, ok := s.changeRound(w, r, func(rd *rounds.Round) (*collab.SelfAssessment, error) {
		return nil, rd.RemoveRater(rater)
	}); !ok {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// roundPages adapts the round store to the pages of package web.
type roundPages struct {
	store   store.Store
	rounds  store.Rounds
	regions func(code string) string
}

// RaterForm implements web.RaterStore.
func (p roundPages) RaterForm(ctx context.Context, h rounds.TokenHash, now time.Time) (web.RaterForm, error) {
	acc, err := p.rounds.RaterByToken(ctx, h, now)
	if err != nil {
		return web.RaterForm{}, err
	}
	return web.RaterForm{CaseName: acc.CaseName, RegionName: p.regions(acc.Region), Level: acc.Rater.Level,
		Open: acc.Open, Answer: acc.Rater.Answer}, nil
}

// SaveAnswer implements web.RaterStore.
func (p roundPages) SaveAnswer(ctx context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error {
	return p.rounds.SaveAnswer(ctx, h, a, now)
}

// Workshop implements web.WorkshopStore.
func (p roundPages) Workshop(ctx context.Context, caseID, roundID uuid.UUID) (web.Workshop, error) {
	rec, err := p.store.Get(ctx, caseID)
	if err != nil {
		return web.Workshop{}, err
	}
	rd, err := p.rounds.GetRound(ctx, caseID, roundID)
	if err != nil {
		return web.Workshop{}, err
	}
	return web.Workshop{CaseName: rec.Name, Round: *rd}, nil
}

// newPages builds the HTML pages of rounds on the server's stores: Dutch
// unless Accept-Language prefers English, the clock and log of the server,
// the limits of cfg.
func (s *Server) newPages(cfg Config) *web.Pages {
	pages := roundPages{store: s.store, rounds: s.rounds, regions: func(code string) string {
		if reg, ok := s.regions.Lookup(code); ok {
			return reg.Name
		}
		return ""
	}}
	return web.New(web.Config{
		Raters:    pages,
		Workshops: pages,
		IsNotFound: func(err error) bool {
			return errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrRoundNotFound)
		},
		Now: func() time.Time { return s.now() },
		Language: func(r *http.Request) collab.Language {
			return negotiateLanguage(r.Header.Get("Accept-Language"), collab.Dutch)
		},
		Logger:        s.log,
		PerToken:      cfg.RaterPerToken,
		PerAddress:    cfg.RaterPerAddress,
		ClientAddress: cfg.ClientAddress,
	})
}

// raterForm is GET /r/{token}, the rater's form; public, reached by the
// token alone.
func (s *Server) raterForm(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.roundStore(w, r); ok {
		s.pages.Form(w, r)
	}
}

// raterSubmit is POST /r/{token}, the rater's answer.
func (s *Server) raterSubmit(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.roundStore(w, r); ok {
		s.pages.Submit(w, r)
	}
}

// workshop is GET /v1/cases/{id}/rounds/{round}/workshop, the round as an
// HTML page to discuss and print.
func (s *Server) workshop(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.roundStore(w, r); ok {
		s.pages.Workshop(w, r)
	}
}
