package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/browsertest/browser"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

// suite is the one browser of this test binary.
var suite browser.Suite

func TestMain(m *testing.M) {
	code := m.Run()
	suite.Close()
	os.Exit(code)
}

// The limits the report is held to (issue 14: a board summary that
// prints, and a page that works on a phone).
const (
	maxA4Pages     = 4
	minChartTextPx = 11.0
)

// languages are the two languages of every page.
var languages = []collab.Language{collab.Dutch, collab.English}

// langName names a language in test names and messages.
func langName(lang collab.Language) string {
	if lang == collab.Dutch {
		return "Dutch"
	}
	return "English"
}

// page is an HTML page under test.
type page struct {
	name string // the case or page and the language, as test names say it
	html []byte
}

// demoPage renders one demo case's report in lang exactly as regioscan's
// assess and demo commands do: evaluated as of the demo's date, localized,
// written by htmlreport with the case's progress report beside it.
func demoPage(t testing.TB, d demo.Demo, lang collab.Language) page {
	t.Helper()
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	require.NoError(t, err, d.Name)
	return page{
		name: fmt.Sprintf("%s in %s", d.Name, langName(lang)),
		html: render(t, []*assess.Report{r.Localize(lang)}, []*assess.Case{&d.Case}, lang),
	}
}

// render writes reports (made from cases, in the same order) as one page,
// as regioscan's writeReports does for -format html.
func render(t testing.TB, reports []*assess.Report, cases []*assess.Case, lang collab.Language) []byte {
	t.Helper()
	progress := func(r *assess.Report) *assess.Progress {
		for i := range reports {
			if reports[i] == r {
				p, err := assess.NewProgress(cases[i], r.AsOf, assess.ProgressOptions{})
				require.NoError(t, err)
				return p
			}
		}
		return nil
	}
	var buf bytes.Buffer
	require.NoError(t, htmlreport.Write(&buf, reports, htmlreport.Options{Language: lang, Progress: progress}))
	return buf.Bytes()
}

// allDemosPage renders every demo case in one report, as
// `regioscan demo -format html` does.
func allDemosPage(t testing.TB, lang collab.Language) page {
	t.Helper()
	var reports []*assess.Report
	var cases []*assess.Case
	for _, d := range demo.All() {
		r, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err, d.Name)
		reports, cases = append(reports, r.Localize(lang)), append(cases, &d.Case)
	}
	return page{name: "all demo cases in " + langName(lang), html: render(t, reports, cases, lang)}
}

// progressPage renders the progress report of every demo case, as
// `regioscan progress -format html` does, each as of the demo's date.
func progressPage(t testing.TB, lang collab.Language) page {
	t.Helper()
	var ps []*assess.Progress
	for _, d := range demo.All() {
		p, err := assess.NewProgress(&d.Case, d.AsOf, assess.ProgressOptions{})
		require.NoError(t, err, d.Name)
		ps = append(ps, p)
	}
	var buf bytes.Buffer
	require.NoError(t, htmlreport.WriteProgress(&buf, ps, htmlreport.Options{Language: lang}))
	return page{name: "the progress page in " + langName(lang), html: buf.Bytes()}
}

// measures is what the browser measured of one page.
type measures struct {
	pages      int                 // A4 sheets printed
	feet       []browser.PageFoot  // headings alone at a page foot
	scroll     browser.Width       // at the phone's width
	text       browser.TextSize    // the smallest chart text on the phone
	violations []browser.Violation // axe-core's, on the desktop
}

// measured visits each page once, laid out on a desktop (print, axe-core,
// screenshot) and then on a phone (width, chart text, screenshot), and
// keeps what it found for every test that asks about the page.
var measured struct {
	sync.Mutex
	pages map[string]*measures
}

