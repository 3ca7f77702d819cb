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

// Total returns the sum over all sources, saturated at collab.MoneyLimit.
func (a *SourceAmounts) Total() collab.Money {
	var t collab.Money
	for _, m := range a {
		t = t.Plus(m)
	}
	return t
}

// ThemeYear is the theme count of one calendar year: how many projects ran
// in it, and how many of those carried each theme. A project with several
// themes counts once for each.
type ThemeYear struct {
	Year     int         `json:"year"`
	Projects int         `json:"projects"`
	Themes   ThemeCounts `json:"themes"`
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
	ys := newYears(asOf)
	for i := range pf.Projects {
		p := &pf.Projects[i]
		first, last, ok := p.yearSpan(asOf)
		if !ok {
			continue
		}
		for y := first; y <= last; y++ {
			if !p.runsBetween(ys.get(y)) {
				continue
			}
			ty := group(&out, index, y, func(y int) ThemeYear { return ThemeYear{Year: y} })
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
	if !p.startedBy(asOf) {
		return 0, 0, false
	}
	last = asOf.Year()
	if !p.Ended.IsZero() && p.Ended.Year() < last {
		last = p.Ended.Year()
	}
	return p.Started.Year(), last, true
}

// years gives the first and last day of a calendar year, cut at asOf,
// computing each year once: the analytics ask for them per project.
type years struct {
	asOf   collab.Date
	last   int // asOf's year; the table holds the years just before it
	known  [64]bool
	bounds [64][2]collab.Date
}

func newYears(asOf collab.Date) years { return years{asOf: asOf, last: asOf.Year()} }

// get returns 1 January and 31 December of year y, the latter cut at asOf.
func (ys *years) get(y int) (collab.Date, collab.Date) {
	k := ys.last - y
	if k < 0 || k >= len(ys.known) {
		return yearBounds(y, ys.asOf)
	}
	if !ys.known[k] {
		ys.bounds[k][0], ys.bounds[k][1] = yearBounds(y, ys.asOf)
		ys.known[k] = true
	}
	return ys.bounds[k][0], ys.bounds[k][1]
}

// yearBounds returns 1 January and 31 December of year y, the latter cut
// at asOf.
func yearBounds(y int, asOf collab.Date) (collab.Date, collab.Date) {
	from, until := collab.NewDate(y, 1, 1), collab.NewDate(y, 12, 31)
	if until.After(asOf) {
		until = asOf
	}
	return from, until
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
	Region   string `json:"region"`
	Projects int    `json:"projects"`
	Running  int    `json:"running"`
}

// Regions counts, per region code, the projects that had started by asOf
// and those running on asOf. Regions come sorted by code; a region whose
// projects all start after asOf is left out.
func (pf *Portfolio) Regions(asOf collab.Date) []RegionCount {
	var out []RegionCount
	index := map[string]int{}
	for i := range pf.Projects {
		p := &pf.Projects[i]
		if !p.startedBy(asOf) {
			continue
		}
		rc := group(&out, index, p.Region, func(r string) RegionCount { return RegionCount{Region: r} })
		rc.Projects++
		if p.IsRunningOn(asOf) {
			rc.Running++
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
	From int `json:"from"` // the earlier year
	To   int `json:"to"`   // the later year
	// FromProjects and ToProjects are the numbers of projects running in
	// each year: the base of the shares.
	FromProjects int `json:"fromProjects"`
	ToProjects   int `json:"toProjects"`
	// Changes holds every theme, the largest rise first and the largest
	// fall last; themes that changed equally keep declaration order.
	Changes []ThemeChange `json:"changes"`
}

// ThemeChange is one theme's share of the running projects in two years.
type ThemeChange struct {
	Theme     Theme `json:"theme"`
	FromCount int   `json:"fromCount"`
	ToCount   int   `json:"toCount"`
	// FromShare and ToShare are the fractions (0 to 1) of the projects
	// running in each year that carry the theme; 0 for a year without
	// projects. Shares of different themes can add up to more than 1,
	// since a project can carry several themes.
	FromShare float64 `json:"fromShare"`
	ToShare   float64 `json:"toShare"`
	// Change is ToShare - FromShare.
	Change float64 `json:"change"`
	key    int     // exact comparison key: Change times both bases
}

// Rising iterates over the themes whose share grew, the largest rise
// first; themes that rose equally come in declaration order.
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
// first; themes that fell equally come in declaration order.
func (s ThemeShift) Falling() iter.Seq[ThemeChange] {
	return func(yield func(ThemeChange) bool) {
		end := len(s.Changes)
		for end > 0 && s.Changes[end-1].key < 0 {
			start := end - 1
			for start > 0 && s.Changes[start-1].key == s.Changes[end-1].key {
				start--
			}
			for _, c := range s.Changes[start:end] {
				if !yield(c) {
					return
				}
			}
			end = start
		}
	}
}

// ThemeShift compares the theme shares of the projects running in years
// from and to (counted as in ThemesPerYear, up to asOf). It allocates only
// the list of changes.
func (pf *Portfolio) ThemeShift(from, to int, asOf collab.Date) ThemeShift {
	var fc, tc ThemeCounts
	s := ThemeShift{From: from, To: to}
	from1, fromN := yearBounds(from, asOf)
	to1, toN := yearBounds(to, asOf)
	for i := range pf.Projects {
		p := &pf.Projects[i]
		first, last, ok := p.yearSpan(asOf)
		if !ok {
			continue
		}
		if from >= first && from <= last && p.runsBetween(from1, fromN) {
			s.FromProjects++
			addThemes(&fc, p.Themes)
		}
		if to >= first && to <= last && p.runsBetween(to1, toN) {
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
// left out. Sums saturate at collab.MoneyLimit (see collab.Money.Plus)
// rather than wrap around: 1,000 projects of 100 lines of collab.MaxMoney
// each give MoneyLimit, never a negative total.
func (pf *Portfolio) FundingBySource(asOf collab.Date) SourceAmounts {
	var a SourceAmounts
	for i := range pf.Projects {
		for _, f := range pf.Projects[i].Funding {
			if f.countsBy(asOf) {
				a[f.Source] = a[f.Source].Plus(f.Amount)
			}
		}
	}
	return a
}

// FundingYear is the funding of one calendar year per source.
type FundingYear struct {
	Year    int           `json:"year"`
	Sources SourceAmounts `json:"sources"`
}

// FundingPerYear spreads the funding lines over calendar years. The lines
// counted are those of FundingBySource; each line's amount is divided over
// the days of its period (an open end taken as asOf), so that a line of
// 2020-07-01 to 2021-06-30 puts half its amount in each year, and the
// rounding cents go to its last year. The years of all lines therefore add
// up to FundingBySource exactly (unless a sum saturates at
// collab.MoneyLimit). Years come in ascending order.
func (pf *Portfolio) FundingPerYear(asOf collab.Date) []FundingYear {
	var out []FundingYear
	index := map[int]int{}
	add := func(y int, s FundingSource, m collab.Money) {
		fy := group(&out, index, y, func(y int) FundingYear { return FundingYear{Year: y} })
		fy.Sources[s] = fy.Sources[s].Plus(m)
	}
	for i := range pf.Projects {
		for _, f := range pf.Projects[i].Funding {
			if !f.countsBy(asOf) {
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
			prev := start
			for y := f.Period.From.Year(); y < until.Year(); y++ {
				next := dayNumberYMD(y+1, 1, 1)
				part := collab.Money(mulDiv(int64(f.Amount), int64(next-prev), int64(total)))
				prev = next
				add(y, f.Source, part)
				spent = spent.Plus(part)
			}
			add(until.Year(), f.Source, f.Amount.Plus(-spent))
		}
	}
	slices.SortFunc(out, func(a, b FundingYear) int { return cmp.Compare(a.Year, b.Year) })
	return out
}

// mulDiv returns a*b/c rounded towards zero, for 0 <= b <= c and c > 0,
// without overflowing: a*b may exceed 64 bits, the result never does.
func mulDiv(a, b, c int64) int64 {
	neg := a < 0
	if neg {
		a = -a
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	q, _ := bits.Div64(hi, lo, uint64(c)) // hi < c because b <= c
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

// group returns the row of key in *rows, appending fresh(key) and noting
// its place in index when key is new, so that rows keep the order in which
// their keys were first seen: the rows of the analytics that count per year
// or per region. The pointer is good until the next call. index is a
// parameter of its own, not beside rows in a struct, so that the compiler
// can keep a small one on the caller's stack.
func group[K comparable, R any](rows *[]R, index map[K]int, key K, fresh func(K) R) *R {
	k, seen := index[key]
	if !seen {
		k = len(*rows)
		index[key] = k
		*rows = append(*rows, fresh(key))
	}
	return &(*rows)[k]
}

// startedBy reports whether the project had started on or before asOf; a
// project without a start date had not.
func (p *Project) startedBy(asOf collab.Date) bool {
	return !p.Started.IsZero() && !p.Started.After(asOf)
}

// countsBy reports whether the funding line counts in the funding as of
// asOf: its source is known and its period has begun on or before asOf.
func (f *FundingLine) countsBy(asOf collab.Date) bool {
	return f.Source.IsValid() && !f.Period.From.IsZero() && !f.Period.From.After(asOf)
}
