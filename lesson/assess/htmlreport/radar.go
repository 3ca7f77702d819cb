package htmlreport

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// Series is one line on a radar chart: a name for the legend, the table and
// the text alternative, and one value per axis on the scale 0 to 100.
//
// A negative value means "not known" (a mechanism nobody rated in a
// self-assessment): it is left out of the line and shown as a dash in the
// table. Values above 100 are drawn at 100. The zero Series has no values
// and fits no chart.
type Series struct {
	Name   string
	Values []float64
	// Faint draws the series as an earlier state rather than a current
	// one: a thin grey dash-dotted line with hollow circles, behind every
	// other series, and without values written beside its points; the
	// styles of the other series (see Radar) skip it.
	Faint bool
}

// Radar is a radar (spider) chart: a number of axes around a centre, each
// running from 0 in the middle to 100 at the rim, with one closed line per
// series. The first series is drawn solid with a light fill, the second
// dashed with square markers, the third dotted with diamond markers, so
// that series differ by more than colour; later series reuse these styles.
// A Faint series (an earlier state) is drawn thin, grey and dash-dotted
// with hollow circles, behind the others, and takes no style of theirs.
//
// Rings mark the band thresholds of the assessment (assess.BandDevelopingFrom
// and assess.BandStrongFrom) and the rim.
//
// The chart carries its text alternative: Title becomes the SVG's <title>,
// and a <desc> lists every axis with each series' value; the element has
// role="img" and aria-labelledby pointing at both.
//
// The zero Radar is not valid: it needs at least three axes and one series.
type Radar struct {
	// ID makes the ids inside the SVG unique within a page; empty: "radar".
	ID     string
	Title  string
	Axes   []string
	Series []Series
	// Language is the language in which the values in the text
	// alternative and the markers' titles are written (3,5 in Dutch);
	// zero: English.
	Language collab.Language
}

// Chart geometry, in SVG user units.
const (
	radarWidth   = 480
	radarHeight  = 320
	radarCX      = 240
	radarCY      = 175
	radarRadius  = 110
	labelRadius  = 124
	labelLineGap = 14
	labelWrapAt  = 20 // characters per label line
	// valueGap is how far outside its point a value is written, and
	// valueMinRadius how near the centre a value may come at most.
	valueGap       = 13
	valueMinRadius = 22
)

// radarRings returns the values at which a ring is drawn: the band thresholds
// (assess.BandDevelopingFrom and assess.BandStrongFrom) and the rim.
func radarRings() [3]int { return [3]int{assess.BandDevelopingFrom, assess.BandStrongFrom, 100} }

// Validate reports what keeps r from being drawn: fewer than three axes, no
// series, or a series whose number of values differs from the number of
// axes. It returns nil for a radar that can be drawn.
func (r *Radar) Validate() error {
	var errs []error
	if len(r.Axes) < 3 {
		errs = append(errs, fmt.Errorf("radar %q has %d axes; it needs at least 3", r.Title, len(r.Axes)))
	}
	if len(r.Series) == 0 {
		errs = append(errs, fmt.Errorf("radar %q has no series", r.Title))
	}
	for i, s := range r.Series {
		if len(s.Values) != len(r.Axes) {
			errs = append(errs, fmt.Errorf("series[%d] %q has %d values for %d axes", i, s.Name, len(s.Values), len(r.Axes)))
		}
	}
	return errors.Join(errs...)
}

// WriteSVG writes r as one <svg> element, for embedding in an HTML page.
// It returns r's Validate error, and otherwise the first write error.
func (r *Radar) WriteSVG(w io.Writer) error {
	v, err := r.view()
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := pageTemplate.ExecuteTemplate(&b, "radar", v); err != nil {
		return err
	}
	_, err = w.Write(b.Bytes())
	return err
}

// radarView is a Radar with its geometry worked out, for the template.
type radarView struct {
	ID, Title, Desc string
	Width, Height   int
	Rings           []ringView
	Axes            []axisView
	// Series are in the order given, for the legend; Drawn in the order
	// they are painted, faint series first so that they lie behind.
	Series []seriesView
	Drawn  []seriesView
}

