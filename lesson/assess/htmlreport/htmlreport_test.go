package htmlreport_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// node is an element of a parsed page.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     strings.Builder // all text inside, children included
}

// parse reads a page as XML, which it must be, and returns its root.
func parse(t *testing.T, page []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(page))
	root := &node{name: "#document"}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the page is well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attr: map[string]string{}}
			for _, a := range tok.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, n := range stack {
				n.text.Write(tok)
			}
		}
	}
	require.Len(t, stack, 1, "every element is closed")
	return root
}

// all returns the elements below n (n included) for which keep is true, in
// document order.
func (n *node) all(keep func(*node) bool) []*node {
	var out []*node
	if keep(n) {
		out = append(out, n)
	}
	for _, c := range n.children {
		out = append(out, c.all(keep)...)
	}
	return out
}

func named(name string) func(*node) bool { return func(n *node) bool { return n.name == name } }

func withClass(name, class string) func(*node) bool {
	return func(n *node) bool {
		return n.name == name && strings.Contains(" "+n.attr["class"]+" ", " "+class+" ")
	}
}

// demoReports assesses every demo at its own date; the first is
// localized in English, which the page then takes as its language.
func demoReports(t *testing.T) []*assess.Report {
	t.Helper()
	var out []*assess.Report
	for i, d := range demo.All() {
		r, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err, d.Name)
		if i == 0 {
			r = r.Localize(collab.English)
		}
		out = append(out, r)
	}
	return out
}

func write(t *testing.T, reports []*assess.Report, opts htmlreport.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, htmlreport.Write(&b, reports, opts))
	return b.Bytes()
}

func TestWriteGivesOneChartWithFiveAxesPerCase(t *testing.T) {
	reports := demoReports(t)
	require.GreaterOrEqual(t, len(reports), 5)
	doc := parse(t, write(t, reports, htmlreport.Options{}))

	html := doc.all(named("html"))
	require.Len(t, html, 1)
	assert.Equal(t, "en", html[0].attr["lang"], "the page takes the first report's language")

	sections := doc.all(withClass("section", "case"))
	require.Len(t, sections, len(reports))
	assert.Len(t, doc.all(withClass("svg", "radar")), len(reports), "one radar chart per case")
	for i, sec := range sections {
		r := reports[i]
		t.Run(r.Name, func(t *testing.T) {
			assert.Equal(t, "en", sec.attr["lang"], "every case is in the page's language")
			svgs := sec.all(withClass("svg", "radar"))
			require.Len(t, svgs, 1)
			svg := svgs[0]
			assert.Len(t, svg.all(withClass("line", "axis")), 5, "five axes")
			assert.Len(t, svg.all(withClass("text", "axis-label")), 5, "five axis labels")
			assert.Equal(t, "img", svg.attr["role"])

			// The text alternative: the ids in aria-labelledby are the
			// chart's title and description, which name every mechanism
			// with its score.
			ids := strings.Fields(svg.attr["aria-labelledby"])
			require.Len(t, ids, 2)
			title := svg.all(func(n *node) bool { return n.attr["id"] == ids[0] })
			desc := svg.all(func(n *node) bool { return n.attr["id"] == ids[1] })
			require.Len(t, title, 1)
			require.Len(t, desc, 1)
			assert.Equal(t, "title", title[0].name)
			assert.Contains(t, title[0].text.String(), r.Name)
			assert.Equal(t, "desc", desc[0].name)
			for _, m := range r.Mechanisms {
				assert.Contains(t, desc[0].text.String(), m.Mechanism.Label(collab.English)+": ")
				assert.Contains(t, desc[0].text.String(), " "+strconv.Itoa(m.Score))
			}

			// The same data as a table: one row per mechanism with its
			// score and band.
			rows := sec.all(named("table"))[0].all(named("tbody"))[0].all(named("tr"))
			require.Len(t, rows, 5)
			for j, m := range r.Mechanisms {
				cells := rows[j].all(named("td"))
				assert.Contains(t, rows[j].text.String(), m.Mechanism.Label(collab.English))
				assert.Equal(t, strconv.Itoa(m.Score), cells[0].text.String())
				assert.Equal(t, m.Band.Label(collab.English), cells[len(cells)-1].text.String())
			}

			// Every finding appears with its next step and lessons.
			findings := sec.all(withClass("div", "finding"))
			assert.Len(t, findings, len(r.Findings))
			for _, f := range r.Findings {
				assert.Contains(t, sec.text.String(), f.Next.In(collab.English))
				for _, code := range f.Lessons {
					assert.Contains(t, sec.text.String(), code)
				}
			}
			assert.Len(t, sec.all(withClass("div", "strength")), len(r.Strengths))
			assert.Contains(t, sec.text.String(), r.Strategy.Message.In(collab.English))
		})
	}
}

