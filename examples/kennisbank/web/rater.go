package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

// maxFormBytes bounds the body of a form post: five comments of
// rounds.MaxCommentLength characters of up to four bytes, escaped, and the
// scores fit easily.
const maxFormBytes = 64 << 10

// sayf returns text k in lang with its placeholders filled.
func sayf(k int, lang collab.Language, args ...any) string {
	return fmt.Sprintf(say(k, lang), args...)
}

// Form is GET /r/{token}: the rater's form, filled with their answer if
// they gave one; ?saved=1 adds the note that the answer is saved.
func (p *Pages) Form(w http.ResponseWriter, r *http.Request) {
	lang := p.language(r)
	form, ok := p.open(w, r, lang, rounds.Token(r.PathValue("token")), http.StatusOK)
	if !ok {
		return
	}
	v := p.formView(lang, form, form.Answer)
	v.Saved = r.URL.Query().Get("saved") == "1"
	p.render(w, r, http.StatusOK, lang, "form.html", v)
}

// Submit is POST /r/{token}: it reads the form, and saves the answer and
// sends the rater back to the form with the note that it is saved (303),
// or shows the form again with every mistake listed at the top (422). A
// post from another origin is refused (403) before anything is read.
func (p *Pages) Submit(w http.ResponseWriter, r *http.Request) {
	p.cop.Handler(http.HandlerFunc(p.submit)).ServeHTTP(w, r)
}

func (p *Pages) submit(w http.ResponseWriter, r *http.Request) {
	tok := rounds.Token(r.PathValue("token"))
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	parseErr := r.ParseForm()
	lang := p.language(r)
	form, ok := p.open(w, r, lang, tok, http.StatusConflict)
	if !ok {
		return
	}
	if parseErr != nil {
		status := http.StatusBadRequest
		if _, tooBig := errors.AsType[*http.MaxBytesError](parseErr); tooBig {
			status = http.StatusRequestEntityTooLarge
		}
		p.message(w, r, status, lang, say(txtBadRequestTitle, lang), say(txtBadRequest, lang))
		return
	}
	a, errs := readAnswer(r, lang)
	if len(errs) > 0 {
		v := p.formView(lang, form, &a)
		v.setErrors(errs)
		p.render(w, r, http.StatusUnprocessableEntity, lang, "form.html", v)
		return
	}
	switch err := p.cfg.Raters.SaveAnswer(r.Context(), tok.Hash(), a, p.cfg.Now()); {
	case errors.Is(err, rounds.ErrClosed):
		p.message(w, r, http.StatusConflict, lang, say(txtClosedTitle, lang), say(txtClosed, lang))
		return
	case errors.Is(err, rounds.ErrUnknownRater):
		p.message(w, r, http.StatusNotFound, lang, say(txtNotFoundTitle, lang), say(txtNotFound, lang))
		return
	case errors.Is(err, rounds.ErrExpired):
		p.message(w, r, http.StatusGone, lang, say(txtExpiredTitle, lang), say(txtExpired, lang))
		return
	case err != nil:
		p.fail(w, r, lang, "saving an answer", err)
		return
	}
	http.Redirect(w, r, "/r/"+string(tok)+"?saved=1&lang="+lang.String(), http.StatusSeeOther)
}

// open takes the request off the limits, finds the rater of tok and
// checks that the round is open; otherwise it has answered (429, 404, 410,
// 500, or the page that says the round is closed with closedStatus) and
// returns false.
func (p *Pages) open(w http.ResponseWriter, r *http.Request, lang collab.Language, tok rounds.Token, closedStatus int) (RaterForm, bool) {
	if !p.limit(w, r, lang, tok) {
		return RaterForm{}, false
	}
	form, ok := p.lookup(w, r, lang, tok)
	if ok && !form.Open {
		p.message(w, r, closedStatus, lang, say(txtClosedTitle, lang), say(txtClosed, lang))
		return RaterForm{}, false
	}
	return form, ok
}

