package htmlreport

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// selfAssessment returns the medians of the report's self-assessment, one
// per mechanism of mechs (negative where a mechanism has none), twice: on
// the chart's scale of 0 to 100, as the summary's Perceived value (a median
// m is drawn at (m−1)×25, so 1 is the centre, 3 the middle and 5 the rim);
// and as they are, on the scale of 1 to 5, for the table. ok is false when
// no mechanism has a self-assessment, and the page then shows neither.
func selfAssessment(r *assess.Report, mechs []collab.Mechanism, w words) (chart, table Series, ok bool) {
	chart = Series{Name: w.SelfAssessment, Values: make([]float64, len(mechs))}
	table = Series{Name: w.SelfAssessmentMedian, Values: make([]float64, len(mechs))}
	for i, m := range mechs {
		chart.Values[i], table.Values[i] = -1, -1
		if res := r.Mechanism(m); res != nil && res.SelfAssessment != nil {
			chart.Values[i], table.Values[i] = res.SelfAssessment.Perceived, res.SelfAssessment.Median
			ok = true
		}
	}
	return chart, table, ok
}

// selfAssessmentView is the self-assessment on its own scale of 1 to 5:
// per mechanism the median of the ratings and whether the raters agree,
// under a heading that names the round's date, and a warning when the
// round is older than assess.OldRoundMonths at the report's date.
type selfAssessmentView struct {
	Title string
	Old   string // the warning for an old round; empty for a recent one
	Rows  []selfAssessmentRow
}

type selfAssessmentRow struct {
	Label     string
	Median    string
	Raters    int
	Consensus string
	Divided   bool
}

// selfAssessmentTable returns the self-assessment of r for the page, and
// false when no mechanism has one.
func selfAssessmentTable(r *assess.Report, mechs []collab.Mechanism, lang collab.Language) (selfAssessmentView, bool) {
	var v selfAssessmentView
	var date collab.Date
	for _, m := range mechs {
		res := r.Mechanism(m)
		if res == nil || res.SelfAssessment == nil {
			continue
		}
		sa := res.SelfAssessment
		date = sa.Date
		v.Rows = append(v.Rows, selfAssessmentRow{
			Label:     m.Label(lang),
			Median:    assess.Param{Kind: assess.ParamNumber, Number: sa.Median, Digits: 1}.In(lang),
			Raters:    sa.Raters,
			Consensus: sa.Consensus.Label(lang),
			Divided:   sa.Consensus == collab.ConsensusDivided,
		})
	}
	if len(v.Rows) == 0 {
		return v, false
	}
	dateParam := assess.Param{Name: "date", Kind: assess.ParamDate, Date: date}
	v.Title = assess.Say("html.self-assessment-title", dateParam).In(lang)
	if months, old := r.SelfAssessmentAge(); old {
		v.Old = assess.Say("html.self-assessment-old", dateParam, assess.Param{Name: "months", Kind: assess.ParamInt, Number: float64(months)}).In(lang)
	}
	return v, true
}
