package htmlreport_test

import (
	"strconv"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withSelfAssessment gives the hand-made report a self-assessment with a
// median of 3.5 on urgency and 2 on actors; the other mechanisms were not
// rated.
func withSelfAssessment(lang collab.Language) *assess.Report {
	r := handReport(lang)
	r.Mechanism(collab.MechanismUrgency).SelfAssessment = &assess.SelfAssessmentSummary{Raters: 4, Median: 3.5, Mean: 3.25, Perceived: 62.5}
	r.Mechanism(collab.MechanismActors).SelfAssessment = &assess.SelfAssessmentSummary{Raters: 3, Median: 2, Mean: 2, Perceived: 25}
	return r
}

// closedLine finds the closed line of the series with the given index.
func closedLine(series int) func(*node) bool {
	return func(n *node) bool {
		return n.name == "polygon" && n.attr["class"] == "line series-"+strconv.Itoa(series)
	}
}

func TestWriteDrawsTheSelfAssessmentMedianBesideTheEvidenceScore(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.English)}, htmlreport.Options{}))
	svg := doc.all(named("svg"))[0]
	assert.Len(t, svg.all(withClass("polygon", "series-0")), 1, "the evidence score is a closed line")
	assert.Len(t, svg.all(withClass("polygon", "marker")), 2, "a square for each rated mechanism")
	assert.Empty(t, svg.all(closedLine(1)), "with gaps the median is no closed line")
	desc := svg.all(named("desc"))[0].text.String()
	assert.Contains(t, desc, "Urgency and commitment: Evidence score 35, Self-assessment (median) 62.5;", "3.5 is drawn at (3.5−1)×25")
	assert.Contains(t, desc, ": Evidence score 50, Self-assessment (median) 25;", "2 is drawn at 25")
	assert.Contains(t, desc, "Self-assessment (median) –", "an unrated mechanism")
	legend := doc.all(withClass("ul", "legend"))[0].text.String()
	assert.Contains(t, legend, "Self-assessment (median)")

	head := doc.all(named("thead"))[0].all(named("th"))
	require.Len(t, head, 4, "mechanism, evidence score, median, verdict")
	assert.Equal(t, "Self-assessment, median (1 to 5)", head[2].text.String())
	rows := doc.all(named("tbody"))[0].all(named("tr"))
	require.Len(t, rows, 5)
	cells := func(i int) []string {
		var out []string
		for _, td := range rows[i].all(named("td")) {
			out = append(out, td.text.String())
		}
		return out
	}
	assert.Equal(t, []string{"35", "3.5"}, cells(0)[:2], "the table gives the median itself")
	assert.Equal(t, []string{"50", "2"}, cells(2)[:2])
	assert.Equal(t, []string{"50", "–"}, cells(4)[:2])
}

func TestWriteNamesTheSelfAssessmentInDutch(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.Dutch)}, htmlreport.Options{}))
	assert.Contains(t, doc.all(withClass("ul", "legend"))[0].text.String(), "Zelfbeoordeling (mediaan)")
	assert.Contains(t, doc.all(named("thead"))[0].text.String(), "Zelfbeoordeling, mediaan (1 tot 5)")
}

func TestWriteShowsNoSelfAssessmentWithoutOne(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{handReport(collab.English)}, htmlreport.Options{}))
	assert.Len(t, doc.all(named("thead"))[0].all(named("th")), 3, "mechanism, evidence score, verdict")
	assert.NotContains(t, doc.all(named("svg"))[0].text.String(), "Self-assessment")
}

func TestWriteDrawsMoreSeriesAfterTheSelfAssessment(t *testing.T) {
	opts := htmlreport.Options{Series: func(*assess.Report) []htmlreport.Series {
		return []htmlreport.Series{{Name: "Last year", Values: []float64{40, 40, 40, 40, 40}}}
	}}
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.English)}, opts))
	var names []string
	for _, th := range doc.all(named("thead"))[0].all(named("th")) {
		names = append(names, th.text.String())
	}
	assert.Equal(t, []string{"Mechanism", "Evidence score", "Self-assessment, median (1 to 5)", "Last year", "Verdict"}, names)
	assert.Len(t, doc.all(named("svg"))[0].all(closedLine(2)), 1, "the third series, closed")
}