// lookup finds the rater of tok, or answers 404 (unknown or malformed
// token), 410 (expired) or 500 and returns false.
func (p *Pages) lookup(w http.ResponseWriter, r *http.Request, lang collab.Language, tok rounds.Token) (RaterForm, bool) {
	if !tok.WellFormed() {
		p.message(w, r, http.StatusNotFound, lang, say(txtNotFoundTitle, lang), say(txtNotFound, lang))
		return RaterForm{}, false
	}
	form, err := p.cfg.Raters.RaterForm(r.Context(), tok.Hash(), p.cfg.Now())
	switch {
	case errors.Is(err, rounds.ErrUnknownRater):
		p.message(w, r, http.StatusNotFound, lang, say(txtNotFoundTitle, lang), say(txtNotFound, lang))
		return RaterForm{}, false
	case errors.Is(err, rounds.ErrExpired):
		p.message(w, r, http.StatusGone, lang, say(txtExpiredTitle, lang), say(txtExpired, lang))
		return RaterForm{}, false
	case err != nil:
		p.fail(w, r, lang, "finding a rater", err)
		return RaterForm{}, false
	}
	return form, true
}

// Field names of the form: "score:" + statement key, "comment:" +
// mechanism word. Element IDs are the same names with the colon as a dash
// and, for a radio button, its value.
const (
	scorePrefix   = "score:"
	commentPrefix = "comment:"
)

func scoreID(key string, value int) string { return "score-" + key + "-" + strconv.Itoa(value) }
func commentID(m collab.Mechanism) string  { return "comment-" + m.String() }

// fieldError is one mistake, linked to the element that holds it.
type fieldError struct {
	ID      string // the element the summary links to
	Field   string // the form field, to show the message beside it
	Message string
}

// readAnswer reads the answer from the parsed form: a statement without a
// value is not scored; a value other than 1 to 5 and a comment too long
// are mistakes, and so is a form that scores nothing.
func readAnswer(r *http.Request, lang collab.Language) (rounds.Answer, []fieldError) {
	var a rounds.Answer
	var errs []fieldError
	for _, s := range questionnaire.Default().Sections() {
		for _, st := range s.Statements {
			v := strings.TrimSpace(r.PostForm.Get(scorePrefix + st.Key))
			if v == "" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < questionnaire.MinScore || n > questionnaire.MaxScore {
				errs = append(errs, fieldError{ID: scoreID(st.Key, questionnaire.MinScore), Field: scorePrefix + st.Key,
					Message: sayf(txtErrChooseScore, lang, st.Text.In(lang))})
				continue
			}
			a.Scores = append(a.Scores, rounds.StatementScore{Statement: st.Key, Score: n})
		}
		c := strings.TrimSpace(strings.ReplaceAll(r.PostForm.Get(commentPrefix+s.Mechanism.String()), "\r\n", "\n"))
		if c == "" {
			continue
		}
		a.Comments = append(a.Comments, rounds.Comment{Mechanism: s.Mechanism, Text: c})
		if n := utf8.RuneCountInString(c); n > rounds.MaxCommentLength {
			errs = append(errs, fieldError{ID: commentID(s.Mechanism), Field: commentPrefix + s.Mechanism.String(),
				Message: sayf(txtErrCommentTooLong, lang, s.Mechanism.Label(lang), n, rounds.MaxCommentLength)})
		}
	}
	if len(a.Scores) == 0 && len(errs) == 0 {
		first := questionnaire.Default().Sections()[0].Statements[0].Key
		errs = append(errs, fieldError{ID: scoreID(first, questionnaire.MinScore), Field: "",
			Message: say(txtErrNoScore, lang)})
	}
	if len(errs) == 0 {
		if err := a.Validate(); err != nil {
			// readAnswer builds only what the questionnaire holds, so this
			// is a mistake of the program, not of the rater.
			errs = append(errs, fieldError{ID: "", Message: say(txtBadRequest, lang)})
		}
	}
	return a, errs
}

