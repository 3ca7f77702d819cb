package browser

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// suite is the browser of this test binary.
var suite Suite

func TestMain(m *testing.M) {
	code := m.Run()
	suite.Close()
	os.Exit(code)
}

// pages returns an HTML page of n pages: each paragraph starts a new one.
func pages(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pages</title></head><body>`)
	for i := range n {
		fmt.Fprintf(&b, `<p style="break-before: %s">page %d</p>`, map[bool]string{true: "auto", false: "page"}[i == 0], i+1)
	}
	b.WriteString(`</body></html>`)
	return []byte(b.String())
}

func TestPrintA4CountsThePagesChromiumPrints(t *testing.T) {
	b := suite.Browser(t)
	for _, n := range []int{1, 3, 7} {
		t.Run(fmt.Sprintf("a page broken into %d sheets prints on %d A4 pages", n, n), func(t *testing.T) {
			url := Serve(t, pages(n))
			var got int
			err := b.Visit(t.Context(), fmt.Sprintf("%d pages", n), url, Desktop, func(tab *Tab) error {
				pdf, err := tab.PrintA4()
				if err != nil {
					return err
				}
				assert.True(t, bytes.Contains(pdf, []byte(" 841.91998]")), "an A4 sheet is 842 pt high")
				got, err = CountPages(pdf)
				return err
			})
			require.NoError(t, err)
			assert.Equal(t, n, got)
		})
	}
}

func TestWidthAndChartText(t *testing.T) {
	b := suite.Browser(t)
	const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>w</title>
<style>body { margin: 0 } svg { width: 100%%; }</style></head><body>
<div id="wide" style="width: %s; height: 10px"></div>
<svg viewBox="0 0 780 100" role="img" aria-label="chart"><text x="0" y="50" font-size="20">half</text>
<text x="0" y="90" font-size="30" style="display: none">hidden</text></svg></body></html>`
	tests := []struct {
		name     string
		wide     string
		scroll   int
		overflow bool
	}{
		{name: "a page that fits a phone is as wide as the phone", wide: "100px", scroll: 390},
		{name: "a block of 600 px makes a phone's page 600 px wide and is named", wide: "600px", scroll: 600, overflow: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := Serve(t, fmt.Appendf(nil, page, tt.wide))
			var w Width
			var text TextSize
			err := b.Visit(t.Context(), tt.name, url, Phone, func(tab *Tab) (err error) {
				if w, err = tab.Width(); err != nil {
					return err
				}
				text, err = tab.SmallestChartText()
				return err
			})
			require.NoError(t, err)
			assert.Equal(t, tt.scroll, w.Scroll)
			if tt.overflow {
				require.NotEmpty(t, w.Overflowing)
				assert.Equal(t, "div#wide (right edge 600 px)", w.Overflowing[0])
			} else {
				assert.Empty(t, w.Overflowing)
			}
			// The SVG of 780 units is drawn as wide as the phone's layout,
			// 390 px, beside a wide block too: its text of 20 units is
			// drawn at 10 px; the hidden text is not measured.
			assert.InDelta(t, 10, text.Px, 0.01)
			assert.Equal(t, "half", text.Text)
			assert.Equal(t, 1, text.Count)
		})
	}
}

