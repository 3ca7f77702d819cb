package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

// report is GET /v1/cases/{id}/report?lang=en|nl&asOf=YYYY-MM-DD: the
// assessment of the stored case, as JSON (assess.Report), or as the HTML
// page of regioscan (package htmlreport) when Accept prefers text/html.
// Without lang, the language is the one Accept-Language prefers of en and
// nl, else English; asOf defaults to the server's current date (UTC).
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	id, ok := s.caseID(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	var problems []collab.Problem
	lang := negotiateLanguage(r.Header.Get("Accept-Language"), collab.English)
	parameter(q, "lang", collab.ParseLanguage, &lang, &problems)
	asOf := s.today()
	parameter(q, "asOf", collab.ParseDate, &asOf, &problems)
	if len(problems) > 0 {
		s.writeProblems(w, r, problems)
		return
	}
	w.Header().Set("Vary", "Accept, Accept-Language")
	format := negotiate(r.Header.Get("Accept"), "application/json", "text/html")
	if format == "" {
		s.writeError(w, r, http.StatusNotAcceptable, "not-acceptable", "the report comes as application/json or text/html")
		return
	}

	rec, err := s.store.Get(r.Context(), id)
	if !s.storeOK(w, r, err, "reading a case") {
		return
	}
	key := reportKey{id: id, rev: rec.Revision, asOf: asOf, lang: lang, format: format}
	if body, ok := s.cache.get(key); ok {
		writeReport(w, format, body)
		return
	}
	select {
	case s.reports <- struct{}{}:
		defer func() { <-s.reports }()
	default:
		w.Header().Set("Retry-After", "1")
		s.writeError(w, r, http.StatusServiceUnavailable, "busy",
			"the server is working out as many reports as it can at once; ask again in a second")
		return
	}
	if r.Context().Err() != nil {
		return // the client left: nobody waits for the report
	}
	var c assess.Case
	if err := json.Unmarshal(rec.Body, &c); err != nil {
		s.internal(w, r, "decoding a stored case", err)
		return
	}
	rep, err := assess.EvaluateContext(r.Context(), &c, asOf)
	if err != nil {
		if r.Context().Err() != nil {
			return // the client left: the evaluation stopped where it was
		}
		var problems collab.Problems
		if errors.As(err, &problems) {
			// The case was valid when it was stored, but the library's
			// rules have grown stricter since.
			s.writeProblemsWith(w, r, http.StatusUnprocessableEntity, "no-longer-valid",
				"the stored case no longer passes the library's validation", problems)
			return
		}
		s.internal(w, r, "evaluating a case", err)
		return
	}
	if r.Context().Err() != nil {
		return
	}
	var body bytes.Buffer
	if format == "text/html" {
		if err := htmlreport.Write(&body, []*assess.Report{rep}, htmlreport.Options{Language: lang, Catalogue: &s.lessons}); err != nil {
			s.internal(w, r, "rendering a report", err)
			return
		}
	} else {
		// JSON carries each message's text in lang beside its key and
		// parameters (see assess.Report.Localize).
		enc := json.NewEncoder(&body)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep.Localize(lang)); err != nil {
			s.internal(w, r, "encoding a report", err)
			return
		}
	}
	s.cache.put(key, body.Bytes())
	writeReport(w, format, body.Bytes())
}

// writeReport answers 200 with a rendered report in format.
func writeReport(w http.ResponseWriter, format string, body []byte) {
	if format == "text/html" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	_, _ = w.Write(body)
}

// parameter parses the query parameter name of q with parse, when it is
// given, into *dst; a value that does not parse leaves *dst as it is and
// adds its problems, with name as their path, to *problems, so that a
// handler lists the mistakes of every parameter at once.
func parameter[T any](q url.Values, name string, parse func(string) (T, error), dst *T, problems *[]collab.Problem) {
	v := q.Get(name)
	if v == "" {
		return
	}
	x, err := parse(v)
	if err != nil {
		*problems = append(*problems, atParameter(name, err)...)
		return
	}
	*dst = x
}

// atParameter returns the problems of err, the error of parsing the query
// parameter name, with name as their path.
func atParameter(name string, err error) []collab.Problem {
	ps := collab.ProblemsOf(err)
	for i := range ps {
		ps[i].Path = name
	}
	return ps
}
