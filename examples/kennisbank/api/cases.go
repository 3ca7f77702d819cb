package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/region"
)

// Page sizes of GET /v1/cases.
const (
	defaultPageSize = 50
	maxPageSize     = 200
)

// caseSummary is one case in a list: its indexed columns and revision.
type caseSummary struct {
	ID      uuid.UUID `json:"id"`
	Name    string    `json:"name"`
	Region  string    `json:"region"`
	Version int64     `json:"version"`
	ETag    string    `json:"etag"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	Href    string    `json:"href"`
}

// casePage is the body of GET /v1/cases: one page of cases, and the cursor
// of the next page when there is one.
type casePage struct {
	Cases []caseSummary `json:"cases"`
	Next  string        `json:"next,omitempty"`
}

// caseURL is the path of the case id.
func caseURL(id uuid.UUID) string { return "/v1/cases/" + id.String() }

// readCase reads the request body as a case document, strictly, and
// validates it. On failure it has answered: 413 for a body over the
// limit, 415 for a body that is declared as something other than JSON, 400
// with the problems of the document otherwise.
func (s *Server) readCase(w http.ResponseWriter, r *http.Request) (*assess.Case, bool) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !isJSONSuffix(mt)) {
			s.writeError(w, r, http.StatusUnsupportedMediaType, "unsupported-media-type", "send the case as application/json")
			return nil, false
		}
	}
	if r.ContentLength > s.maxBody {
		s.tooLarge(w, r)
		return nil, false
	}
	// The body is kept, so that each problem can name its line and column.
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	if err == nil {
		var c *assess.Case
		if c, err = assess.DecodeCase(bytes.NewReader(data), s.maxBody); err == nil {
			return c, true
		}
		err = collab.WithPositions(data, err)
	}
	var tooBig *http.MaxBytesError
	var problems collab.Problems
	switch {
	case errors.As(err, &tooBig):
		s.tooLarge(w, r)
	case errors.As(err, &problems):
		if len(problems) == 1 && problems[0].Path == "" && problems[0].Code == collab.CodeTooLong {
			s.tooLarge(w, r)
			return nil, false
		}
		s.writeProblems(w, r, problems)
	default:
		// The body could not be read: the client went away or sent a
		// broken chunked body.
		s.log.WarnContext(r.Context(), "reading a request body", "requestId", requestID(r), "error", err.Error())
		s.writeError(w, r, http.StatusBadRequest, "unreadable-body", "the request body could not be read")
	}
	return nil, false
}

// isJSONSuffix reports whether mt is a structured JSON type such as
// application/merge-patch+json.
func isJSONSuffix(mt string) bool {
	return len(mt) > 5 && mt[len(mt)-5:] == "+json"
}

func (s *Server) tooLarge(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, http.StatusRequestEntityTooLarge, "too-large",
		"the request body is larger than the limit of "+strconv.FormatInt(s.maxBody, 10)+" bytes")
}

// recordOf turns a validated case into the record the store keeps: its
// JSON as the library writes it, and the indexed columns. A case that
// cannot be encoded (a bug) is answered with a 500 and false.
func (s *Server) recordOf(w http.ResponseWriter, r *http.Request, c *assess.Case) (store.Record, bool) {
	body, err := json.Marshal(c)
	if err != nil {
		s.internal(w, r, "encoding a case", err)
		return store.Record{}, false
	}
	return store.Record{ID: c.Collaboration.ID, Name: c.Collaboration.Name, Region: c.Collaboration.Region, Body: body}, true
}

// createCase is POST /v1/cases: it stores a new case under its
// collaboration's ID.
func (s *Server) createCase(w http.ResponseWriter, r *http.Request) {
	c, ok := s.readCase(w, r)
	if !ok {
		return
	}
	rec, ok := s.recordOf(w, r, c)
	if !ok {
		return
	}
	rec, err := s.store.Create(r.Context(), rec)
	switch {
	case errors.Is(err, store.ErrExists):
		w.Header().Set("Location", caseURL(c.Collaboration.ID))
		s.writeError(w, r, http.StatusConflict, "exists",
			"a case of collaboration "+c.Collaboration.ID.String()+" is stored already; change it with PUT "+caseURL(c.Collaboration.ID))
		return
	case err != nil:
		s.internal(w, r, "creating a case", err)
		return
	}
	w.Header().Set("Location", caseURL(rec.ID))
	s.writeCase(w, rec, http.StatusCreated)
}

// writeCase answers with the stored case document and its ETag.
func (s *Server) writeCase(w http.ResponseWriter, rec store.Record, status int) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("ETag", ETag(rec.Revision))
	h.Set("Last-Modified", rec.Updated.Format(http.TimeFormat))
	h.Set("Content-Length", strconv.Itoa(len(rec.Body)))
	w.WriteHeader(status)
	_, _ = w.Write(rec.Body)
}

// caseID reads the {id} of the path; on failure it has answered 400.
func (s *Server) caseID(w http.ResponseWriter, r *http.Request) (uuid.UUID, bool) {
	raw := r.PathValue("id")
	id, err := uuid.Parse(raw)
	if err != nil || len(raw) != 36 {
		s.writeProblem(w, r, "id", collab.CodeBadFormat, strconv.Quote(raw)+" is not a case ID; a case ID is its collaboration's UUID")
		return uuid.Nil, false
	}
	return id, true
}

// getCase is GET /v1/cases/{id}. It answers 304 when If-None-Match names
// the current ETag.
func (s *Server) getCase(w http.ResponseWriter, r *http.Request) {
	id, ok := s.caseID(w, r)
	if !ok {
		return
	}
	rec, err := s.store.Get(r.Context(), id)
	if !s.storeOK(w, r, err, "reading a case") {
		return
	}
	if tags, star, present := parseWeakETagList(r.Header.Values("If-None-Match")); present {
		for _, t := range tags {
			star = star || t == rec.Revision
		}
		if star {
			w.Header().Set("ETag", ETag(rec.Revision))
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	s.writeCase(w, rec, http.StatusOK)
}

// putCase is PUT /v1/cases/{id}: it replaces the case when If-Match names
// its current ETag. Without If-Match it answers 428, with a stale ETag
// 412, so that no update is lost.
func (s *Server) putCase(w http.ResponseWriter, r *http.Request) {
	id, ok := s.caseID(w, r)
	if !ok {
		return
	}
	tags, star, present := parseETagList(r.Header.Values("If-Match"))
	if !present || (star && len(tags) == 0) {
		s.writeError(w, r, http.StatusPreconditionRequired, "precondition-required",
			"send If-Match with the ETag of the case you changed, so that no other change is lost")
		return
	}
	c, ok := s.readCase(w, r)
	if !ok {
		return
	}
	if c.Collaboration.ID != id {
		s.writeProblem(w, r, "collaboration.id", collab.CodeNotAllowed,
			c.Collaboration.ID.String()+" differs from the case's ID "+id.String()+" in the path; a case keeps its collaboration's ID")
		return
	}
	match, ok := s.chooseRevision(w, r, id, tags)
	if !ok {
		return
	}
	rec, ok := s.recordOf(w, r, c)
	if !ok {
		return
	}
	rec, err := s.store.Update(r.Context(), rec, match)
	if !s.storeOK(w, r, err, "updating a case") {
		return
	}
	s.writeCase(w, rec, http.StatusOK)
}

// chooseRevision returns the revision a conditional write must still find:
// the one tag of If-Match, or, of several, the one that is current. The
// write itself checks it again, atomically. On failure it has answered.
func (s *Server) chooseRevision(w http.ResponseWriter, r *http.Request, id uuid.UUID, tags []store.Revision) (store.Revision, bool) {
	if len(tags) == 1 {
		return tags[0], true
	}
	rec, err := s.store.Get(r.Context(), id)
	if !s.storeOK(w, r, err, "reading a case") {
		return store.Revision{}, false
	}
	for _, t := range tags {
		if t == rec.Revision {
			return t, true
		}
	}
	s.stale(w, r, rec.Revision)
	return store.Revision{}, false
}

// stale answers 412: the case has changed since the client read it.
func (s *Server) stale(w http.ResponseWriter, r *http.Request, current store.Revision) {
	if !current.IsZero() {
		w.Header().Set("ETag", ETag(current))
	}
	s.writeError(w, r, http.StatusPreconditionFailed, "stale",
		"the case has changed since you read it; GET it again, apply your change and send it with the new ETag")
}

// deleteCase is DELETE /v1/cases/{id}. If-Match is optional; when given,
// the case is only deleted while it has that ETag.
func (s *Server) deleteCase(w http.ResponseWriter, r *http.Request) {
	id, ok := s.caseID(w, r)
	if !ok {
		return
	}
	var match store.Revision
	if tags, star, present := parseETagList(r.Header.Values("If-Match")); present && !(star && len(tags) == 0) {
		if match, ok = s.chooseRevision(w, r, id, tags); !ok {
			return
		}
	}
	if !s.storeOK(w, r, s.store.Delete(r.Context(), id, match), "deleting a case") {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// storeOK answers the store's errors: 404, 412 and, for anything else,
// 500. It reports whether err was nil.
func (s *Server) storeOK(w http.ResponseWriter, r *http.Request, err error, doing string) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, store.ErrNotFound):
		s.writeError(w, r, http.StatusNotFound, "not-found", "no case with this ID")
	case errors.Is(err, store.ErrStale):
		s.stale(w, r, store.Revision{})
	default:
		s.internal(w, r, doing, err)
	}
	return false
}

// listCases is GET /v1/cases?region=&limit=&cursor=: one page of cases,
// ordered by name, then ID.
func (s *Server) listCases(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lq := store.ListQuery{Region: q.Get("region"), Cursor: q.Get("cursor"), Limit: defaultPageSize}
	var problems []collab.Problem
	if lq.Region != "" && !region.ValidCode(lq.Region) {
		problems = append(problems, collab.Problem{Path: "region", Code: collab.CodeBadFormat,
			Message: strconv.Quote(lq.Region) + " is not a region code such as \"west-brabant\""})
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPageSize {
			problems = append(problems, collab.Problem{Path: "limit", Code: collab.CodeOutOfRange,
				Message: strconv.Quote(v) + " is not a whole number from 1 to " + strconv.Itoa(maxPageSize)})
		} else {
			lq.Limit = n
		}
	}
	if lq.Cursor != "" {
		if _, err := store.DecodeCursor(lq.Cursor); err != nil {
			problems = append(problems, collab.Problem{Path: "cursor", Code: collab.CodeBadFormat,
				Message: "is not a cursor this service gave out; take it from the next field of a page"})
		}
	}
	if len(problems) > 0 {
		s.writeProblems(w, r, problems)
		return
	}
	recs, next, err := s.store.List(r.Context(), lq)
	if err != nil {
		s.internal(w, r, "listing cases", err)
		return
	}
	page := casePage{Cases: make([]caseSummary, 0, len(recs)), Next: next}
	for _, rec := range recs {
		page.Cases = append(page.Cases, caseSummary{
			ID: rec.ID, Name: rec.Name, Region: rec.Region, Version: rec.Revision.Version,
			ETag: ETag(rec.Revision), Created: rec.Created, Updated: rec.Updated, Href: caseURL(rec.ID),
		})
	}
	s.writeJSON(w, r, http.StatusOK, page)
}
