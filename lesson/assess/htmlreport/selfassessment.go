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
