package project

import (
	"cmp"
	"iter"
	"math/bits"
	"slices"

	"github.com/regiokompas/regiokompas/collab"
)

// The analytics below read a portfolio the way the national progress report
// did. They all take an as-of date and never read the clock: what happened
// after asOf is not seen (a project that starts later is left out, a year
// after asOf has no figures). They assume valid projects; on invalid ones
// they give some answer but never panic.
//
// They cost time in proportion to the number of projects and allocate only
// for their results: fixed arrays indexed by enum value, and one entry per
// distinct year or region, never anything per project.

// ThemeCounts counts projects per theme. Index it with a Theme
// (counts[ThemeTechnology]); index 0 is unused and stays zero.
type ThemeCounts [numThemes + 1]int

// Of returns the count of theme t; 0 for an invalid theme.
func (c *ThemeCounts) Of(t Theme) int {
	if !t.IsValid() {
		return 0
	}
	return c[t]
}

// PhaseCounts counts projects per phase. Index it with a Phase; index 0
// (PhaseUnknown) counts the projects that had not started yet.
type PhaseCounts [numPhases + 1]int

// Of returns the count of phase ph (PhaseUnknown: not started yet); 0 for a
// phase out of range.
func (c *PhaseCounts) Of(ph Phase) int {
	if int(ph) > numPhases {
		return 0
	}
	return c[ph]
}

// SourceAmounts holds an amount of money per funding source. Index it with
// a FundingSource; index 0 is unused and stays zero.
type SourceAmounts [numSources + 1]collab.Money

// Of returns the amount of source s; 0 for an invalid source.
func (a *SourceAmounts) Of(s FundingSource) collab.Money {
	if !s.IsValid() {
		return 0
	}
	return a[s]
}

// Total returns the sum over all sources.
func (a *SourceAmounts) Total() collab.Money {
	var t collab.Money
	for _, m := range a {
		t += m
	}
	return t
}

// ThemeYear is the theme count of one calendar year: how many projects ran
// in it, and how many of those carried each theme. A project with several
// themes counts once for each.
type ThemeYear struct {
	Year     int
	Projects int
	Themes   ThemeCounts
}