func TestSetViewportLaysTheSamePageOutAgain(t *testing.T) {
	b := suite.Browser(t)
	url := Serve(t, []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>w</title></head>
<body style="margin: 0"><div style="width: 800px; max-width: 100%">text</div></body></html>`))
	var desktop, phone Width
	err := b.Visit(t.Context(), "two viewports", url, Desktop, func(tab *Tab) (err error) {
		if desktop, err = tab.Width(); err != nil {
			return err
		}
		if err = tab.SetViewport(Phone); err != nil {
			return err
		}
		assert.Equal(t, Phone, tab.Viewport())
		phone, err = tab.Width()
		return err
	})
	require.NoError(t, err)
	assert.Equal(t, 1280, desktop.Scroll)
	assert.Equal(t, 390, phone.Scroll)
}

func TestAxeFindsAViolationAndNoneOnAGoodPage(t *testing.T) {
	b := suite.Browser(t)
	axe := suite.Axe(t)
	tests := []struct {
		name string
		page string
		want []string
	}{
		{name: "a page with a label for its field has no violation",
			page: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ok</title></head><body><main><h1>Ok</h1><label for="a">Name</label><input id="a"></main></body></html>`},
		{name: "an image without a text alternative and a page without a language are found",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body><main><h1>Bad</h1><img src="/x.png"></main></body></html>`,
			want: []string{"html-has-lang", "image-alt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := Serve(t, []byte(tt.page))
			var vs []Violation
			err := b.Visit(t.Context(), tt.name, url, Desktop, func(tab *Tab) (err error) {
				vs, err = tab.Axe(axe)
				return err
			})
			require.NoError(t, err)
			var ids []string
			for _, v := range vs {
				ids = append(ids, v.ID)
				assert.NotEmpty(t, v.Targets, v.String())
			}
			assert.ElementsMatch(t, tt.want, ids)
		})
	}
}

func TestScreenshotIsSavedOnlyWhenAFolderIsGiven(t *testing.T) {
	suite.Browser(t) // skips or fails as the suite does when there is no browser
	dir := t.TempDir()
	b, err := Start(Options{Exec: suite.env.Chromium, Screenshots: dir, Logf: t.Logf})
	require.NoError(t, err)
	defer b.Close()
	url := Serve(t, pages(2))
	var png, pdf string
	err = b.Visit(t.Context(), "Two Pages", url, Phone, func(tab *Tab) error {
		var err error
		if png, err = tab.Screenshot("phone"); err != nil {
			return err
		}
		printed, err := tab.PrintA4()
		if err != nil {
			return err
		}
		pdf, err = tab.SavePDF(printed)
		return err
	})
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "two-pages-phone.png"), png)
	assert.Equal(t, filepath.Join(dir, "two-pages.pdf"), pdf)
	data, err := os.ReadFile(png)
	require.NoError(t, err)
	assert.Equal(t, "\x89PNG", string(data[:4]))

	// Without a folder nothing is written.
	bare, err := Start(Options{Exec: suite.env.Chromium, Logf: t.Logf})
	require.NoError(t, err)
	defer bare.Close()
	err = bare.Visit(t.Context(), "nowhere", url, Phone, func(tab *Tab) error {
		p, err := tab.Screenshot("phone")
		assert.Empty(t, p)
		return err
	})
	require.NoError(t, err)
}

// startLogged starts a browser of the test's own, which it may kill, and
// returns it with a func that gives the log lines announcing a retry.
func startLogged(t *testing.T) (*Browser, func() []string) {
	t.Helper()
	suite.Browser(t) // skips or fails as the suite does when there is no browser
	var lines []string
	var mu sync.Mutex
	b, err := Start(Options{Exec: suite.env.Chromium, StepTimeout: 20 * time.Second, Logf: func(f string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if l := fmt.Sprintf(f, args...); strings.Contains(l, "visiting it once more in a fresh browser") {
			lines = append(lines, l)
		}
	}})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	return b, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(lines)
	}
}

func TestAVisitWhoseBrowserDiesIsMadeOnceMoreInAFreshBrowser(t *testing.T) {
	b, retries := startLogged(t)
	url := Serve(t, pages(2))

	calls := 0
	var got int
	err := b.Visit(t.Context(), "killed", url, Desktop, func(tab *Tab) error {
		calls++
		if calls == 1 {
			require.NoError(t, b.Process().Kill())
		}
		pdf, err := tab.PrintA4()
		if err != nil {
			return err
		}
		got, err = CountPages(pdf)
		return err
	})
	require.NoError(t, err)
	assert.Equal(t, 2, calls, "the visit is made twice")
	assert.Equal(t, 2, got, "and measures the page the second time")
	require.Len(t, retries(), 1, "one log line says so")
	assert.Contains(t, retries()[0], "browser: killed: the browser or its tab died")

	// The fresh browser serves the next visit.
	err = b.Visit(t.Context(), "after", url, Desktop, func(tab *Tab) error { _, err := tab.Width(); return err })
	require.NoError(t, err)
}

func TestAVisitThatDiesTwiceFails(t *testing.T) {
	suite.Browser(t)
	b, err := Start(Options{Exec: suite.env.Chromium, StepTimeout: 20 * time.Second, Logf: t.Logf})
	require.NoError(t, err)
	defer b.Close()
	url := Serve(t, pages(1))
	calls := 0
	err = b.Visit(t.Context(), "doomed", url, Desktop, func(tab *Tab) error {
		calls++
		require.NoError(t, b.Process().Kill())
		_, err := tab.PrintA4()
		return err
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "doomed: died again in a fresh browser")
	assert.Equal(t, 2, calls)
}

func TestAPageThatNeverLoadsFailsAtTheStepDeadline(t *testing.T) {
	suite.Browser(t)
	b, err := Start(Options{Exec: suite.env.Chromium, StepTimeout: 3 * time.Second, Logf: t.Logf})
	require.NoError(t, err)
	defer b.Close()
	// The server holds the request for the page until the browser gives
	// up or the test ends.
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)

	start := time.Now()
	calls := 0
	err = b.Visit(context.Background(), "never loads", srv.URL, Desktop, func(tab *Tab) error {
		calls++
		return nil
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "never loads: loading "+srv.URL+": no answer within 3s")
	assert.Zero(t, calls, "the page is never measured")
	assert.Less(t, time.Since(start), time.Minute, "two attempts of 3 s and a restart")
}

// fakeTB records what a Suite does to a test: skip or fail.
type fakeTB struct {
	testing.TB
	skipped, failed string
}

func (f *fakeTB) Helper()          {}
func (f *fakeTB) Skip(args ...any) { f.skipped = fmt.Sprint(args...); runtime.Goexit() }
func (f *fakeTB) Fatalf(format string, a ...any) {
	f.failed = fmt.Sprintf(format, a...)
	runtime.Goexit()
}
func (f *fakeTB) Skipf(format string, a ...any) {
	f.skipped = fmt.Sprintf(format, a...)
	runtime.Goexit()
}

// run calls f with tb on a goroutine of its own, which Skip and Fatalf
// end, as the testing package's do.
func (f *fakeTB) run(fn func(tb testing.TB)) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
}

func TestAMissingBrowserOrAxeSkipsUnlessRequired(t *testing.T) {
	t.Setenv(EnvChromium, "")
	t.Setenv(EnvAxe, "")
	tests := []struct {
		name    string
		env     Env
		call    func(s *Suite, tb testing.TB)
		skipped string
		failed  string
	}{
		{name: "no chromium skips with the command that installs it",
			env: Env{}, call: func(s *Suite, tb testing.TB) { s.Browser(tb) },
			skipped: "no browser for the browser tests (chromium is not on PATH): install it with `apt-get install"},
		{name: "no chromium fails when the browser is required",
			env: Env{Require: true}, call: func(s *Suite, tb testing.TB) { s.Browser(tb) },
			failed: "(REGIOKOMPAS_BROWSER=require: the browser tests may not be skipped)"},
		{name: "no axe-core skips with the command that installs it",
			env: Env{Chromium: "/bin/true"}, call: func(s *Suite, tb testing.TB) { s.Axe(tb) },
			skipped: "no axe-core for the accessibility tests (REGIOKOMPAS_AXE is not set): install it with `npm install"},
		{name: "no axe-core fails when the browser is required",
			env: Env{Chromium: "/bin/true", Require: true}, call: func(s *Suite, tb testing.TB) { s.Axe(tb) },
			failed: "no axe-core for the accessibility tests"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Suite{Env: &tt.env}
			f := &fakeTB{}
			f.run(func(tb testing.TB) { tt.call(s, tb) })
			if tt.skipped != "" {
				assert.Contains(t, f.skipped, tt.skipped)
				assert.NotContains(t, f.skipped, "\n", "one line")
				assert.Empty(t, f.failed)
			} else {
				assert.Contains(t, f.failed, tt.failed)
				assert.Empty(t, f.skipped)
			}
		})
	}
}