func TestWriteIsSelfContained(t *testing.T) {
	page := string(write(t, demoReports(t), htmlreport.Options{}))
	for _, s := range []string{"<script", "<link", "<img", "<iframe", "src=", "@import", "url(", `href="http`, "&nbsp;"} {
		assert.NotContains(t, page, s)
	}
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n"))
	assert.Contains(t, page, "@media print")
	assert.Contains(t, page, `<meta charset="utf-8"/>`)
}

func TestWriteGroupsFindingsByMechanismWithTheLessonsOfTheCatalogue(t *testing.T) {
	r := handReport(collab.English)
	doc := parse(t, write(t, []*assess.Report{r}, htmlreport.Options{}))
	text := doc.all(named("main"))[0].text.String()

	// Findings come under the heading of their mechanism, in the order of
	// the mechanisms, whatever their order in the report.
	heads := doc.all(named("h4"))
	var labels []string
	for _, h := range heads {
		labels = append(labels, h.text.String())
	}
	assert.Equal(t, []string{"Urgency and commitment", "Regional infrastructure", "Advantages", "Drawbacks"}, labels)

	l, ok := lesson.Default().Lookup("secure.aanjager")
	require.True(t, ok)
	assert.Contains(t, text, l.Title.EN, "a lesson's title comes from the catalogue")
	assert.Contains(t, text, l.Text.EN, "and so does its text")
	assert.Contains(t, text, l.Source.Title+" (April 2021)", "and its source, dated in the page's language")
	assert.Contains(t, text, "made.up-lesson")
	assert.Contains(t, text, "lesson not in the catalogue")
	assert.Contains(t, text, "Name a new aanjager.")
	assert.Contains(t, text, "50 start -15 = 35")
	assert.Contains(t, text, "50 start +60 = 110 → 100", "a clamped score shows how it was kept within 0 to 100")

	footer := doc.all(named("footer"))[0].text.String()
	assert.Contains(t, footer, l.Source.Title, "the page lists the sources of the cited lessons")
}

func TestWriteRendersEveryReportInThePagesLanguage(t *testing.T) {
	nl, en := handReport(collab.Dutch), handReport(collab.English)
	doc := parse(t, write(t, []*assess.Report{nl, en}, htmlreport.Options{}))
	assert.Equal(t, "nl", doc.all(named("html"))[0].attr["lang"], "the language of the first localized report")
	assert.Equal(t, "Regiokompas-beoordeling", doc.all(named("h1"))[0].text.String())
	sections := doc.all(withClass("section", "case"))
	require.Len(t, sections, 2)
	for _, sec := range sections {
		assert.Equal(t, "nl", sec.attr["lang"])
		assert.Contains(t, sec.text.String(), "Bevindingen en volgende stappen")
	}
	assert.Len(t, doc.all(named("nav")), 1, "several cases get a list of contents")

	doc = parse(t, write(t, []*assess.Report{nl}, htmlreport.Options{Language: collab.English, Title: "Friesland, June"}))
	assert.Equal(t, "en", doc.all(named("html"))[0].attr["lang"])
	assert.Equal(t, "Friesland, June", doc.all(named("h1"))[0].text.String())
	assert.Contains(t, doc.all(withClass("section", "case"))[0].text.String(), "Findings and next steps")
	assert.Contains(t, doc.all(withClass("section", "case"))[0].text.String(), "as of 21 June 2022", "dates in the page's language")
	nlPage := parse(t, write(t, []*assess.Report{en}, htmlreport.Options{Language: collab.Dutch}))
	assert.Contains(t, nlPage.all(withClass("section", "case"))[0].text.String(), "per 21 juni 2022")
	assert.Empty(t, doc.all(named("nav")), "one case needs no list of contents")
}

func TestTheChartCaptionNamesTheBandLimitsOfTheAssessment(t *testing.T) {
	for _, lang := range []collab.Language{collab.English, collab.Dutch} {
		page := string(write(t, []*assess.Report{handReport(lang)}, htmlreport.Options{Language: lang}))
		limits := fmt.Sprintf("%d %s %d", assess.BandDevelopingFrom, assess.Say("general.and").In(lang), assess.BandStrongFrom)
		assert.Contains(t, page, limits, "%s: the rings lie at the band limits", lang)
		assert.Contains(t, page, fmt.Sprintf(" %d;", assess.BaseScore), "%s: every mechanism starts at the base score", lang)
	}
}