// ThemesPerYear counts the projects per theme for every calendar year up to
// asOf's year. A project counts in each year in which it was running on at
// least one day on or before asOf (see Project.IsRunningOn): a project that
// ran from 2019 into 2021 counts in 2019, 2020 and 2021, and one that was
// stopped for a year and restarted does not count in the year it lay
// still. The years come in ascending order; years in which no project ran
// are left out.
func (pf *Portfolio) ThemesPerYear(asOf collab.Date) []ThemeYear {
	var out []ThemeYear
	index := map[int]int{}
	for i := range pf.Projects {
		p := &pf.Projects[i]
		first, last, ok := p.yearSpan(asOf)
		if !ok {
			continue
		}
		for y := first; y <= last; y++ {
			if !p.runsInYear(y, asOf) {
				continue
			}
			k, seen := index[y]
			if !seen {
				k = len(out)
				index[y] = k
				out = append(out, ThemeYear{Year: y})
			}
			ty := &out[k]
			ty.Projects++
			for _, t := range p.Themes {
				if t.IsValid() {
					ty.Themes[t]++
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b ThemeYear) int { return cmp.Compare(a.Year, b.Year) })
	return out
}

// yearSpan returns the calendar years in which the project may have run,
// up to asOf; false when it had not started by asOf.
func (p *Project) yearSpan(asOf collab.Date) (first, last int, ok bool) {
	if p.Started.IsZero() || p.Started.After(asOf) {
		return 0, 0, false
	}
	last = asOf.Year()
	if !p.Ended.IsZero() && p.Ended.Year() < last {
		last = p.Ended.Year()
	}
	return p.Started.Year(), last, true
}

// runsInYear reports whether the project ran on some day of year y on or
// before asOf.
func (p *Project) runsInYear(y int, asOf collab.Date) bool {
	from, until := yearBounds(y)
	if until.After(asOf) {
		until = asOf
	}
	return p.runsBetween(from, until)
}

// yearBounds returns 1 January and 31 December of year y.
func yearBounds(y int) (collab.Date, collab.Date) {
	return collab.NewDate(y, 1, 1), collab.NewDate(y, 12, 31)
}

// PhasesOn counts the projects per phase they were in on asOf; index 0
// counts the projects that had not started by then.
func (pf *Portfolio) PhasesOn(asOf collab.Date) PhaseCounts {
	var c PhaseCounts
	for i := range pf.Projects {
		ph := pf.Projects[i].PhaseOn(asOf)
		if int(ph) <= numPhases {
			c[ph]++
		}
	}
	return c
}

// RegionCount is the project count of one region as of a date: how many of
// its projects had started, and how many were running.
type RegionCount struct {
	Region   string
	Projects int
	Running  int
}

// Regions counts, per region code, the projects that had started by asOf
// and those running on asOf. Regions come sorted by code; a region whose
// projects all start after asOf is left out.
func (pf *Portfolio) Regions(asOf collab.Date) []RegionCount {
	var out []RegionCount
	index := map[string]int{}
	for i := range pf.Projects {
		p := &pf.Projects[i]
		if p.Started.IsZero() || p.Started.After(asOf) {
			continue
		}
		k, seen := index[p.Region]
		if !seen {
			k = len(out)
			index[p.Region] = k
			out = append(out, RegionCount{Region: p.Region})
		}
		out[k].Projects++
		if p.IsRunningOn(asOf) {
			out[k].Running++
		}
	}
	slices.SortFunc(out, func(a, b RegionCount) int { return cmp.Compare(a.Region, b.Region) })
	return out
}

// ThemeShift compares the themes of a portfolio in two years, as the
// national progress report did when the focus moved from attracting new
// staff in 2019 to technology, new ways of working and keeping staff in
// 2020.
type ThemeShift struct {
	From, To int // the two years
	// FromProjects and ToProjects are the numbers of projects running in
	// each year: the base of the shares.
	FromProjects, ToProjects int
	// Changes holds every theme, the largest rise first and the largest
	// fall last; themes that changed equally keep declaration order.
	Changes []ThemeChange
}

// ThemeChange is one theme's share of the running projects in two years.
type ThemeChange struct {
	Theme              Theme
	FromCount, ToCount int
	// FromShare and ToShare are the fractions (0 to 1) of the projects
	// running in each year that carry the theme; 0 for a year without
	// projects. Shares of different themes can add up to more than 1,
	// since a project can carry several themes.
	FromShare, ToShare float64
	// Change is ToShare - FromShare.
	Change float64
	key    int // exact comparison key: Change times both bases
}

// Rising iterates over the themes whose share grew, the largest rise first.
func (s ThemeShift) Rising() iter.Seq[ThemeChange] {
	return func(yield func(ThemeChange) bool) {
		for _, c := range s.Changes {
			if c.key <= 0 || !yield(c) {
				return
			}
		}
	}
}

// Falling iterates over the themes whose share shrank, the largest fall
// first.
func (s ThemeShift) Falling() iter.Seq[ThemeChange] {
	return func(yield func(ThemeChange) bool) {
		for i := len(s.Changes) - 1; i >= 0; i-- {
			if c := s.Changes[i]; c.key >= 0 || !yield(c) {
				return
			}
		}
	}
}

// ThemeShift compares the theme shares of the projects running in years
// from and to (counted as in ThemesPerYear, up to asOf). It allocates only
// the list of changes.
func (pf *Portfolio) ThemeShift(from, to int, asOf collab.Date) ThemeShift {
	var fc, tc ThemeCounts
	s := ThemeShift{From: from, To: to}
	for i := range pf.Projects {
		p := &pf.Projects[i]
		first, last, ok := p.yearSpan(asOf)
		if !ok {
			continue
		}
		if from >= first && from <= last && p.runsInYear(from, asOf) {
			s.FromProjects++
			addThemes(&fc, p.Themes)
		}
		if to >= first && to <= last && p.runsInYear(to, asOf) {
			s.ToProjects++
			addThemes(&tc, p.Themes)
		}
	}
	nf, nt := max(s.FromProjects, 1), max(s.ToProjects, 1)
	s.Changes = make([]ThemeChange, 0, numThemes)
	for t := Theme(1); int(t) <= numThemes; t++ {
		c := ThemeChange{Theme: t, FromCount: fc[t], ToCount: tc[t]}
		c.FromShare = float64(c.FromCount) / float64(nf)
		c.ToShare = float64(c.ToCount) / float64(nt)
		c.Change = c.ToShare - c.FromShare
		c.key = c.ToCount*nf - c.FromCount*nt
		s.Changes = append(s.Changes, c)
	}
	slices.SortStableFunc(s.Changes, func(a, b ThemeChange) int { return cmp.Compare(b.key, a.key) })
	return s
}

func addThemes(c *ThemeCounts, ts []Theme) {
	for _, t := range ts {
		if t.IsValid() {
			c[t]++
		}
	}
}

// FundingBySource sums the funding lines per source. A line counts in full
// once its period has begun on or before asOf; lines that begin later are
// left out.
func (pf *Portfolio) FundingBySource(asOf collab.Date) SourceAmounts {
	var a SourceAmounts
	for i := range pf.Projects {
		for _, f := range pf.Projects[i].Funding {
			if f.Source.IsValid() && !f.Period.From.IsZero() && !f.Period.From.After(asOf) {
				a[f.Source] += f.Amount
			}
		}
	}
	return a
}

// FundingYear is the funding of one calendar year per source.
type FundingYear struct {
	Year    int
	Sources SourceAmounts
}

// FundingPerYear spreads the funding lines over calendar years. The lines
// counted are those of FundingBySource; each line's amount is divided over
// the days of its period (an open end taken as asOf), so that a line of
// 2020-07-01 to 2021-06-30 puts half its amount in each year, and the
// rounding cents go to its last year. The years of all lines therefore add
// up to FundingBySource exactly. Years come in ascending order.
func (pf *Portfolio) FundingPerYear(asOf collab.Date) []FundingYear {
	var out []FundingYear
	index := map[int]int{}
	add := func(y int, s FundingSource, m collab.Money) {
		k, seen := index[y]
		if !seen {
			k = len(out)
			index[y] = k
			out = append(out, FundingYear{Year: y})
		}
		out[k].Sources[s] += m
	}
	for i := range pf.Projects {
		for _, f := range pf.Projects[i].Funding {
			if !f.Source.IsValid() || f.Period.From.IsZero() || f.Period.From.After(asOf) {
				continue
			}
			until := f.Period.Until
			if until.IsZero() {
				until = asOf
			}
			if until.Before(f.Period.From) {
				until = f.Period.From
			}
			start, end := dayNumber(f.Period.From), dayNumber(until)
			total := end - start + 1
			var spent collab.Money
			for y := f.Period.From.Year(); y < until.Year(); y++ {
				days := dayNumberYMD(y+1, 1, 1) - max(start, dayNumberYMD(y, 1, 1))
				part := collab.Money(mulDiv(int64(f.Amount), int64(days), int64(total)))
				add(y, f.Source, part)
				spent += part
			}
			add(until.Year(), f.Source, f.Amount-spent)
		}
	}
	slices.SortFunc(out, func(a, b FundingYear) int { return cmp.Compare(a.Year, b.Year) })
	return out
}

// mulDiv returns a*b/c rounded towards zero without overflowing, for b and
// c positive.
func mulDiv(a, b, c int64) int64 {
	neg := a < 0
	if neg {
		a = -a
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(c) { // cannot happen for valid money; saturate
		return a
	}
	q, _ := bits.Div64(hi, lo, uint64(c))
	if neg {
		return -int64(q)
	}
	return int64(q)
}

// dayNumber returns the number of days from 1970-01-01 to d.
func dayNumber(d collab.Date) int { return dayNumberYMD(d.Year(), int(d.Month()), d.Day()) }

// dayNumberYMD counts days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (the "days from civil" method).
func dayNumberYMD(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