func TestEnvFromOSReadsTheVariables(t *testing.T) {
	dir := t.TempDir()
	axe := filepath.Join(dir, "axe.min.js")
	require.NoError(t, os.WriteFile(axe, []byte("//"), 0o600))
	t.Setenv(EnvChromium, "/bin/sh")
	t.Setenv(EnvAxe, axe)
	t.Setenv(EnvBrowser, "require")
	t.Setenv(EnvScreenshots, dir)
	assert.Equal(t, Env{Chromium: "/bin/sh", Axe: axe, Require: true, Screenshots: dir}, EnvFromOS())

	t.Setenv(EnvChromium, filepath.Join(dir, "no-such-browser"))
	t.Setenv(EnvAxe, filepath.Join(dir, "no-such-axe.js"))
	t.Setenv(EnvBrowser, "")
	e := EnvFromOS()
	assert.Equal(t, Env{Screenshots: dir}, e)
	assert.Contains(t, e.missingChromium(), "REGIOKOMPAS_CHROMIUM="+filepath.Join(dir, "no-such-browser")+" does not exist")
	assert.Contains(t, e.missingAxe(), "REGIOKOMPAS_AXE="+filepath.Join(dir, "no-such-axe.js")+" does not exist")
}

func TestAVisitWhoseTabCrashesIsMadeOnceMoreInAFreshBrowser(t *testing.T) {
	b, retries := startLogged(t)
	url := Serve(t, pages(1))
	calls := 0
	err := b.Visit(t.Context(), "crashed", url, Desktop, func(tab *Tab) error {
		calls++
		if calls == 1 {
			// Page.crash ends the tab's renderer; the browser lives on.
			go func() { _, _ = chromedp.Call(tab.ctx, page.Crash, cdp.Empty{}) }()
			<-tab.ctx.Done()
		}
		_, err := tab.Width()
		return err
	})
	require.NoError(t, err)
	assert.Equal(t, 2, calls)
	require.Len(t, retries(), 1, "one log line says so")
	assert.Contains(t, retries()[0], "browser: crashed: the browser or its tab died (the tab crashed)")
}