type ringView struct {
	Points string
	Band   string // the band inside the ring: weak, developing, strong
	Label  string
	X, Y   string
}

type axisView struct {
	X1, Y1, X2, Y2 string
	Lines          []labelLine
	Anchor         string
}

type labelLine struct {
	X, Y, Text string
}

type seriesView struct {
	Name    string
	Class   string // series-0, series-1, series-2
	Marker  string // circle, square, diamond
	Polygon string // the closed line, when every value is known
	// Lines are the open stretches between neighbouring known values, when
	// some are not known: a line never bridges an unknown value.
	Lines  []string
	Points []pointView
}

type pointView struct {
	X, Y, Label string
	// Value is the value written beside the point, at ValueX, ValueY, a
	// little outside it along its axis; empty for all but the first series.
	Value, ValueX, ValueY string
	// Square and Diamond are the corner points of the marker shapes.
	Square, Diamond string
}

func (r *Radar) view() (radarView, error) {
	if err := r.Validate(); err != nil {
		return radarView{}, err
	}
	id := r.ID
	if id == "" {
		id = "radar"
	}
	n := len(r.Axes)
	v := radarView{ID: id, Title: r.Title, Width: radarWidth, Height: radarHeight}

	// The rings are drawn from the rim inwards, each filled with the colour
	// of the band below it, so that the chart shows the bands shaded.
	rings := radarRings()
	bands := [len(rings)]string{"weak", "developing", "strong"}
	for k := len(rings) - 1; k >= 0; k-- {
		ring, band := rings[k], bands[k]
		var pts []string
		for i := range n {
			x, y := radarPoint(i, n, float64(ring))
			pts = append(pts, coord(x)+","+coord(y))
		}
		// Label the ring halfway between the first two axes, where no
		// value is written.
		x0, y0 := radarPoint(0, n, float64(ring))
		x1, y1 := radarPoint(1, n, float64(ring))
		v.Rings = append(v.Rings, ringView{Points: strings.Join(pts, " "), Band: band, Label: strconv.Itoa(ring), X: coord((x0+x1)/2 + 2), Y: coord((y0+y1)/2 + 4)})
	}

	for i, name := range r.Axes {
		x, y := radarPoint(i, n, 100)
		a := axisView{X1: coord(radarCX), Y1: coord(radarCY), X2: coord(x), Y2: coord(y)}
		angle := axisAngle(i, n)
		lx := radarCX + labelRadius*math.Cos(angle)
		ly := radarCY + labelRadius*math.Sin(angle)
		switch {
		case math.Abs(lx-radarCX) < 1:
			a.Anchor = "middle"
		case lx > radarCX:
			a.Anchor = "start"
		default:
			a.Anchor = "end"
		}
		lines := wrapLabel(name, labelWrapAt)
		// Labels above the centre grow upwards, those below downwards, and
		// those beside it are centred on the axis's end.
		var top float64
		switch s := math.Sin(angle); {
		case s < -0.9:
			top = ly - float64(len(lines)-1)*labelLineGap
		case s > 0.3:
			top = ly + 10
		default:
			top = ly - float64(len(lines)-1)*labelLineGap/2 + 4
		}
		for j, text := range lines {
			a.Lines = append(a.Lines, labelLine{X: coord(lx), Y: coord(top + float64(j)*labelLineGap), Text: text})
		}
		v.Axes = append(v.Axes, a)
	}

	markers := [...]string{"circle", "square", "diamond"}
	var desc []string
	for i, name := range r.Axes {
		var parts []string
		for _, s := range r.Series {
			parts = append(parts, s.Name+" "+formatValue(s.Values[i], r.Language))
		}
		desc = append(desc, name+": "+strings.Join(parts, ", "))
	}
	v.Desc = strings.Join(desc, "; ") + "."

	style := 0 // the style of the next series that is not faint
	for _, s := range r.Series {
		sv := seriesView{Name: s.Name, Class: "series-earlier", Marker: "hollow"}
		si := -1 // faint: no style of its own, no values written
		if !s.Faint {
			si = style
			sv.Class, sv.Marker = "series-"+strconv.Itoa(si%3), markers[si%3]
			style++
		}
		pts := make([]string, n) // "" for an unknown value
		for i, val := range s.Values {
			if !known(val) {
				continue
			}
			x, y := radarPoint(i, n, min(val, 100))
			pts[i] = coord(x) + "," + coord(y)
			pt := pointView{
				X: coord(x), Y: coord(y),
				Label:   r.Axes[i] + ": " + formatValue(val, r.Language),
				Square:  polygonAround(x, y, 3.5, 4, math.Pi/4),
				Diamond: polygonAround(x, y, 5, 4, 0),
			}
			if si == 0 {
				// Outside the point, and never closer to the centre than
				// valueMinRadius, so that low scores stay apart.
				rad := max(min(val, 100)*radarRadius/100+valueGap, valueMinRadius)
				angle := axisAngle(i, n)
				pt.Value = formatValue(val, r.Language)
				pt.ValueX = coord(radarCX + rad*math.Cos(angle))
				pt.ValueY = coord(radarCY + rad*math.Sin(angle) + 4)
			}
			sv.Points = append(sv.Points, pt)
		}
		sv.Polygon, sv.Lines = seriesLines(pts)
		v.Series = append(v.Series, sv)
	}
	for _, faint := range []bool{true, false} {
		for i, s := range r.Series {
			if s.Faint == faint {
				v.Drawn = append(v.Drawn, v.Series[i])
			}
		}
	}
	return v, nil
}

