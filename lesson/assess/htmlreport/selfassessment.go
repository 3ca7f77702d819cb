package htmlreport

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// selfAssessmentMedians returns the medians of the report's
// self-assessment on their own scale of 1 to 5, one per mechanism of mechs
// (negative where a mechanism has none), for a column of the scores table.
// ok is false when no mechanism has a self-assessment, and the table then
// has no such column. The radar does not draw them: its axis is the
// evidence score from 0 to 100, and a median from 1 to 5 stretched onto it
// would read as a score it is not; the self-assessment has a chart of its
// own on its own scale (selfAssessmentView).
func selfAssessmentMedians(r *assess.Report, mechs []collab.Mechanism, w words) (table Series, ok bool) {
	table = Series{Name: w.SelfAssessmentMedian, Values: make([]float64, len(mechs))}
	for i, m := range mechs {
		table.Values[i] = -1
		if res := r.Mechanism(m); res != nil && res.SelfAssessment != nil {
			table.Values[i] = res.SelfAssessment.Median
			ok = true
		}
	}
	return table, ok
}

// selfAssessmentView is the self-assessment on its own scale of 1 to 5,
// under a heading that names the round's date, with a warning when the
// round is older than assess.OldRoundMonths at the report's date: a small
// chart with, per mechanism, one lane per level (bestuur, management,
// werkvloer) holding that level's mean, and the median of all raters as a
// tick across the lanes; and a table of the same figures for screen
// readers and print. Levels differ by marker shape as well as colour.
type selfAssessmentView struct {
	Title  string
	Old    string // the warning for an old round; empty for a recent one
	Legend string // the caption: the round's date and what the marks mean
	// Levels are the levels that rated any mechanism, in level order: the
	// legend's entries and the table's columns.
	Levels []levelHead
	Median string // the legend's name of the median tick
	Rows   []selfAssessmentRow
	Chart  levelChartView
}

// levelHead is one level in the legend and the table's head.
type levelHead struct {
	Label  string
	Mean   string // the word after the label in the table's column head: "gemiddelde"
	Class  string // series-0, series-1, series-2: the colour and marker
	Marker string // circle, square, diamond
}

type selfAssessmentRow struct {
	Label     string
	Median    string
	Raters    int
	Consensus string
	Divided   bool
	// Levels holds one cell per column of the view's Levels: the level's
	// mean and its raters, or "–" when the level gave no score.
	Levels []levelCell
}

type levelCell struct {
	Mean   string
	Raters string // "(3)"; empty when the level gave no score
}

// levelChartView is the chart of the means per level, worked out for the
// template.
type levelChartView struct {
	ID, Title, Desc string
	Width, Height   int
	Ticks           []levelTick
	Rows            []levelChartRow
}

type levelTick struct {
	X, Y1, Y2, LabelY, Label string
}

type levelChartRow struct {
	Label, LabelY string
	Divided       string // the word "divided", written after the label; empty when agreed
	// MedianX and MedianY1..MedianY2 place the median's tick across the
	// lanes.
	MedianX, MedianY1, MedianY2 string
	Marks                       []levelMark
}

type levelMark struct {
	Class, Marker, Title string
	X, Y                 string
	Square, Diamond      string
	// LaneY is where the lane of the level runs, from LaneX1 to LaneX2.
	LaneY, LaneX1, LaneX2 string
}

// The geometry of the chart of the means per level, in SVG user units: the
// scale of 1 to 5 runs from levelScaleLeft to levelScaleRight; each
// mechanism has a label line and one lane per level.
const (
	levelChartWidth = 480
	levelScaleLeft  = 24
	levelScaleRight = 456
	levelAxisHeight = 26 // the tick labels at the top
	levelLabelLine  = 22
	levelLane       = 14
	levelRowGap     = 10
)

// levelX returns where score s (1 to 5) lies on the chart's scale.
func levelX(s float64) float64 {
	s = min(max(s, collab.MinRatingScore), collab.MaxRatingScore)
	return levelScaleLeft + (s-collab.MinRatingScore)*(levelScaleRight-levelScaleLeft)/(collab.MaxRatingScore-collab.MinRatingScore)
}

