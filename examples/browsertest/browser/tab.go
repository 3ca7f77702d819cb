package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A4 in inches, and the margins of the report's @page rule (14 mm), so
// that a page without its own rule prints the same way.
const (
	a4Width, a4Height = 8.27, 11.69
	printMargin       = 14 / 25.4
)

// setViewport lays the tab out in vp.
func (t *Tab) setViewport(ctx context.Context, vp Viewport) error {
	opts := []chromedp.EmulateViewportOption{chromedp.EmulatePortrait}
	if vp.Mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	return chromedp.Do(ctx, chromedp.EmulateViewport(int64(vp.Width), int64(vp.Height), opts...))
}

// Viewport returns the viewport the tab is laid out in.
func (t *Tab) Viewport() Viewport { return t.viewport }

// SetViewport lays the page out again in vp, without loading it again,
// so that one visit can measure a page on a desktop and on a phone.
func (t *Tab) SetViewport(vp Viewport) error {
	err := t.do("setting the viewport", func(ctx context.Context) error { return t.setViewport(ctx, vp) })
	if err == nil {
		t.viewport = vp
	}
	return err
}

// PrintA4 prints the page as Chromium's print dialog would on A4 paper,
// backgrounds included and the page's own @page rule preferred, and
// returns the PDF. Count its sheets with CountPages.
func (t *Tab) PrintA4() ([]byte, error) {
	var pdf []byte
	err := t.do("printing to PDF", func(ctx context.Context) error {
		var err error
		pdf, err = chromedp.Run(ctx, chromedp.PrintToPDF(func(p *page.PrintToPDFParams) {
			p.PaperWidth, p.PaperHeight = a4Width, a4Height
			m, yes := printMargin, true
			p.MarginTop, p.MarginBottom, p.MarginLeft, p.MarginRight = &m, &m, &m, &m
			p.PrintBackground, p.PreferCSSPageSize, p.GenerateTaggedPDF = &yes, &yes, &yes
		}))
		return err
	})
	return pdf, err
}

// Width is how wide a page is laid out, in CSS px.
type Width struct {
	// Scroll is the document's scroll width: the width of its widest
	// content, never less than the viewport.
	Scroll int `json:"scroll"`
	// Overflowing names up to five elements whose right edge lies beyond
	// the viewport's width (some may be clipped by a box that scrolls) (tag, id and classes), to say what makes a page scroll
	// sideways.
	Overflowing []string `json:"overflowing"`
}

// Width measures how wide the page is laid out.
func (t *Tab) Width() (Width, error) {
	js := `((vw) => {
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (out.length === 5) break;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5) {
      let name = el.tagName.toLowerCase();
      if (el.id) name += '#' + el.id;
      for (const c of el.classList) name += '.' + c;
      out.push(name + ' (right edge ' + Math.round(r.right) + ' px)');
    }
  }
  return {scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), overflowing: out};
})(` + strconv.Itoa(t.viewport.Width) + `)`
	var w Width
	err := t.do("measuring the width", func(ctx context.Context) error {
		var err error
		w, err = chromedp.Run(ctx, chromedp.Evaluate[Width](js))
		return err
	})
	return w, err
}

// TextSize is the size of a text as drawn on the screen, in CSS px.
type TextSize struct {
	// Px is the drawn height of the font: its computed size times the
	// vertical scale of the SVG it is in.
	Px float64 `json:"px"`
	// Text is the text itself, up to 40 characters.
	Text string `json:"text"`
	// Count is how many SVG texts were measured.
	Count int `json:"count"`
}

// SmallestChartText finds the smallest SVG text that is drawn, at the
// size it is drawn: a chart scaled down to fit a phone scales its text
// down with it. Count is 0 when the page has no SVG text.
func (t *Tab) SmallestChartText() (TextSize, error) {
	const js = `(() => {
  let best = null, n = 0;
  for (const el of document.querySelectorAll('svg text')) {
    if (el.getClientRects().length === 0) continue;
    const m = el.getScreenCTM();
    if (!m) continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.c, m.d);
    n++;
    if (best === null || px < best.px) best = {px: px, text: el.textContent.trim().slice(0, 40)};
  }
  return best === null ? {px: 0, text: '', count: 0} : {px: best.px, text: best.text, count: n};
})()`
	var size TextSize
	err := t.do("measuring the chart text", func(ctx context.Context) error {
		var err error
		size, err = chromedp.Run(ctx, chromedp.Evaluate[TextSize](js))
		return err
	})
	return size, err
}

// Violation is one rule of axe-core that the page breaks.
type Violation struct {
	// ID is the rule, such as "color-contrast".
	ID string `json:"id"`
	// Impact is axe-core's weight: minor, moderate, serious or critical.
	Impact string `json:"impact"`
	// Help says what the rule asks, in axe-core's words.
	Help string `json:"help"`
	// Targets are the CSS selectors of the elements that break it.
	Targets []string `json:"targets"`
}

// String gives the violation on one line, for a test's failure message.
func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "))
}

// Axe runs axe-core (the source of axe.min.js, see Suite.Axe) on the page
// with the rules of WCAG 2 levels A and AA, and returns the violations.
func (t *Tab) Axe(axe []byte) ([]Violation, error) {
	const run = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})
  .then(r => r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
    targets: v.nodes.map(n => n.target.join(' '))})))`
	var vs []Violation
	err := t.do("loading axe-core", func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](string(axe)))
	})
	if err == nil {
		err = t.do("running axe-core", func(ctx context.Context) error {
			var err error
			vs, err = chromedp.Run(ctx, chromedp.Evaluate[[]Violation](run, chromedp.EvalAwaitPromise))
			return err
		})
	}
	return vs, err
}

// Screenshot saves a PNG of the whole page, as laid out in the tab's
// viewport, into the screenshots folder (Options.Screenshots), named
// after the visit and label (such as "achterhoek-anw-in-dutch-phone.png"
// for the visit "achterhoek-anw in Dutch" and the label "phone"), and
// returns its path; with no folder it does nothing and returns "".
func (t *Tab) Screenshot(label string) (string, error) {
	if t.shots == "" {
		return "", nil
	}
	var png []byte
	err := t.do("taking a screenshot", func(ctx context.Context) error {
		var err error
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		return err
	})
	if err != nil {
		return "", err
	}
	return t.save(t.name+" "+label+".png", png)
}

// SavePDF saves a printed PDF into the screenshots folder, named after
// the visit (such as "achterhoek-anw-in-dutch.pdf"), and returns its
// path; with no folder it does nothing and returns "".
func (t *Tab) SavePDF(pdf []byte) (string, error) {
	if t.shots == "" {
		return "", nil
	}
	return t.save(t.name+".pdf", pdf)
}

// save writes data into the screenshots folder under name, made a file
// name by FileName but for its extension.
func (t *Tab) save(name string, data []byte) (string, error) {
	if err := os.MkdirAll(t.shots, 0o750); err != nil {
		return "", err
	}
	ext := filepath.Ext(name)
	p := filepath.Join(t.shots, FileName(strings.TrimSuffix(name, ext))+ext)
	return p, os.WriteFile(p, data, 0o600)
}

// FileName turns a page's name into a file name: lower case letters,
// digits and dashes.
func FileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