func TestWriteDrawsMoreSeriesBesideTheEvidenceScore(t *testing.T) {
	r := handReport(collab.English)
	opts := htmlreport.Options{Series: func(*assess.Report) []htmlreport.Series {
		return []htmlreport.Series{{Name: "Self-assessment median", Values: []float64{62.5, 40, -1, 80, 55}}}
	}}
	doc := parse(t, write(t, []*assess.Report{r}, opts))
	svg := doc.all(named("svg"))[0]
	assert.Len(t, svg.all(withClass("polygon", "series-0")), 1, "the evidence score is a closed line")
	assert.Len(t, svg.all(withClass("polyline", "series-1")), 1, "an unknown value leaves a gap in the second line")
	assert.Len(t, svg.all(withClass("polygon", "marker")), 4, "the second series has a square for each known value")
	desc := svg.all(named("desc"))[0].text.String()
	assert.Contains(t, desc, "Urgency and commitment: Evidence score 35, Self-assessment median 62.5")
	assert.Contains(t, desc, "Self-assessment median –")

	head := doc.all(named("thead"))[0].text.String()
	assert.Contains(t, head, "Self-assessment median")
	row := doc.all(named("tbody"))[0].all(named("tr"))[2]
	assert.Equal(t, "–", row.all(named("td"))[1].text.String())

	err := htmlreport.Write(io.Discard, []*assess.Report{r}, htmlreport.Options{Series: func(*assess.Report) []htmlreport.Series {
		return []htmlreport.Series{{Name: "short", Values: []float64{1, 2}}}
	}})
	assert.ErrorContains(t, err, "has 2 values for 5 axes")
}

func TestWriteRefusesWhatItCannotShow(t *testing.T) {
	four := handReport(collab.English)
	four.Mechanisms = four.Mechanisms[:4]
	tests := []struct {
		name    string
		reports []*assess.Report
		want    string
	}{
		{"no reports", nil, "no reports"},
		{"a nil report", []*assess.Report{handReport(collab.English), nil}, "nil"},
		{"a report without all five mechanisms", []*assess.Report{four}, "has 4 mechanisms, want 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := htmlreport.Write(&b, tt.reports, htmlreport.Options{})
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, b.Len(), "nothing is written")
		})
	}
}