// selfAssessmentTable returns the self-assessment of r for the page, and
// false when no mechanism has one.
func selfAssessmentTable(r *assess.Report, mechs []collab.Mechanism, lang collab.Language, id string) (selfAssessmentView, bool) {
	var v selfAssessmentView
	var date collab.Date
	say := func(key string, params ...assess.Param) string { return assess.Say(key, params...).In(lang) }
	number := func(x float64) string {
		return assess.Param{Kind: assess.ParamNumber, Number: x, Digits: 1}.In(lang)
	}
	var sas []*assess.SelfAssessmentSummary
	for _, m := range mechs {
		if res := r.Mechanism(m); res != nil && res.SelfAssessment != nil {
			sas = append(sas, res.SelfAssessment)
		}
	}
	if len(sas) == 0 {
		return v, false
	}
	// The levels that rated any mechanism, in level order.
	rated := func(l collab.Level) bool {
		return slices.ContainsFunc(sas, func(sa *assess.SelfAssessmentSummary) bool { _, ok := levelOf(sa, l); return ok })
	}
	markers := [...]string{"circle", "square", "diamond"}
	var levels []collab.Level
	for _, l := range collab.Levels() {
		if rated(l) {
			k := len(levels)
			levels = append(levels, l)
			v.Levels = append(v.Levels, levelHead{Label: l.Label(lang), Mean: say("html.mean"), Class: "series-" + strconv.Itoa(k%3), Marker: markers[k%3]})
		}
	}

	lanes := max(len(levels), 1)
	rowHeight := levelLabelLine + lanes*levelLane + levelRowGap
	chart := levelChartView{ID: id, Width: levelChartWidth, Height: levelAxisHeight + len(sas)*rowHeight}
	var desc []string
	y := float64(levelAxisHeight)
	for _, m := range mechs {
		res := r.Mechanism(m)
		if res == nil || res.SelfAssessment == nil {
			continue
		}
		sa := res.SelfAssessment
		date = sa.Date
		divided := sa.Consensus == collab.ConsensusDivided
		row := selfAssessmentRow{
			Label:     m.Label(lang),
			Median:    number(sa.Median),
			Raters:    sa.Raters,
			Consensus: sa.Consensus.Label(lang),
			Divided:   divided,
		}
		cr := levelChartRow{Label: m.Label(lang), LabelY: coord(y + 15)}
		if divided {
			cr.Divided = strings.ToLower(sa.Consensus.Label(lang))
		}
		top := y + levelLabelLine
		cr.MedianX = coord(levelX(sa.Median))
		cr.MedianY1, cr.MedianY2 = coord(top-3), coord(top+float64(lanes*levelLane)-3)
		parts := []string{say("html.median-short") + " " + number(sa.Median)}
		for k, l := range levels {
			ls, ok := levelOf(sa, l)
			if !ok {
				row.Levels = append(row.Levels, levelCell{Mean: "–"})
				parts = append(parts, l.Label(lang)+" –")
				continue
			}
			mean := number(ls.Mean)
			raters := assess.Param{Kind: assess.ParamInt, Number: float64(ls.Raters)}.In(lang)
			row.Levels = append(row.Levels, levelCell{Mean: mean, Raters: "(" + raters + ")"})
			parts = append(parts, l.Label(lang)+" "+mean)
			x, ly := levelX(ls.Mean), top+float64(k*levelLane)+levelLane/2-3
			cr.Marks = append(cr.Marks, levelMark{
				Class: v.Levels[k].Class, Marker: v.Levels[k].Marker,
				Title: l.Label(lang) + ": " + mean + " (" + say("html.raters-count", assess.Param{Name: "count", Kind: assess.ParamInt, Number: float64(ls.Raters)}) + ")",
				X:     coord(x), Y: coord(ly),
				Square:  polygonAround(x, ly, 5, 4, math.Pi/4),
				Diamond: polygonAround(x, ly, 6, 4, 0),
				LaneY:   coord(ly), LaneX1: coord(levelScaleLeft), LaneX2: coord(levelScaleRight),
			})
		}
		consensus := strings.ToLower(sa.Consensus.Label(lang))
		desc = append(desc, m.Label(lang)+": "+strings.Join(parts, ", ")+" ("+consensus+")")
		v.Rows = append(v.Rows, row)
		chart.Rows = append(chart.Rows, cr)
		y += float64(rowHeight)
	}
	for s := collab.MinRatingScore; s <= collab.MaxRatingScore; s++ {
		x := coord(levelX(float64(s)))
		chart.Ticks = append(chart.Ticks, levelTick{X: x, Y1: coord(levelAxisHeight - 4), Y2: coord(float64(chart.Height) - levelRowGap), LabelY: "16", Label: strconv.Itoa(s)})
	}

	dateParam := assess.Param{Name: "date", Kind: assess.ParamDate, Date: date}
	v.Title = say("html.self-assessment-title", dateParam)
	v.Legend = say("html.self-assessment-legend", dateParam)
	v.Median = say("html.median-all")
	chart.Title = v.Title
	chart.Desc = strings.Join(desc, "; ") + "."
	v.Chart = chart
	if months, old := r.SelfAssessmentAge(); old {
		v.Old = say("html.self-assessment-old", dateParam, assess.Param{Name: "months", Kind: assess.ParamInt, Number: float64(months)})
	}
	return v, true
}

// levelOf returns how level l rated in sa.
func levelOf(sa *assess.SelfAssessmentSummary, l collab.Level) (assess.LevelSummary, bool) {
	for _, ls := range sa.Levels {
		if ls.Level == l {
			return ls, true
		}
	}
	return assess.LevelSummary{}, false
}
