// Package api is the HTTP API of the kennisbank: the routes of GET
// /openapi.json over a store.Store, with content negotiation, RFC 9457
// problem details for every error, a request ID on every answer, bearer
// token authentication, ETags for conditional writes and a cache of the
// reports worked out. It is a package of its own so that a program can
// serve the API beside other handlers, or wire it to a store of its own.
//
// New builds a Server from a Config; the Server is an http.Handler that
// keeps no state beside its store and its report cache, so that several
// servers can share one database.
package api

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/region"
)

// DefaultMaxBody is the default limit of a request body, 1 MiB: a case
// document is a few kilobytes, so this leaves room without inviting abuse.
const DefaultMaxBody = 1 << 20

// Config is what a Server is made of; New checks it. Store is required;
// Token is required unless Insecure is set. The zero value of every other
// field means its default.
type Config struct {
	Store    store.Store  // where the cases are kept
	Token    string       // the bearer token every /v1 request must carry
	Insecure bool         // serve /v1 without a token (-insecure-dev)
	MaxBody  int64        // limit of a request body in bytes; zero or less: DefaultMaxBody
	Logger   *slog.Logger // nil: discard
	// Now reads the clock, for the default as-of date of a report; nil:
	// time.Now.
	Now func() time.Time
	// MaxReports is how many reports may be worked out at once; more
	// requests for a report get 503 with Retry-After. Zero or less:
	// defaultMaxReports.
	MaxReports int
	// RaterPerToken and RaterPerAddress bound the requests to a rater's
	// pages (/r/{token}) per token and per client address; nil: the
	// defaults of package web. ClientAddress names the address a request
	// is limited by; nil: the host of its RemoteAddr (behind a reverse
	// proxy, return the client's address the proxy reports, or every
	// rater shares the proxy's limit).
	RaterPerToken, RaterPerAddress *web.Limiter
	ClientAddress                  func(r *http.Request) string
}

// defaultMaxReports bounds the reports worked out at once: two per core
// keeps the CPU busy without letting a burst of report requests starve
// the reading and writing of cases.
var defaultMaxReports = 2 * runtime.GOMAXPROCS(0)

// Server is the kennisbank HTTP API, an http.Handler. It keeps no state of
// its own beside the store and a cache of reports keyed by case revision,
// so that several servers can share one database.
type Server struct {
	store   store.Store
	auth    bearer
	maxBody int64
	log     *slog.Logger
	now     func() time.Time
	lessons lesson.Catalogue
	regions region.Catalogue
	mux     *http.ServeMux
	openapi []byte
	// reports holds a token per report being worked out, so that at most
	// its capacity run at once; past that a report request gets 503.
	reports chan struct{}
	cache   *reportCache
	// rounds keeps self-assessment rounds when the store does; pages
	// serves their HTML (the rater's form, the workshop view).
	rounds store.Rounds
	pages  *web.Pages
}

// New checks cfg and builds a Server. It refuses a missing or short
// token (the errors of CheckToken) unless cfg.Insecure is set.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("no store")
	}
	if !cfg.Insecure {
		if err := CheckToken(cfg.Token); err != nil {
			return nil, err
		}
	}
	s := &Server{
		store:   cfg.Store,
		auth:    newBearer(cfg.Token),
		maxBody: cfg.MaxBody,
		log:     cfg.Logger,
		now:     cfg.Now,
		lessons: lesson.Default(),
		regions: region.Reference(),
		mux:     http.NewServeMux(),
		openapi: openAPIDocument,
		reports: make(chan struct{}, max(cfg.MaxReports, 0)),
		cache:   newReportCache(reportCacheSize),
	}
	if cfg.MaxReports <= 0 {
		s.reports = make(chan struct{}, defaultMaxReports)
	}
	if cfg.Insecure {
		s.auth = bearer{}
	}

	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.rounds, _ = cfg.Store.(store.Rounds)
	s.pages = s.newPages(cfg)
	for _, rt := range s.routes() {
		h := rt.handle
		if !rt.public {
			h = s.requireToken(h)
		}
		s.mux.HandleFunc(rt.method+" "+rt.path, h)
	}
	return s, nil
}

// route is one operation of the API. Path uses the ServeMux syntax, which
// is also the OpenAPI syntax for path parameters ("/v1/cases/{id}").
type route struct {
	method string
	path   string
	public bool // served without a token
	handle http.HandlerFunc
}