// measure returns the measures of p, visiting it on first use.
func measure(t *testing.T, p page) *measures {
	t.Helper()
	b := suite.Browser(t)
	axe := suite.Axe(t)
	measured.Lock()
	defer measured.Unlock()
	if m, ok := measured.pages[p.name]; ok {
		return m
	}
	url := browser.Serve(t, p.html)
	ctx := context.Background()
	var m measures
	err := b.Visit(ctx, p.name, url, browser.Desktop, func(tab *browser.Tab) error {
		pdf, err := tab.PrintA4()
		if err != nil {
			return err
		}
		if _, err := tab.SavePDF(pdf); err != nil {
			return err
		}
		if m.pages, err = browser.CountPages(pdf); err != nil {
			return err
		}
		if m.feet, err = browser.HeadingsAtPageFoot(pdf); err != nil {
			return err
		}
		if m.violations, err = tab.Axe(axe); err != nil {
			return err
		}
		if _, err = tab.Screenshot("desktop"); err != nil {
			return err
		}
		// The same tab, laid out again as a phone.
		if err = tab.SetViewport(browser.Phone); err != nil {
			return err
		}
		if m.scroll, err = tab.Width(); err != nil {
			return err
		}
		if m.text, err = tab.SmallestChartText(); err != nil {
			return err
		}
		_, err = tab.Screenshot("phone")
		return err
	})
	require.NoError(t, err, p.name)
	if measured.pages == nil {
		measured.pages = map[string]*measures{}
	}
	measured.pages[p.name] = &m
	t.Logf("%s: %d A4 pages, %d headings at a page foot; on a phone %d px wide, smallest chart text %.1f px (%q); %d axe-core violations",
		p.name, m.pages, len(m.feet), m.scroll.Scroll, m.text.Px, m.text.Text, len(m.violations))
	return &m
}

// eachDemo runs check on every demo case's page in both languages, as a
// subtest named after the case and the language.
func eachDemo(t *testing.T, check func(t *testing.T, p page, m *measures)) {
	for _, d := range demo.All() {
		for _, lang := range languages {
			p := demoPage(t, d, lang)
			t.Run(p.name, func(t *testing.T) { check(t, p, measure(t, p)) })
		}
	}
}

// wholePages runs check on the page of all demo cases and on the
// progress page, in both languages.
func wholePages(t *testing.T, check func(t *testing.T, p page, m *measures)) {
	for _, lang := range languages {
		for _, p := range []page{allDemosPage(t, lang), progressPage(t, lang)} {
			t.Run(p.name, func(t *testing.T) { check(t, p, measure(t, p)) })
		}
	}
}

func TestEveryDemoCasePrintsOnAtMostFourA4Pages(t *testing.T) {
	eachDemo(t, func(t *testing.T, p page, m *measures) {
		assert.LessOrEqual(t, m.pages, maxA4Pages, "%s prints on %d A4 pages", p.name, m.pages)
	})
}

func TestNoHeadingOfADemoCaseIsAloneAtTheFootOfAPrintedPage(t *testing.T) {
	eachDemo(t, func(t *testing.T, p page, m *measures) {
		for _, f := range m.feet {
			t.Errorf("%s: %s", p.name, f)
		}
	})
}

// fitsAPhone checks that a page laid out on a phone of 390 px does not
// scroll sideways and draws its charts' text at 11 px at least.
func fitsAPhone(t *testing.T, p page, m *measures) {
	assert.LessOrEqual(t, m.scroll.Scroll, browser.Phone.Width,
		"%s is %d px wide on a phone of %d px and scrolls sideways; beyond its edge: %q", p.name, m.scroll.Scroll, browser.Phone.Width, m.scroll.Overflowing)
	require.Positive(t, m.text.Count, "%s has a chart with text", p.name)
	assert.GreaterOrEqual(t, m.text.Px, minChartTextPx,
		"%s draws chart text at %.1f px on a phone (%q); at least %.0f px", p.name, m.text.Px, m.text.Text, minChartTextPx)
}

func TestEveryDemoCaseFitsAPhoneOf390PxWithReadableChartText(t *testing.T) {
	eachDemo(t, fitsAPhone)
}

// noViolations checks that axe-core finds nothing on the page.
func noViolations(t *testing.T, p page, m *measures) {
	for _, v := range m.violations {
		t.Errorf("%s breaks an axe-core rule: %s", p.name, v)
	}
}

func TestEveryDemoCaseHasNoAxeCoreViolations(t *testing.T) {
	eachDemo(t, noViolations)
}

func TestThePageOfAllDemosAndTheProgressPageHaveNoAxeCoreViolations(t *testing.T) {
	wholePages(t, noViolations)
}

func TestThePageOfAllDemosAndTheProgressPageFitAPhoneOf390Px(t *testing.T) {
	wholePages(t, fitsAPhone)
}