// known reports whether a series value is known.
func known(v float64) bool { return v >= 0 && !math.IsNaN(v) }

// seriesLines joins the points of a series (one per axis, "" where the
// value is unknown) into a closed polygon when all are known, and
// otherwise into the open stretches of two or more neighbouring known
// points, going round the chart.
func seriesLines(pts []string) (polygon string, lines []string) {
	first := slices.Index(pts, "")
	if first < 0 {
		return strings.Join(pts, " "), nil
	}
	n := len(pts)
	var run []string
	// Start just after an unknown value so that no stretch is cut in two.
	for k := 1; k <= n; k++ {
		p := pts[(first+k)%n]
		if p != "" {
			run = append(run, p)
			continue
		}
		if len(run) >= 2 {
			lines = append(lines, strings.Join(run, " "))
		}
		run = run[:0]
	}
	return "", lines
}

// axisAngle is the angle of axis i of n, in radians, the first pointing up
// and the others following clockwise.
func axisAngle(i, n int) float64 {
	return -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
}

// radarPoint returns where value (0 to 100) lies on axis i of n.
func radarPoint(i, n int, value float64) (x, y float64) {
	r := radarRadius * value / 100
	a := axisAngle(i, n)
	return radarCX + r*math.Cos(a), radarCY + r*math.Sin(a)
}

// polygonAround returns the points of a regular polygon of k corners with
// circumradius r around (x, y), the first corner at angle start from the
// upward direction.
func polygonAround(x, y, r float64, k int, start float64) string {
	pts := make([]string, k)
	for i := range k {
		a := -math.Pi/2 + start + 2*math.Pi*float64(i)/float64(k)
		pts[i] = coord(x+r*math.Cos(a)) + "," + coord(y+r*math.Sin(a))
	}
	return strings.Join(pts, " ")
}

// coord formats a coordinate with one decimal, without "-0".
func coord(f float64) string {
	s := strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64)
	if s == "-0.0" {
		return "0.0"
	}
	return s
}

// formatValue formats a series value in lang: rounded to one decimal, without a
// trailing zero, with a decimal comma in Dutch, and "–" when unknown.
func formatValue(f float64, lang collab.Language) string {
	if !known(f) {
		return "–"
	}
	return assess.Param{Kind: assess.ParamNumber, Number: math.Round(f*10) / 10, Digits: -1}.In(lang)
}

// wrapLabel breaks a label into lines of at most width characters at
// spaces; a word longer than width gets a line of its own.
func wrapLabel(s string, width int) []string {
	var lines []string
	var cur []rune
	for _, w := range strings.Fields(s) {
		wr := []rune(w)
		if len(cur) > 0 && len(cur)+1+len(wr) > width {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, wr...)
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}
