package api

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/regiokompas/regiokompas/collab"
)

// problemDetails is the body of every error response: problem details
// of RFC 9457 (application/problem+json), one shape for every error. Type
// is "about:blank", so Title is the status's text; the extension members
// say the rest: a stable word for programs (error), a message for people
// (message, also the detail), on a 500 the request's ID under which the
// server logged the cause (never the cause itself), and on a 400 or 422
// the library's problems, unchanged, each with its path, code and message.
type problemDetails struct {
	Type      string           `json:"type"`
	Title     string           `json:"title"`
	Status    int              `json:"status"`
	Detail    string           `json:"detail"`
	Error     string           `json:"error"`
	Message   string           `json:"message"`
	RequestID string           `json:"requestId,omitempty"`
	Problems  []collab.Problem `json:"problems,omitempty"`
}

// problemType is the media type of problem details.
const problemType = "application/problem+json"

// newProblem returns the problem details of an error answer.
func newProblem(status int, word, message string) problemDetails {
	return problemDetails{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: message, Error: word, Message: message}
}

// writeProblemDetails writes p as an error answer with p's status.
func (s *Server) writeProblemDetails(w http.ResponseWriter, r *http.Request, p problemDetails) {
	s.writeEncoded(w, r, p.Status, problemType, p)
}

// writeJSON writes v as the JSON body of a response with the given status.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	s.writeEncoded(w, r, status, "application/json", v)
}

// writeEncoded writes v as a JSON body of the given content type and
// status. It encodes v before writing anything, so that an encoding
// failure (a bug) still gives a clean 500.
func (s *Server) writeEncoded(w http.ResponseWriter, r *http.Request, status int, contentType string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.internal(w, r, "encoding a response", err)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// writeError writes problem details with the given status, word and
// message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, status int, word, message string) {
	s.writeProblemDetails(w, r, newProblem(status, word, message))
}

// writeProblems writes a 400 response holding problems.
func (s *Server) writeProblems(w http.ResponseWriter, r *http.Request, problems []collab.Problem) {
	s.writeProblemsWith(w, r, http.StatusBadRequest, "invalid", "the request is not valid; problems lists every mistake with its path", problems)
}

// writeProblemsWith writes problem details holding problems.
func (s *Server) writeProblemsWith(w http.ResponseWriter, r *http.Request, status int, word, message string, problems []collab.Problem) {
	p := newProblem(status, word, message)
	p.Problems = problems
	s.writeProblemDetails(w, r, p)
}

// writeProblem writes a 400 response holding one problem.
func (s *Server) writeProblem(w http.ResponseWriter, r *http.Request, path string, code collab.Code, message string) {
	s.writeProblems(w, r, []collab.Problem{{Path: path, Code: code, Message: message}})
}

// internal logs err, which may hold details that are nobody's business
// outside (SQL, file names, addresses), and answers 500 with a generic
// message and the request's ID.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, doing string, err error) {
	id := requestID(r)
	s.log.LogAttrs(r.Context(), slog.LevelError, "request failed",
		slog.String("requestId", id), slog.String("doing", doing), slog.String("error", err.Error()))
	p := newProblem(http.StatusInternalServerError, "internal", "the server could not complete the request; it logged the cause under the request ID")
	p.RequestID = id
	w.Header().Set("Content-Type", problemType)
	w.WriteHeader(http.StatusInternalServerError)
	_ = json.NewEncoder(w).Encode(p)
}