// formView is the data of form.html, every text in the page's language.
type formView struct {
	Lang, Title, Intro, CaseLine, AsLine, ScaleHint string
	SwitchHref, SwitchLang, SwitchLabel             string
	ErrorsTitle                                     string
	Errors                                          []fieldError
	Saved                                           bool
	SavedTitle, SavedText                           string
	Sections                                        []sectionView
	Submit                                          string
}

type sectionView struct {
	ID, Legend, Explanation string
	Statements              []statementView
	CommentName, CommentID  string
	CommentLabel            string
	CommentHint, HintID     string
	CommentValue            string
	CommentError            string
	MaxComment              int
}

type statementView struct {
	Name, LegendID, Text string
	Error, ErrorID       string
	Options              []optionView
}

type optionView struct {
	ID, Value, Number, Word string
	Checked                 bool
}

func (p *Pages) formView(lang collab.Language, form RaterForm, a *rounds.Answer) formView {
	o := other(lang)
	v := formView{
		Lang:        lang.String(),
		Title:       say(txtFormTitle, lang),
		Intro:       say(txtFormIntro, lang),
		CaseLine:    form.CaseName,
		AsLine:      sayf(txtYouAnswerAs, lang, strings.ToLower(form.Level.Label(lang))),
		ScaleHint:   say(txtScaleHint, lang),
		SwitchHref:  "?lang=" + o.String(),
		SwitchLang:  o.String(),
		SwitchLabel: say(txtOtherLanguage, lang),
		ErrorsTitle: say(txtErrorsTitle, lang),
		SavedTitle:  say(txtSavedTitle, lang),
		SavedText:   say(txtSaved, lang),
		Submit:      say(txtSubmit, lang),
	}
	if form.RegionName != "" {
		v.CaseLine += " · " + form.RegionName
	}
	for _, s := range questionnaire.Default().Sections() {
		sv := sectionView{
			ID:           "mechanism-" + s.Mechanism.String(),
			Legend:       s.Mechanism.Label(lang),
			Explanation:  s.Explanation.In(lang),
			CommentName:  commentPrefix + s.Mechanism.String(),
			CommentID:    commentID(s.Mechanism),
			CommentLabel: sayf(txtComment, lang, strings.ToLower(s.Mechanism.Label(lang))),
			CommentHint:  sayf(txtCommentHint, lang, rounds.MaxCommentLength),
			HintID:       commentID(s.Mechanism) + "-hint",
			MaxComment:   rounds.MaxCommentLength,
		}
		if a != nil {
			sv.CommentValue = a.Comment(s.Mechanism)
		}
		for i, st := range s.Statements {
			stv := statementView{
				Name:     scorePrefix + st.Key,
				LegendID: "statement-" + st.Key,
				Text:     strconv.Itoa(i+1) + ". " + st.Text.In(lang),
				ErrorID:  "statement-" + st.Key + "-error",
			}
			given := 0
			if a != nil {
				given, _ = a.Score(st.Key)
			}
			for n := questionnaire.MinScore; n <= questionnaire.MaxScore; n++ {
				stv.Options = append(stv.Options, optionView{
					ID: scoreID(st.Key, n), Value: strconv.Itoa(n), Number: strconv.Itoa(n),
					Word: questionnaire.ScaleLabel(n, lang), Checked: n == given,
				})
			}
			sv.Statements = append(sv.Statements, stv)
		}
		v.Sections = append(v.Sections, sv)
	}
	return v
}

// setErrors lists errs at the top and beside their fields.
func (v *formView) setErrors(errs []fieldError) {
	v.Errors = errs
	for _, e := range errs {
		for i := range v.Sections {
			s := &v.Sections[i]
			if e.Field == s.CommentName {
				s.CommentError = e.Message
			}
			for j := range s.Statements {
				if e.Field == s.Statements[j].Name {
					s.Statements[j].Error = e.Message
				}
			}
		}
	}
}
