package assess

import (
	"fmt"
	"io"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// Progress is the progress report (voortgangsrapportage) of one case on
// one date: how the projects' themes shift over the years, which phase the
// projects are in now, which of them have stalled, and how the funding is
// spread over the years and sources. It reads the case's projects the way
// the national progress report read the regional portfolios; [NewProgress]
// builds it from a valid case, and, like a Report, it depends only on the
// case and the as-of date.
type Progress struct {
	Collaboration uuid.UUID   `json:"collaboration"`
	Name          string      `json:"name"`
	Region        string      `json:"region"`
	RegionName    string      `json:"regionName,omitempty"`
	AsOf          collab.Date `json:"asOf"`
	// ThemesPerYear counts the running projects per theme for every year
	// up to AsOf (see project.Portfolio.ThemesPerYear).
	ThemesPerYear []project.ThemeYear `json:"themesPerYear"`
	// Shift compares the themes of two years (ProgressOptions); nil when
	// the projects ran in fewer than two years.
	Shift *project.ThemeShift `json:"shift,omitempty"`
	// Phases counts the projects per phase on AsOf; index 0 counts those
	// not started yet.
	Phases project.PhaseCounts `json:"phases"`
	// Stalled are the running projects without a phase change for more
	// than twelve months, in the case's order.
	Stalled []StalledProject `json:"stalled"`
	// FundingPerYear spreads the funding over years and sources (see
	// project.Portfolio.FundingPerYear).
	FundingPerYear []project.FundingYear `json:"fundingPerYear"`
}

// StalledProject is a running project that has not changed phase for
// more than twelve months: its title, the phase it is stuck in, since when,
// and for how many whole months.
type StalledProject struct {
	Project uuid.UUID     `json:"project"`
	Title   string        `json:"title"`
	Phase   project.Phase `json:"phase"`
	Since   collab.Date   `json:"since"`
	Months  int           `json:"months"`
}

// ProgressOptions chooses the two years whose themes a progress report
// compares. The zero value compares the first year with projects to the
// last.
type ProgressOptions struct {
	// From is the earlier year; zero: the first year with projects.
	From int
	// To is the later year; zero: the last year with projects up to the
	// as-of date.
	To int
}

// NewProgress builds the progress report of c as of asOf, comparing the
// themes of the years opts names. It returns the validation problems of c
// (see Case.Validate), or a problem at "asOf" for a zero date, and never
// reads the clock.
func NewProgress(c *Case, asOf collab.Date, opts ProgressOptions) (*Progress, error) {
	if asOf.IsZero() {
		return nil, collab.Problems{{Path: "asOf", Code: collab.CodeRequired, Message: "an as-of date is required"}}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	pf := project.Portfolio{Projects: c.Projects}
	p := &Progress{
		Collaboration:  c.Collaboration.ID,
		Name:           c.Collaboration.Name,
		Region:         c.Collaboration.Region,
		RegionName:     regionName(c),
		AsOf:           asOf,
		ThemesPerYear:  pf.ThemesPerYear(asOf),
		Phases:         pf.PhasesOn(asOf),
		Stalled:        []StalledProject{},
		FundingPerYear: pf.FundingPerYear(asOf),
	}
	if p.ThemesPerYear == nil {
		p.ThemesPerYear = []project.ThemeYear{}
	}
	if p.FundingPerYear == nil {
		p.FundingPerYear = []project.FundingYear{}
	}
	if n := len(p.ThemesPerYear); n >= 2 {
		from, to := opts.From, opts.To
		if from == 0 {
			from = p.ThemesPerYear[0].Year
		}
		if to == 0 {
			to = p.ThemesPerYear[n-1].Year
		}
		s := pf.ThemeShift(from, to, asOf)
		p.Shift = &s
	}
	for i := range c.Projects {
		pr := &c.Projects[i]
		if since, months, ok := stalledOn(pr, asOf); ok {
			p.Stalled = append(p.Stalled, StalledProject{Project: pr.ID, Title: pr.Title, Phase: pr.PhaseOn(asOf), Since: since, Months: months})
		}
	}
	return p, nil
}

// RegionLabel returns the name of the region for text: RegionName, or the
// Region code when the name is missing.
func (p *Progress) RegionLabel() string {
	if p.RegionName != "" {
		return p.RegionName
	}
	return p.Region
}

// WriteText writes the progress report as plain text in lang (English for
// an invalid language): per year the number of projects and the share of
// each theme, the themes that rose and fell between the first year and the
// last, the projects per phase now, the stalled projects by name and the
// funding per year and source. Names from the case are written with
// control and bidi characters escaped, as in Report.WriteText. It returns
// the first write error.
func (p *Progress) WriteText(w io.Writer, lang collab.Language) error {
	lang = orEnglish(lang)
	var b strings.Builder
	say := func(key string, params ...Param) string { return Say(key, params...).In(lang) }
	b.WriteString(terminalSafe(say(msgReportHeading, text("name", p.Name), text("region", p.RegionLabel()), date("date", p.AsOf))) + "\n")

	b.WriteString("\n" + say(msgProgressThemesPerYear) + "\n")
	if len(p.ThemesPerYear) == 0 {
		b.WriteString("  " + say(msgProgressNoProjects) + "\n")
	}
	for _, ty := range p.ThemesPerYear {
		b.WriteString("  " + say(msgProgressYear, count("year", ty.Year), count("projects", ty.Projects)) + "\n")
		for _, t := range project.Themes() {
			if n := ty.Themes.Of(t); n > 0 {
				fmt.Fprintf(&b, "    %-36s %3s  %6s%%\n", t.Label(lang), formatInt(int64(n), lang), formatNumber(100*float64(n)/float64(ty.Projects), 1, lang))
			}
		}
	}

	if s := p.Shift; s != nil {
		b.WriteString("\n" + say(msgProgressShift, count("from", s.From), count("to", s.To)) + "\n")
		line := func(c project.ThemeChange) {
			fmt.Fprintf(&b, "    %-36s %6s%% -> %6s%%\n", c.Theme.Label(lang), formatNumber(100*c.FromShare, 1, lang), formatNumber(100*c.ToShare, 1, lang))
		}
		b.WriteString("  " + say(msgProgressRising) + "\n")
		for c := range s.Rising() {
			line(c)
		}
		b.WriteString("  " + say(msgProgressFalling) + "\n")
		for c := range s.Falling() {
			line(c)
		}
	}

	b.WriteString("\n" + say(msgProgressPhases, date("date", p.AsOf)) + "\n")
	for _, ph := range project.Phases() {
		if n := p.Phases.Of(ph); n > 0 {
			fmt.Fprintf(&b, "  %-36s %3s\n", ph.Label(lang), formatInt(int64(n), lang))
		}
	}
	if n := p.Phases.Of(project.PhaseUnknown); n > 0 {
		fmt.Fprintf(&b, "  %-36s %3s\n", say(msgProgressNotStarted), formatInt(int64(n), lang))
	}

	b.WriteString("\n" + say(msgProgressStalled) + "\n")
	if len(p.Stalled) == 0 {
		b.WriteString("  " + say(msgProgressNoneStalled) + "\n")
	}
	for _, s := range p.Stalled {
		b.WriteString("  - " + terminalSafe(say(msgSeenProjectStalled, text("project", s.Title), lower(enum("phase", ParamProjectPhase, s.Phase)), date("last", s.Since), count("months", s.Months))) + "\n")
	}

	b.WriteString("\n" + say(msgProgressFunding) + "\n")
	if len(p.FundingPerYear) == 0 {
		b.WriteString("  " + say(msgProgressNoFunding) + "\n")
	}
	for _, fy := range p.FundingPerYear {
		fmt.Fprintf(&b, "  %d  %s\n", fy.Year, FormatMoney(fy.Sources.Total(), lang))
		for _, src := range project.FundingSources() {
			if m := fy.Sources.Of(src); m != 0 {
				fmt.Fprintf(&b, "    %-34s %s\n", src.Label(lang), FormatMoney(m, lang))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
