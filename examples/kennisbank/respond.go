package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/regiokompas/regiokompas/collab"
)

// errorBody is the JSON body of every error response other than a 400 with
// problems: a stable word for programs and a message for people. It never
// holds the text of an internal error; a 500 carries the request's ID,
// under which the server logged what went wrong.
type errorBody struct {
	Error     string `json:"error"`
	Message   string `json:"message"`
	RequestID string `json:"requestId,omitempty"`
}

// problemsBody is the body of a 400 response: the library's problems,
// unchanged, each with its path, code and message.
type problemsBody struct {
	Problems []collab.Problem `json:"problems"`
}

// writeJSON writes v as the JSON body of a response with the given status.
// It encodes v before writing anything, so that an encoding failure (a
// bug) still gives a clean 500.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.internal(w, r, "encoding a response", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// writeError writes an errorBody with the given status, word and message.
func (s *server) writeError(w http.ResponseWriter, r *http.Request, status int, word, message string) {
	s.writeJSON(w, r, status, errorBody{Error: word, Message: message})
}

// writeProblems writes a 400 response holding problems.
func (s *server) writeProblems(w http.ResponseWriter, r *http.Request, problems []collab.Problem) {
	s.writeJSON(w, r, http.StatusBadRequest, problemsBody{Problems: problems})
}

// writeProblem writes a 400 response holding one problem.
func (s *server) writeProblem(w http.ResponseWriter, r *http.Request, path string, code collab.Code, message string) {
	s.writeProblems(w, r, []collab.Problem{{Path: path, Code: code, Message: message}})
}

// internal logs err, which may hold details that are nobody's business
// outside (SQL, file names, addresses), and answers 500 with a generic
// message and the request's ID.
func (s *server) internal(w http.ResponseWriter, r *http.Request, doing string, err error) {
	id := requestID(r)
	s.log.LogAttrs(r.Context(), slog.LevelError, "request failed",
		slog.String("requestId", id), slog.String("doing", doing), slog.String("error", err.Error()))
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	_ = json.NewEncoder(w).Encode(errorBody{Error: "internal", Message: "the server could not complete the request; it logged the cause under the request ID", RequestID: id})
}