func TestWriteReturnsTheWriteError(t *testing.T) {
	boom := errors.New("disk full")
	err := htmlreport.Write(failingWriter{boom}, []*assess.Report{handReport(collab.English)}, htmlreport.Options{})
	assert.ErrorIs(t, err, boom)
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestWriteIsDeterministic(t *testing.T) {
	reports := demoReports(t)
	assert.Equal(t, write(t, reports, htmlreport.Options{}), write(t, reports, htmlreport.Options{}))
}

func TestWriteEscapesTextFromTheCase(t *testing.T) {
	r := handReport(collab.English)
	r.Name = `<script>alert("x")</script> & Co`
	page := write(t, []*assess.Report{r}, htmlreport.Options{})
	assert.NotContains(t, string(page), "<script>")
	doc := parse(t, page)
	assert.Equal(t, r.Name, doc.all(named("h2"))[0].text.String())
}

func TestRadarValidate(t *testing.T) {
	ok := htmlreport.Radar{Title: "t", Axes: []string{"a", "b", "c"}, Series: []htmlreport.Series{{Name: "s", Values: []float64{1, 2, 3}}}}
	assert.NoError(t, ok.Validate())

	two := ok
	two.Axes = []string{"a", "b"}
	assert.ErrorContains(t, two.Validate(), "it needs at least 3")

	none := ok
	none.Series = nil
	assert.ErrorContains(t, none.Validate(), "no series")

	var zero htmlreport.Radar
	assert.Error(t, zero.Validate(), "the zero Radar is not valid")
	assert.Error(t, zero.WriteSVG(io.Discard))
}

func TestRadarWriteSVGDrawsEverySeries(t *testing.T) {
	r := htmlreport.Radar{
		ID: "r1", Title: "Three series",
		Axes: []string{"North", "East", "South", "West"},
		Series: []htmlreport.Series{
			{Name: "one", Values: []float64{100, 50, 0, 150}},
			{Name: "two", Values: []float64{10, 20, 30, 40}},
			{Name: "three", Values: []float64{-1, 20, 30, math.NaN()}},
		},
	}
	var b bytes.Buffer
	require.NoError(t, r.WriteSVG(&b))
	doc := parse(t, b.Bytes())
	svg := doc.all(named("svg"))[0]
	assert.Len(t, svg.all(withClass("line", "axis")), 4)
	assert.Len(t, svg.all(withClass("circle", "series-0")), 4)
	assert.Len(t, svg.all(withClass("polygon", "series-1")), 5, "a closed line and four squares")
	assert.Len(t, svg.all(withClass("polygon", "series-2")), 2, "two diamonds, no closed line")
	assert.Len(t, svg.all(withClass("polyline", "series-2")), 1, "East to South, the one stretch of neighbours")
	assert.Contains(t, svg.all(named("desc"))[0].text.String(), "West: one 150, two 40, three –")

	// A value above 100 is drawn at the rim: West at 150 sits where the
	// rim meets the West axis.
	points := svg.all(withClass("polygon", "series-0"))[0].attr["points"]
	assert.Contains(t, points, "130.0,175.0", "West at the rim")
	assert.Contains(t, points, "240.0,65.0", "North at the rim")
	assert.Contains(t, points, "240.0,175.0", "South at zero, in the centre")
}

func ExampleWrite() {
	d, _ := demo.Lookup("west-brabant")
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	var page strings.Builder
	if err := htmlreport.Write(&page, []*assess.Report{r}, htmlreport.Options{Language: collab.Dutch}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(page.String(), "<svg"), "chart,", strings.Count(page.String(), `<line class="axis"`), "axes")
	fmt.Println(strings.Contains(page.String(), `<html lang="nl">`))
	// Output:
	// 1 chart, 5 axes
	// true
}

func ExampleRadar_WriteSVG() {
	r := htmlreport.Radar{
		ID:    "team",
		Title: "How the team sees it",
		Axes:  []string{"Trust", "Time", "Money"},
		Series: []htmlreport.Series{
			{Name: "Board", Values: []float64{80, 40, 60}},
			{Name: "Work floor", Values: []float64{55, 20, -1}},
		},
	}
	var svg strings.Builder
	if err := r.WriteSVG(&svg); err != nil {
		fmt.Println(err)
		return
	}
	start := strings.Index(svg.String(), "<desc")
	end := strings.Index(svg.String(), "</desc>")
	fmt.Println(svg.String()[start : end+len("</desc>")])
	// Output:
	// <desc id="team-desc">Trust: Board 80, Work floor 55; Time: Board 40, Work floor 20; Money: Board 60, Work floor –.</desc>
}

// handReport is a small report made by hand, with findings out of
// mechanism order, a lesson code the catalogue lacks and a clamped score.
func handReport(lang collab.Language) *assess.Report {
	r := &assess.Report{
		Name: "Samen Sterk", Region: "friesland", AsOf: collab.MustParseDate("2022-06-21"), Language: lang,
		Findings: []assess.Finding{
			{Rule: "infrastructure.forest", Severity: assess.SeverityWarning, Mechanism: collab.MechanismInfrastructure,
				Message: assess.Say("Networks overlap."), Next: assess.Say("Merge two networks."), Lessons: []string{"network.forest-of-networks", "made.up-lesson"}},
			{Rule: "urgency.aanjager-left", Severity: assess.SeverityRisk, Mechanism: collab.MechanismUrgency,
				Message: assess.Say("The aanjager left."), Next: assess.Say("Name a new aanjager."), Lessons: []string{"secure.aanjager"},
				Evidence: []assess.Evidence{{Seen: assess.Say("aanjager left on 2022-01-01"), Path: "collaboration.roleHolders[0]", Effect: -15}}},
		},
		Strengths: []assess.Strength{{Rule: "strategy.mix", Mechanism: collab.MechanismStrategy, Message: assess.Say("Vision and projects."),
			Lessons: []string{"mechanism.combine-strategies"}, Evidence: []assess.Evidence{{Seen: assess.Say("vision"), Effect: 60}}}},
		Strategy: assess.StrategyDiagnosis{Declared: collab.StrategyCombined, Message: assess.Say("It does what it says.")},
	}
	for _, m := range collab.Mechanisms() {
		res := assess.MechanismResult{Mechanism: m, Label: m.Label(lang), Score: assess.BaseScore}
		switch m {
		case collab.MechanismUrgency:
			res.Evidence = r.Findings[1].Evidence
			res.Score = 35
		case collab.MechanismStrategy:
			res.Evidence = r.Strengths[0].Evidence
			res.Score = 100
		}
		res.Band = assess.BandOf(res.Score)
		r.Mechanisms = append(r.Mechanisms, res)
	}
	return r
}