// routes lists every operation of the API; openapi.json documents the same
// list, which TestOpenAPIMatchesRoutes checks.
func (s *Server) routes() []route {
	return []route{
		{method: "GET", path: "/healthz", public: true, handle: s.health},
		{method: "GET", path: "/openapi.json", public: true, handle: s.serveOpenAPI},
		{method: "POST", path: "/v1/cases", handle: s.createCase},
		{method: "GET", path: "/v1/cases", handle: s.listCases},
		{method: "GET", path: "/v1/cases/{id}", handle: s.getCase},
		{method: "PUT", path: "/v1/cases/{id}", handle: s.putCase},
		{method: "DELETE", path: "/v1/cases/{id}", handle: s.deleteCase},
		{method: "GET", path: "/v1/cases/{id}/report", handle: s.report},
		{method: "GET", path: "/v1/lessons", handle: s.searchLessons},
		{method: "GET", path: "/v1/regions", handle: s.listRegions},
		{method: "POST", path: "/v1/cases/{id}/rounds", handle: s.openRound},
		{method: "GET", path: "/v1/cases/{id}/rounds", handle: s.listRounds},
		{method: "GET", path: "/v1/cases/{id}/rounds/{round}", handle: s.getRound},
		{method: "POST", path: "/v1/cases/{id}/rounds/{round}/close", handle: s.closeRound},
		{method: "POST", path: "/v1/cases/{id}/rounds/{round}/reopen", handle: s.reopenRound},
		{method: "DELETE", path: "/v1/cases/{id}/rounds/{round}/raters/{rater}", handle: s.removeRater},
		{method: "GET", path: "/v1/cases/{id}/rounds/{round}/workshop", handle: s.workshop},
		{method: "GET", path: "/r/{token}", public: true, handle: s.raterForm},
		{method: "POST", path: "/r/{token}", public: true, handle: s.raterSubmit},
	}
}

// ServeHTTP gives every request an ID, recovers from a panic with a
// generic 500, logs the request, and answers an unknown path or method
// with a JSON 404 or 405.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	id := newRequestID()
	r = r.WithContext(withRequestID(r.Context(), id))
	sw := &statusWriter{ResponseWriter: w}
	sw.Header().Set("X-Request-Id", id)
	sw.Header().Set("X-Content-Type-Options", "nosniff")
	if strings.HasPrefix(r.URL.Path, "/v1/cases") {
		// Case data and reports are a collaboration's own: no shared cache
		// keeps them, and no browser cache outlives the page.
		sw.Header().Set("Cache-Control", "private, no-store")
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.LogAttrs(r.Context(), slog.LevelError, "panic", slog.String("requestId", id),
				slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
			if !sw.wrote {
				s.internal(sw, r, "serving", errors.New("panic"))
			}
		}
		attrs := []slog.Attr{
			slog.String("requestId", id), slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.String("pattern", r.Pattern), slog.Int("status", sw.sentStatus(r)), slog.Int64("bytes", sw.bytes),
			slog.Duration("duration", time.Since(start)), slog.String("remote", r.RemoteAddr)}
		if sw.err != nil {
			attrs = append(attrs, slog.String("writeError", sw.err.Error()))
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	}()

	if ce := r.Header.Get("Content-Encoding"); ce != "" {
		s.writeError(sw, r, http.StatusUnsupportedMediaType, "unsupported-encoding",
			"request bodies are read as they are sent; send them without Content-Encoding")
		return
	}

	h, pattern := s.mux.Handler(r)
	if pattern == "" {
		// The mux has no route: it would answer 404, or 405 with an
		// Allow header. Keep its status and headers, answer in JSON.
		probe := &headerProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		if allow := probe.header.Get("Allow"); allow != "" {
			sw.Header().Set("Allow", allow)
		}
		if probe.status == http.StatusMethodNotAllowed {
			s.writeError(sw, r, http.StatusMethodNotAllowed, "method-not-allowed", r.Method+" is not allowed here; see the Allow header")
			return
		}
		s.writeError(sw, r, http.StatusNotFound, "not-found", "no such resource; GET /openapi.json lists what this service offers")
		return
	}
	s.mux.ServeHTTP(sw, r)
}

// health answers 200 while the database answers and takes a write, 503
// otherwise.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		s.log.LogAttrs(r.Context(), slog.LevelWarn, "health check failed", slog.String("error", err.Error()))
		s.writeError(w, r, http.StatusServiceUnavailable, "unavailable", "the database does not answer or cannot write")
		return
	}
	s.writeJSON(w, r, http.StatusOK, map[string]string{"status": "ok"})
}

// serveOpenAPI serves the OpenAPI document of the API.
func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(s.openapi)
}

// today is the default as-of date of a report: the server's current date
// in UTC.
func (s *Server) today() collab.Date { return collab.DateOf(s.now().UTC()) }

// statusWriter remembers the status and size of a response, for the log.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
	wrote bool
	err   error // the first error of writing the body
}

// statusClientGone is the status logged for a request whose client left
// before the whole answer reached it (nginx's 499): nothing, or not all,
// was sent, so the status the handler chose would be a lie in the log.
const statusClientGone = 499

// sentStatus is the status to log: the one sent, or statusClientGone when
// writing failed or the client left before anything was written.
func (w *statusWriter) sentStatus(r *http.Request) int {
	if w.err != nil || !w.wrote && r.Context().Err() != nil {
		return statusClientGone
	}
	return w.status()
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) status() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.code
}

// headerProbe catches the status and headers of the mux's own 404 and 405
// answers and drops their plain-text bodies.
type headerProbe struct {
	header http.Header
	status int
}

func (p *headerProbe) Header() http.Header         { return p.header }
func (p *headerProbe) Write(b []byte) (int, error) { return len(b), nil }
func (p *headerProbe) WriteHeader(code int)        { p.status = code }

// newRequestID returns 16 random hex digits.
func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}