func TestHeadingsAtPageFootFindsAHeadingWhoseContentMovedToTheNextPage(t *testing.T) {
	b := suite.Browser(t)
	// A4 less two margins of 14 mm leaves 1,016 CSS px of page. A block
	// of 940 px leaves room for the heading but not for the paragraph
	// after it, which may not break; only break-after: avoid keeps the
	// heading with it.
	const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>feet</title>
<style>body { margin: 0; font: 16px/1.2 sans-serif } h2 { margin: 0; font-size: 20px } p.tall { height: 300px; margin: 0; break-inside: avoid }
%s</style></head><body>
<h2>Opening</h2><p style="height: 920px; margin: 0">First.</p>
<h2>Stranded heading</h2><p class="tall">Its content.</p>
<h3>Last words</h3><p>The end.</p></body></html>`
	tests := []struct {
		name string
		css  string
		want []PageFoot
	}{
		{name: "a heading without break-after: avoid is left alone at the foot of page 1",
			want: []PageFoot{{Page: 1, Level: "H2", Heading: "Stranded heading"}}},
		{name: "a heading with break-after: avoid moves to the next page with its content",
			css: "h2 { break-after: avoid }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := Serve(t, fmt.Appendf(nil, page, tt.css))
			var feet []PageFoot
			var pages int
			err := b.Visit(t.Context(), tt.name, url, Desktop, func(tab *Tab) error {
				pdf, err := tab.PrintA4()
				if err != nil {
					return err
				}
				if pages, err = CountPages(pdf); err != nil {
					return err
				}
				feet, err = HeadingsAtPageFoot(pdf)
				return err
			})
			require.NoError(t, err)
			assert.Equal(t, 2, pages)
			assert.Equal(t, tt.want, feet)
		})
	}
	assert.Equal(t, `page 1 ends with the heading "Stranded heading" (h2), whose content starts on the next page`,
		PageFoot{Page: 1, Level: "H2", Heading: "Stranded heading"}.String())
}

func TestHeadingsAtPageFootRefusesAnUntaggedPDF(t *testing.T) {
	three, err := os.ReadFile("testdata/three-pages.pdf")
	require.NoError(t, err)
	_, err = HeadingsAtPageFoot(three)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the PDF is not tagged")
}
