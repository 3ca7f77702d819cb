package web

import (
	"bytes"
	"context"
	"embed"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
)

//go:embed templates/*.html
var templateFiles embed.FS

// RaterStore is what the rater's pages need of the store. Both methods
// find the rater by the hash of their token and nothing else, so that a
// token reaches its own rater only. They return rounds.ErrUnknownRater
// when no rater of any round has the hash, and rounds.ErrExpired past the
// rater's expiry.
type RaterStore interface {
	// RaterForm returns what the rater's form shows.
	RaterForm(ctx context.Context, h rounds.TokenHash, now time.Time) (RaterForm, error)
	// SaveAnswer replaces the rater's answer, atomically with the check
	// that the round is open: rounds.ErrClosed when it is not.
	SaveAnswer(ctx context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error
}

// RaterForm is what a rater's page shows of the round: the name and region
// of the case the form is about, the rater's level, whether the round is
// open, and the rater's own answer (nil before the first).
type RaterForm struct {
	CaseName   string
	RegionName string
	Level      collab.Level
	Open       bool
	Answer     *rounds.Answer
}

// WorkshopStore finds a round with what the workshop view shows of it.
type WorkshopStore interface {
	// Workshop returns the round of case caseID, or an error for which
	// IsNotFound reports true when there is none.
	Workshop(ctx context.Context, caseID, roundID uuid.UUID) (Workshop, error)
}

// Config is what Pages are made of. Raters is needed for the rater's
// pages and Workshops for the workshop view; the other fields may be
// left zero.
type Config struct {
	Raters    RaterStore
	Workshops WorkshopStore
	// IsNotFound reports whether an error of Workshops means that there is
	// no such round; nil: never.
	IsNotFound func(error) bool
	// Now reads the clock; nil: time.Now.
	Now func() time.Time
	// Language picks the language of a page from the request when it has
	// no ?lang= parameter, typically from Accept-Language; nil: Dutch.
	Language func(r *http.Request) collab.Language
	// PerToken and PerAddress bound the requests to the rater's pages per
	// token and per client address; nil: 30 a minute (10 at once) per
	// token, 120 a minute (40 at once) per address.
	PerToken, PerAddress *Limiter
	// ClientAddress returns the address a request is limited by; nil: the
	// host of r.RemoteAddr. Behind a proxy, return the address it reports.
	ClientAddress func(r *http.Request) string
	// Logger logs failures of the store; nil: discard.
	Logger *slog.Logger
}

// Pages serves the HTML pages of rounds. Build it with New.
type Pages struct {
	cfg  Config
	tmpl *template.Template
	cop  *http.CrossOriginProtection
}

// New returns the pages of cfg.
func New(cfg Config) *Pages {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Language == nil {
		cfg.Language = func(*http.Request) collab.Language { return collab.Dutch }
	}
	if cfg.IsNotFound == nil {
		cfg.IsNotFound = func(error) bool { return false }
	}
	if cfg.PerToken == nil {
		cfg.PerToken = NewLimiter(30, 10)
	}
	if cfg.PerAddress == nil {
		cfg.PerAddress = NewLimiter(120, 40)
	}
	if cfg.ClientAddress == nil {
		cfg.ClientAddress = remoteHost
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Pages{
		cfg:  cfg,
		tmpl: template.Must(template.New("").ParseFS(templateFiles, "templates/*.html")),
		cop:  http.NewCrossOriginProtection(),
	}
}

func remoteHost(r *http.Request) string {
	if h, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return h
	}
	return r.RemoteAddr
}

// language returns the language of the page for r: ?lang=, else the
// configured choice.
func (p *Pages) language(r *http.Request) collab.Language {
	if l, err := collab.ParseLanguage(r.URL.Query().Get("lang")); err == nil {
		return l
	}
	if r.PostForm != nil { // a form post parsed by Submit
		if l, err := collab.ParseLanguage(r.PostForm.Get("lang")); err == nil {
			return l
		}
	}
	return p.cfg.Language(r)
}

// other returns the language a page links to.
func other(lang collab.Language) collab.Language {
	if lang == collab.Dutch {
		return collab.English
	}
	return collab.Dutch
}

// header sets what every page carries: no caching, no Referer (a rater's
// address holds the token), a strict content policy, no framing, no
// indexing.
func header(w http.ResponseWriter, lang collab.Language) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", lang.String())
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Robots-Tag", "noindex")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("Vary", "Accept-Language")
}

// render executes template name with data into a buffer and writes it with
// status, so that a failing template gives a clean 500.
func (p *Pages) render(w http.ResponseWriter, r *http.Request, status int, lang collab.Language, name string, data any) {
	var b bytes.Buffer
	if err := p.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		p.fail(w, r, lang, "rendering "+name, err)
		return
	}
	header(w, lang)
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// messageView is a page that only says something: an error, a closed
// round.
type messageView struct {
	Lang        string
	Title       string
	Text        string
	SwitchHref  string
	SwitchLang  string
	SwitchLabel string
}

func (p *Pages) message(w http.ResponseWriter, r *http.Request, status int, lang collab.Language, title, text string) {
	o := other(lang)
	p.render(w, r, status, lang, "message.html", messageView{
		Lang: lang.String(), Title: title, Text: text,
		SwitchHref: "?lang=" + o.String(), SwitchLang: o.String(), SwitchLabel: say(txtOtherLanguage, lang),
	})
}

// fail logs err and answers 500 with a page that says nothing of it.
func (p *Pages) fail(w http.ResponseWriter, r *http.Request, lang collab.Language, what string, err error) {
	p.cfg.Logger.LogAttrs(r.Context(), slog.LevelError, what, slog.String("error", err.Error()))
	header(w, lang)
	w.WriteHeader(http.StatusInternalServerError)
	_ = p.tmpl.ExecuteTemplate(w, "message.html", messageView{Lang: lang.String(), Title: say(txtServerErrorTitle, lang), Text: say(txtServerError, lang)})
}

// limit takes one request of the token and of the client's address, and
// answers 429 with Retry-After when either is over its limit.
func (p *Pages) limit(w http.ResponseWriter, r *http.Request, lang collab.Language, tok rounds.Token) bool {
	now := p.cfg.Now()
	okAddr, waitAddr := p.cfg.PerAddress.Allow(p.cfg.ClientAddress(r), now)
	okTok, waitTok := true, time.Duration(0)
	if okAddr {
		okTok, waitTok = p.cfg.PerToken.Allow(tok.Hash().String(), now)
	}
	if okAddr && okTok {
		return true
	}
	secs := retryAfterSeconds(max(waitAddr, waitTok))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	p.message(w, r, http.StatusTooManyRequests, lang, say(txtTooManyTitle, lang), sayf(txtTooMany, lang, secs))
	return false
}
