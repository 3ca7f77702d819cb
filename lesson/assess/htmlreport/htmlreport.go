package htmlreport

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

//go:embed page.gohtml
var pageText string

// pageTemplate is parsed once; a parsed html/template is safe for
// concurrent use and never changes.
var pageTemplate = template.Must(template.New("page").Parse(pageText))

// Options adjusts a page. The zero Options gives an English page (or one
// in the language of the first report, when it is localized) with lessons
// from lesson.Default(),
// and on each chart the evidence score, beside the median of the
// self-assessment when the report has one (see Write).
type Options struct {
	// Language is the language of the page: its own words and every
	// report's messages are rendered in it (a report holds data, not text;
	// see assess.Report). Zero: the language of the first report when it
	// is localized, else English.
	Language collab.Language
	// Title is the page's title; empty: "Regiokompas assessment" in
	// Language.
	Title string
	// Catalogue resolves the lesson codes of findings and strengths to the
	// lessons' titles, texts and sources; nil: lesson.Default(). A code the
	// catalogue does not hold is shown as the code alone.
	Catalogue *lesson.Catalogue
	// Series returns more series to draw on a report's chart and in its
	// table beside the evidence score, one value per mechanism in the order
	// of collab.Mechanisms() (negative: not known), such as the median of a
	// self-assessment. Nil: none.
	Series func(r *assess.Report) []Series
	// Previous are earlier reports, such as those of last year's
	// assessment, written by assess -format json or kept by a service. A
	// report on the page is drawn beside the latest of them that is of the
	// same collaboration (matched by assess.Report.Collaboration, the case's
	// ID) and dated before it: its evidence scores are a faint grey line on
	// the radar (thin, dash-dotted, hollow markers, behind the current
	// scores), named with the earlier date in the legend, and a column of
	// the scores table. Reports of other collaborations, and those not
	// earlier, are not drawn; nil: no earlier scores. Write compares the two
	// with assess.Compare, and returns its error for an earlier report that
	// lacks a mechanism.
	Previous []*assess.Report
	// Progress returns the progress report to show in a report's section,
	// such as assess.NewProgress of the report's case (see WriteProgress
	// for what it shows); nil, or a nil result: no such section.
	Progress func(r *assess.Report) *assess.Progress
}

