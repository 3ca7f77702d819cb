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
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
)

//go:embed progress.gohtml
var progressText string

// progressTemplate is parsed once and never changes.
var progressTemplate = template.Must(template.Must(pageTemplate.Clone()).New("progress").Parse(progressText))

// themeColours are the fill colours of the themes in the stacked bars, in
// the order of project.Themes(); a theme beyond the list reuses them. Each
// reaches 3:1 against white, the level for graphical objects, and the
// table beside the chart gives the same numbers.
var themeColours = [...]string{
	"#1f4e79", "#a34700", "#2e6b30", "#8a1c1c", "#5b3a8c", "#00695c",
	"#7a5c00", "#ad1457", "#37474f", "#4e6b00", "#0d47a1", "#6d4c41", "#b3261e",
	"#006064", "#4a148c", "#827717", "#3e2723",
}

// Geometry of the stacked bar chart, in SVG user units.
const (
	barsHeight = 260
	barsTop    = 24
	barsBase   = 220
	barsLeft   = 10
	barWidth   = 48
	barGap     = 28
)

// WriteProgress writes one self-contained HTML page holding the progress
// report (voortgangsrapportage) of every case in order: the projects per
// theme per year as a stacked bar chart (an inline SVG, one bar per year,
// one segment per theme) with a table of the same numbers, the shift of
// the themes' shares between two years, the projects per phase now, the
// stalled projects by name and the funding per year and source. It uses
// opts.Language and opts.Title as Write does (English when the language is
// not set) and ignores the other options. It returns an error, and writes
// nothing, when progress is empty or holds nil; otherwise the first write
// error.
func WriteProgress(w io.Writer, progress []*assess.Progress, opts Options) error {
	if len(progress) == 0 {
		return errors.New("htmlreport: no progress reports to write")
	}
	if slices.Contains(progress, nil) {
		return errors.New("htmlreport: a progress report is nil")
	}
	lang := opts.Language
	if !lang.IsValid() {
		lang = collab.English
	}
	say := func(key string, params ...assess.Param) string { return assess.Say(key, params...).In(lang) }
	d := progressPage{Lang: lang.String(), Title: opts.Title, CSS: css()}
	if d.Title == "" {
		d.Title = say("html.progress-title")
	}
	for i, p := range progress {
		v := progressOf(p, lang, "progress-"+strconv.Itoa(i+1))
		v.Standalone = true
		d.Cases = append(d.Cases, v)
	}
	var b bytes.Buffer
	if err := progressTemplate.Execute(&b, d); err != nil {
		return fmt.Errorf("htmlreport: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

type progressPage struct {
	Lang  string
	Title string
	CSS   template.CSS
	Cases []progressView
}

type progressWords struct {
	Title, ThemesPerYear, NoProjects, Theme, Projects, Phases, Stalled, NoneStalled, Funding, NoFunding string
}

type progressView struct {
	// Standalone is true on a page of its own, false for a section of an
	// assessment.
	Standalone bool
	ID         string
	Name       string
	Meta       string
	W          progressWords
	Chart      barChart
	Bars       []barView
	Legend     []legendItem
	Years      []int
	Rows       []themeRow
	Totals     []string
	Shift      *shiftView

	Phases  []string
	Stalled []string
	Funding []string
}

type barChart struct{ Width, Height, Left, Right, Base int }

type barView struct {
	Year           int
	Total          string
	LabelX         string
	LabelY, TotalY string
	Segments       []segmentView
}

type segmentView struct {
	X, Y, W, H string
	Colour     string
	Label      string
}

type legendItem struct{ Colour, Label string }

type themeRow struct {
	Label string
	Cells []string
}

type shiftView struct {
	Title    string
	From, To int
	Rows     []shiftRow
}

type shiftRow struct{ Label, From, To string }

// progressOf prepares one progress report for the template.
func progressOf(p *assess.Progress, lang collab.Language, id string) progressView {
	say := func(key string, params ...assess.Param) string { return assess.Say(key, params...).In(lang) }
	num := func(name string, n int) assess.Param {
		return assess.Param{Name: name, Kind: assess.ParamInt, Number: float64(n)}
	}
	// count writes a number of projects, its thousands grouped as lang
	// groups them (see assess.Param).
	count := func(n int) string { return num("", n).In(lang) }
	share := func(x float64) string {
		return assess.Param{Kind: assess.ParamNumber, Number: 100 * x, Digits: 1}.In(lang) + "%"
	}
	v := progressView{
		ID: id, Name: p.Name,
		Meta: say("html.region") + " " + p.RegionLabel() + ", " + say("html.as-of") + " " +
			assess.Param{Kind: assess.ParamDate, Date: p.AsOf}.In(lang),
		W: progressWords{
			Title: say("html.progress-title"), ThemesPerYear: say("progress.themes-per-year"), NoProjects: say("progress.no-projects"),
			Theme: say("html.theme"), Projects: say("html.projects"),
			Phases:  say("progress.phases", assess.Param{Name: "date", Kind: assess.ParamDate, Date: p.AsOf}),
			Stalled: say("progress.stalled"), NoneStalled: say("progress.none-stalled"),
			Funding: say("progress.funding"), NoFunding: say("progress.no-funding"),
		},
	}

	// The stacked bars: the height of a bar is the sum of its themes, so
	// that the largest bar fills the chart.
	themes := project.Themes()
	used := make([]bool, len(themes))
	largest := 1
	for _, ty := range p.ThemesPerYear {
		sum := 0
		for i, t := range themes {
			if n := ty.Themes.Of(t); n > 0 {
				used[i] = true
				sum += n
			}
		}
		largest = max(largest, sum)
	}
	unit := float64(barsBase-barsTop) / float64(largest)
	for k, ty := range p.ThemesPerYear {
		x := barsLeft + barGap/2 + k*(barWidth+barGap)
		bar := barView{Year: ty.Year, Total: count(ty.Projects), LabelX: strconv.Itoa(x + barWidth/2),
			LabelY: strconv.Itoa(barsBase + 18)}
		y := float64(barsBase)
		for i, t := range themes {
			n := ty.Themes.Of(t)
			if n == 0 {
				continue
			}
			h := float64(n) * unit
			y -= h
			bar.Segments = append(bar.Segments, segmentView{
				X: strconv.Itoa(x), Y: coord(y), W: strconv.Itoa(barWidth), H: coord(h),
				Colour: themeColours[i%len(themeColours)],
				Label:  strconv.Itoa(ty.Year) + ", " + t.Label(lang) + ": " + count(n),
			})
		}
		bar.TotalY = coord(y - 6)
		v.Bars = append(v.Bars, bar)
		v.Years = append(v.Years, ty.Year)
		v.Totals = append(v.Totals, count(ty.Projects))
	}
	width := barsLeft*2 + max(len(p.ThemesPerYear), 1)*(barWidth+barGap)
	v.Chart = barChart{Width: width, Height: barsHeight, Left: barsLeft, Right: width - barsLeft, Base: barsBase}
	for i, t := range themes {
		if !used[i] {
			continue
		}
		v.Legend = append(v.Legend, legendItem{Colour: themeColours[i%len(themeColours)], Label: t.Label(lang)})
		row := themeRow{Label: t.Label(lang)}
		for _, ty := range p.ThemesPerYear {
			row.Cells = append(row.Cells, count(ty.Themes.Of(t)))
		}
		v.Rows = append(v.Rows, row)
	}

	if s := p.Shift; s != nil {
		sv := &shiftView{Title: say("progress.shift", num("from", s.From), num("to", s.To)), From: s.From, To: s.To}
		for _, c := range s.Changes {
			if c.FromCount == 0 && c.ToCount == 0 {
				continue
			}
			sv.Rows = append(sv.Rows, shiftRow{Label: c.Theme.Label(lang), From: share(c.FromShare), To: share(c.ToShare)})
		}
		v.Shift = sv
	}

	for _, ph := range project.Phases() {
		if n := p.Phases.Of(ph); n > 0 {
			v.Phases = append(v.Phases, ph.Label(lang)+": "+count(n))
		}
	}
	if n := p.Phases.Of(project.PhaseUnknown); n > 0 {
		v.Phases = append(v.Phases, say("progress.not-started")+": "+count(n))
	}
	for _, s := range p.Stalled {
		v.Stalled = append(v.Stalled, say("strategy.projects-stall.seen-stalled",
			assess.Param{Name: "project", Kind: assess.ParamText, Text: s.Title},
			assess.Param{Name: "phase", Kind: assess.ParamProjectPhase, Text: s.Phase.String(), Lower: true},
			assess.Param{Name: "last", Kind: assess.ParamDate, Date: s.Since},
			num("months", s.Months)))
	}
	money := func(m collab.Money) string { return assess.FormatMoney(m, lang) }
	for _, fy := range p.FundingPerYear {
		line := strconv.Itoa(fy.Year) + ": " + money(fy.Sources.Total())
		var parts []string
		for _, src := range project.FundingSources() {
			if m := fy.Sources.Of(src); m != 0 {
				parts = append(parts, src.Label(lang)+" "+money(m))
			}
		}
		if len(parts) > 0 {
			line += " (" + joinParts(parts) + ")"
		}
		v.Funding = append(v.Funding, line)
	}
	return v
}

// joinParts joins parts with commas.
func joinParts(parts []string) string {
	out := ""
	for i, s := range parts {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}