// Write writes one self-contained HTML page holding every report in order.
// Several reports are preceded by a contents list and a table of every
// case's scores and development phase side by side. Each report opens with
// a summary for a board: a radar chart of the five mechanisms (bands
// shaded, the score written at each point) with the same data as a table,
// one verdict line per mechanism, the three gravest findings with their
// next steps, and the development phase with what the next one needs.
// Then come the findings grouped by mechanism, each with the observations
// that name the projects, members or networks it is about, its next step
// and lessons; the strengths and the strategy diagnosis. How each score
// adds up, the data paths and the rule and lesson codes sit in an appendix
// that is collapsed on screen and printed only when opened. At the end
// come the sources the cited lessons come from.
//
// With opts.Previous, the radar of a report also shows the scores of its
// latest earlier report as a faint line, named with the earlier date in
// the legend and given a column of the scores table.
//
// When any mechanism of a report has a self-assessment
// (assess.MechanismResult.SelfAssessment), the page shows it on its own
// scale of 1 to 5: a small chart with a lane per level and a table of the
// same figures, under a heading with the round's date; the scores table
// gives the median in a column of its own. The radar draws evidence
// scores only (0 to 100), with the series from opts.Series after them.
//
// The page has its style sheet inline, needs no scripts and loads nothing
// from elsewhere, prints one case per page, and is well-formed XML as well
// as HTML, so that it can be checked with encoding/xml.
//
// Write returns an error, and writes nothing, when reports is empty or holds
// a nil report, when a report has not exactly the five mechanisms, or when a
// series from opts.Series does not fit the chart (see Radar.Validate);
// otherwise it returns the first write error.
func Write(w io.Writer, reports []*assess.Report, opts Options) error {
	if len(reports) == 0 {
		return errors.New("htmlreport: no reports to write")
	}
	if slices.Contains(reports, nil) {
		return errors.New("htmlreport: a report is nil")
	}
	cat := opts.Catalogue
	if cat == nil {
		def := lesson.Default()
		cat = &def
	}
	lang := opts.Language
	if !lang.IsValid() {
		lang = languageOf(reports[0])
	}
	d := pageView{Lang: lang.String(), W: wordsIn(lang), Title: opts.Title, CSS: css()}
	for _, m := range collab.Mechanisms() {
		d.Mechanisms = append(d.Mechanisms, m.Label(lang))
	}
	if d.Title == "" {
		d.Title = d.W.DocTitle
	}
	var sources []string
	for i, r := range reports {
		cv, err := caseOf(r, lang, "case-"+strconv.Itoa(i+1), cat, opts.Series, previousOf(r, opts.Previous))
		if err != nil {
			return fmt.Errorf("htmlreport: report %d (%s): %w", i+1, r.Name, err)
		}
		if opts.Progress != nil {
			if p := opts.Progress(r); p != nil {
				pv := progressOf(p, lang, cv.ID+"-progress")
				cv.Progress = &pv
			}
		}
		d.Cases = append(d.Cases, cv)
		for _, f := range r.Findings {
			sources = appendSources(sources, cat, f.Lessons)
		}
		for _, s := range r.Strengths {
			sources = appendSources(sources, cat, s.Lessons)
		}
	}
	for _, s := range lesson.Sources() {
		if slices.Contains(sources, s.Key) {
			d.Sources = append(d.Sources, sourceOf(s, lang))
		}
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, d); err != nil {
		return fmt.Errorf("htmlreport: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// languageOf returns the language of a localized report, English for a
// report that has none.
func languageOf(r *assess.Report) collab.Language {
	if r.Language.IsValid() {
		return r.Language
	}
	return collab.English
}

// appendSources adds the source keys of the lessons codes to keys, once each.
func appendSources(keys []string, cat *lesson.Catalogue, codes []string) []string {
	for _, code := range codes {
		if l, ok := cat.Lookup(code); ok && !slices.Contains(keys, l.Source.Key) {
			keys = append(keys, l.Source.Key)
		}
	}
	return keys
}

// pageView is what the page template shows.
type pageView struct {
	Lang    string
	Title   string
	CSS     template.CSS
	W       words
	Cases   []caseView
	Sources []sourceView
	// Mechanisms are the mechanisms' names, the columns of the comparison
	// of several cases.
	Mechanisms []string
}

type caseView struct {
	ID          string
	Lang        string
	AsOf        string // the report's date, written in the page's language
	Region      string // the name of the report's region
	W           words
	Report      *assess.Report
	Radar       radarView
	SeriesNames []string
	Rows        []rowView
	Groups      []groupView
	Strengths   []strengthView
	Strategy    strategyView
	// Progress is the section with the progress report, or nil.
	Progress *progressView
	// SelfAssessment is the self-assessment on its own scale, when
	// HasSelfAssessment.
	SelfAssessment    selfAssessmentView
	HasSelfAssessment bool
	// Top are the gravest findings, at most maxTop, for the summary.
	Top []findingView
	// Phase tells whether the report has a development phase; PhaseLabel
	// names it, MissingFor and Missing say what the next phase needs.
	Phase      bool
	PhaseLabel string
	MissingFor string
	Missing    []string
}

// maxTop is how many of the gravest findings the summary shows.
const maxTop = 3

type rowView struct {
	Label     string
	Values    []string
	Band      string
	BandLabel string
	Sum       string // "50 start + 10 - 5 = 55"
	Verdict   string // the gravest finding on the mechanism, else its first strength
	Evidence  []evidenceView
}

type evidenceView struct {
	Effect string
	Seen   string
	Path   string
}

type groupView struct {
	Label    string
	Findings []findingView
}

type findingView struct {
	W             words
	Rule          string
	Severity      string
	SeverityLabel string
	Message       string
	Next          string
	Evidence      []evidenceView
	Lessons       []lessonView
}

type strengthView struct {
	W              words
	Rule           string
	MechanismLabel string
	Message        string
	Evidence       []evidenceView
	Lessons        []lessonView
}

type lessonView struct {
	Known  bool
	Code   string
	Title  string
	Text   string
	Source string
}

type strategyView struct {
	Message    string
	Declared   string
	Observed   string
	Advantages []string
	Drawbacks  []string
}

// caseOf prepares one report for the template.
func caseOf(r *assess.Report, lang collab.Language, id string, cat *lesson.Catalogue, more func(*assess.Report) []Series, previous *assess.Report) (caseView, error) {
	w := wordsIn(lang)
	mechs := collab.Mechanisms()
	if len(r.Mechanisms) != len(mechs) {
		return caseView{}, fmt.Errorf("has %d mechanisms, want %d", len(r.Mechanisms), len(mechs))
	}
	asOf := assess.Param{Name: "asOf", Kind: assess.ParamDate, Date: r.AsOf}.In(lang)
	cv := caseView{ID: id, Lang: lang.String(), AsOf: asOf, Region: r.RegionLabel(), W: w, Report: r}

	evidence := Series{Name: w.EvidenceScore}
	radar := Radar{ID: id + "-radar", Title: w.ChartTitle + " " + r.Name, Language: lang}
	for _, m := range mechs {
		res := r.Mechanism(m)
		if res == nil {
			return caseView{}, fmt.Errorf("has no result for mechanism %s", m)
		}
		radar.Axes = append(radar.Axes, m.Label(lang))
		evidence.Values = append(evidence.Values, float64(res.Score))
	}
	// The table shows the chart's series and, after the evidence score,
	// the self-assessment's median on its own scale of 1 to 5, which the
	// chart does not draw.
	table := []Series{evidence}
	if median, ok := selfAssessmentMedians(r, mechs, w); ok {
		table = append(table, median)
	}
	cv.SelfAssessment, cv.HasSelfAssessment = selfAssessmentTable(r, mechs, lang, id+"-levels")
	extra := seriesOf(r, more)
	if previous != nil {
		earlier, err := earlierSeries(previous, r, lang)
		if err != nil {
			return caseView{}, err
		}
		extra = append(extra, earlier)
	}
	radar.Series = append([]Series{evidence}, extra...)
	table = append(table, extra...)
	rv, err := radar.view()
	if err != nil {
		return caseView{}, err
	}
	cv.Radar = rv
	for _, s := range table {
		cv.SeriesNames = append(cv.SeriesNames, s.Name)
	}

	for i, m := range mechs {
		res := r.Mechanism(m)
		row := rowView{Label: radar.Axes[i], Band: res.Band.String(), BandLabel: res.Band.Label(lang)}
		for _, s := range table {
			row.Values = append(row.Values, formatValue(s.Values[i], lang))
		}
		row.Sum = strconv.Itoa(assess.BaseScore) + " " + w.Base
		total := assess.BaseScore
		for _, ev := range res.Evidence {
			row.Sum += " " + signed(ev.Effect)
			total += ev.Effect
		}
		row.Sum += " = " + strconv.Itoa(total)
		if total != res.Score {
			row.Sum += " → " + strconv.Itoa(res.Score) // kept within 0 to 100
		}
		if len(res.Evidence) == 0 {
			row.Sum += " (" + w.NoEvidence + ")"
		}
		row.Evidence = evidenceOf(res.Evidence, lang)
		cv.Rows = append(cv.Rows, row)

		var g groupView
		for _, f := range r.Findings {
			if f.Mechanism != m {
				continue
			}
			g.Findings = append(g.Findings, findingView{
				W: w, Rule: f.Rule, Severity: f.Severity.String(), SeverityLabel: f.Severity.Label(lang),
				Message: f.Message.In(lang), Next: f.Next.In(lang),
				Evidence: evidenceOf(f.Evidence, lang), Lessons: lessonsOf(cat, f.Lessons, lang, w),
			})
		}
		if len(g.Findings) > 0 {
			g.Label = radar.Axes[i]
			cv.Groups = append(cv.Groups, g)
			cv.Rows[i].Verdict = g.Findings[0].Message
		} else if k := slices.IndexFunc(r.Strengths, func(s assess.Strength) bool { return s.Mechanism == m }); k >= 0 {
			cv.Rows[i].Verdict = r.Strengths[k].Message.In(lang)
		}
	}

	for _, f := range r.Findings[:min(len(r.Findings), maxTop)] {
		cv.Top = append(cv.Top, findingView{W: w, Rule: f.Rule, Severity: f.Severity.String(), SeverityLabel: f.Severity.Label(lang),
			Message: f.Message.In(lang), Next: f.Next.In(lang)})
	}
	if p := r.Phase; p != nil {
		cv.Phase, cv.PhaseLabel = true, p.Phase.Label(lang)
		if len(p.Missing) > 0 {
			cv.MissingFor = assess.Say("report.missing-for", assess.Param{Name: "phase", Kind: assess.ParamDevelopmentPhase, Text: p.Next.String()}).In(lang)
			for _, el := range p.Missing {
				cv.Missing = append(cv.Missing, el.Text.In(lang))
			}
		}
	}

	for _, s := range r.Strengths {
		cv.Strengths = append(cv.Strengths, strengthView{
			W: w, Rule: s.Rule, MechanismLabel: s.Mechanism.Label(lang), Message: s.Message.In(lang),
			Evidence: evidenceOf(s.Evidence, lang), Lessons: lessonsOf(cat, s.Lessons, lang, w),
		})
	}

	st := r.Strategy
	cv.Strategy = strategyView{
		Message: st.Message.In(lang), Declared: st.Declared.Label(lang), Observed: w.NotObserved,
		Advantages: st.Shown().Advantages(lang), Drawbacks: st.Shown().Drawbacks(lang),
	}
	if !st.Observed.IsZero() {
		cv.Strategy.Observed = st.Observed.Label(lang)
	}
	return cv, nil
}

// previousOf returns the latest of the earlier reports that is of r's
// collaboration and dated before r, or nil when there is none.
func previousOf(r *assess.Report, earlier []*assess.Report) *assess.Report {
	var found *assess.Report
	for _, p := range earlier {
		if p == nil || p.Collaboration != r.Collaboration || !p.AsOf.Before(r.AsOf) {
			continue
		}
		if found == nil || p.AsOf.After(found.AsOf) {
			found = p
		}
	}
	return found
}

// earlierSeries returns the evidence scores of the earlier report as a
// faint series, named with its date, through assess.Compare so that the
// two reports are matched mechanism by mechanism as a comparison matches
// them.
func earlierSeries(earlier, r *assess.Report, lang collab.Language) (Series, error) {
	c, err := assess.Compare(earlier, r)
	if err != nil {
		return Series{}, fmt.Errorf("the earlier report of %s: %w", earlier.AsOf, err)
	}
	s := Series{
		Name:  assess.Say("html.earlier-score", assess.Param{Name: "date", Kind: assess.ParamDate, Date: c.From}).In(lang),
		Faint: true,
	}
	for _, m := range collab.Mechanisms() {
		v := -1.0
		for _, mc := range c.Mechanisms {
			if mc.Mechanism == m {
				v = float64(mc.Score.From)
			}
		}
		s.Values = append(s.Values, v)
	}
	return s, nil
}

// seriesOf calls more, if set, guarding against a nil function.
func seriesOf(r *assess.Report, more func(*assess.Report) []Series) []Series {
	if more == nil {
		return nil
	}
	return more(r)
}

func evidenceOf(evs []assess.Evidence, lang collab.Language) []evidenceView {
	out := make([]evidenceView, 0, len(evs))
	for _, ev := range evs {
		out = append(out, evidenceView{Effect: signed(ev.Effect), Seen: ev.Seen.In(lang), Path: ev.Path})
	}
	return out
}

func lessonsOf(cat *lesson.Catalogue, codes []string, lang collab.Language, w words) []lessonView {
	out := make([]lessonView, 0, len(codes))
	for _, code := range codes {
		l, ok := cat.Lookup(code)
		if !ok {
			out = append(out, lessonView{Code: code, Title: w.UnknownLesson})
			continue
		}
		out = append(out, lessonView{Known: true, Code: code, Title: l.Title.In(lang), Text: l.Text.In(lang), Source: sourceText(l.Source, lang)})
	}
	return out
}

// signed formats an effect with its sign: "+10", "-5", "0".
func signed(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
