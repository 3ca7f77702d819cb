package htmlreport_test

import (
	"strconv"
	"strings"
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

func TestWriteGivesTheSelfAssessmentMedianOnItsOwnScaleInTheTableNotOnTheRadar(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.English)}, htmlreport.Options{}))
	svg := doc.all(named("svg"))[0]
	assert.Len(t, svg.all(withClass("polygon", "series-0")), 1, "the evidence score is a closed line")
	assert.Empty(t, svg.all(closedLine(1)), "no second line: a median from 1 to 5 is not drawn on the axis of 0 to 100")
	desc := svg.all(named("desc"))[0].text.String()
	assert.Contains(t, desc, "Urgency and commitment: Evidence score 35;")
	assert.NotContains(t, desc, "Self-assessment")
	assert.NotContains(t, doc.all(withClass("ul", "legend"))[0].text.String(), "Self-assessment (median)",
		"the radar's legend names only what the radar draws")

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

func TestWriteNamesTheSelfAssessmentMedianInDutch(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.Dutch)}, htmlreport.Options{}))
	assert.Contains(t, doc.all(named("thead"))[0].text.String(), "Zelfevaluatie, mediaan (1 tot 5)")
}

func TestWriteShowsNoSelfAssessmentWithoutOne(t *testing.T) {
	doc := parse(t, write(t, []*assess.Report{handReport(collab.English)}, htmlreport.Options{}))
	assert.Len(t, doc.all(named("thead"))[0].all(named("th")), 3, "mechanism, evidence score, verdict")
	assert.NotContains(t, doc.all(named("svg"))[0].text.String(), "Self-assessment")
}

func TestWriteDrawsMoreSeriesAfterTheEvidenceScoreAndTabulatesThemAfterTheMedian(t *testing.T) {
	opts := htmlreport.Options{Series: func(*assess.Report) []htmlreport.Series {
		return []htmlreport.Series{{Name: "Last year", Values: []float64{40, 40, 40, 40, 40}}}
	}}
	doc := parse(t, write(t, []*assess.Report{withSelfAssessment(collab.English)}, opts))
	var names []string
	for _, th := range doc.all(named("thead"))[0].all(named("th")) {
		names = append(names, th.text.String())
	}
	assert.Equal(t, []string{"Mechanism", "Evidence score", "Self-assessment, median (1 to 5)", "Last year", "Verdict"}, names)
	assert.Len(t, doc.all(named("svg"))[0].all(closedLine(1)), 1, "the second line on the radar is the extra series")
}

// withLevels gives the hand-made report a round of 1 March 2022 whose
// raters are divided on urgency, with the mean of each level: executives
// 4.5, managers 3 and the work floor 2 on urgency; on actors only
// executives and the work floor rated.
func withLevels(lang collab.Language) *assess.Report {
	r := handReport(lang)
	round := collab.MustParseDate("2022-03-01")
	r.Mechanism(collab.MechanismUrgency).SelfAssessment = &assess.SelfAssessmentSummary{Date: round, Raters: 6, Median: 3.5, Mean: 3.2, Perceived: 62.5,
		Consensus: collab.ConsensusDivided, Levels: []assess.LevelSummary{
			{Level: collab.LevelExecutive, Raters: 2, Mean: 4.5},
			{Level: collab.LevelManager, Raters: 1, Mean: 3},
			{Level: collab.LevelProfessional, Raters: 3, Mean: 2},
		}}
	r.Mechanism(collab.MechanismActors).SelfAssessment = &assess.SelfAssessmentSummary{Date: round, Raters: 4, Median: 3, Mean: 3, Perceived: 50,
		Consensus: collab.ConsensusAgreed, Levels: []assess.LevelSummary{
			{Level: collab.LevelExecutive, Raters: 2, Mean: 3.5},
			{Level: collab.LevelProfessional, Raters: 2, Mean: 2.5},
		}}
	return r
}

func TestWriteDrawsTheSelfAssessmentPerLevelOnItsOwnScale(t *testing.T) {
	tests := []struct {
		name                  string
		lang                  collab.Language
		legend, divided       string
		levels                []string
		urgencyRow, actorsRow []string
		desc                  string
	}{
		{
			name: "in English", lang: collab.English,
			legend: "Round of 1 March 2022.", divided: "divided",
			levels:     []string{"Executives", "Managers", "Care professionals", "Median of all raters"},
			urgencyRow: []string{"3.5", "4.5 (2)", "3.0 (1)", "2.0 (3)", "6", "Divided"},
			actorsRow:  []string{"3.0", "3.5 (2)", "–", "2.5 (2)", "4", "Agreed"},
			desc:       "Urgency and commitment: median 3.5, Executives 4.5, Managers 3.0, Care professionals 2.0 (divided)",
		},
		{
			name: "in Dutch", lang: collab.Dutch,
			legend: "Ronde van 1 maart 2022.", divided: "verdeeld",
			levels:     []string{"Bestuur", "Management", "Werkvloer", "Mediaan van alle beoordelaars"},
			urgencyRow: []string{"3,5", "4,5 (2)", "3,0 (1)", "2,0 (3)", "6", "Verdeeld"},
			actorsRow:  []string{"3,0", "3,5 (2)", "–", "2,5 (2)", "4", "Eensgezind"},
			desc:       "Urgentie en commitment: mediaan 3,5, Bestuur 4,5, Management 3,0, Werkvloer 2,0 (verdeeld)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, write(t, []*assess.Report{withLevels(tt.lang)}, htmlreport.Options{}))
			figs := doc.all(withClass("figure", "levels"))
			require.Len(t, figs, 1, "one chart of the levels")
			fig := figs[0]
			svg := fig.all(withClass("svg", "levels"))
			require.Len(t, svg, 1)
			assert.Equal(t, "img", svg[0].attr["role"])
			assert.Contains(t, svg[0].all(named("desc"))[0].text.String(), tt.desc, "the text alternative names every figure")
			assert.Len(t, svg[0].all(withClass("circle", "series-0")), 2, "executives as circles, on both rated mechanisms")
			assert.Len(t, svg[0].all(withClass("polygon", "series-1")), 1, "managers as squares, on urgency only")
			assert.Len(t, svg[0].all(withClass("polygon", "series-2")), 2, "the work floor as diamonds")
			assert.Len(t, svg[0].all(withClass("line", "median")), 2, "a median tick per rated mechanism")
			marks := svg[0].all(withClass("tspan", "divided-mark"))
			require.Len(t, marks, 1, "only urgency is divided")
			assert.Contains(t, marks[0].text.String(), tt.divided)

			var legend []string
			for _, li := range fig.all(withClass("ul", "legend"))[0].all(named("li")) {
				legend = append(legend, strings.TrimSpace(strings.TrimLeft(li.text.String(), "●■◆┃ ")))
			}
			assert.Equal(t, tt.levels, legend, "the legend names each level and the median")
			assert.Contains(t, fig.all(named("figcaption"))[0].text.String(), tt.legend, "the legend gives the round's date")

			table := doc.all(withClass("table", "selfassessment"))
			require.Len(t, table, 1, "the same figures as a table")
			rows := table[0].all(named("tbody"))[0].all(named("tr"))
			require.Len(t, rows, 2)
			cells := func(tr *node) []string {
				var out []string
				for _, td := range tr.all(named("td")) {
					out = append(out, td.text.String())
				}
				return out
			}
			assert.Equal(t, tt.urgencyRow, cells(rows[0]))
			assert.Equal(t, tt.actorsRow, cells(rows[1]), "a level that gave no score is a dash")
		})
	}
}

func TestWriteFlagsAnOldRoundAboveTheLevels(t *testing.T) {
	r := withLevels(collab.English)
	r.AsOf = collab.MustParseDate("2023-06-21")
	doc := parse(t, write(t, []*assess.Report{r}, htmlreport.Options{}))
	old := doc.all(withClass("p", "old-round"))
	require.Len(t, old, 1)
	assert.Contains(t, old[0].text.String(), "This round dates from 1 March 2022, 15 months before this report")

	doc = parse(t, write(t, []*assess.Report{withLevels(collab.English)}, htmlreport.Options{}))
	assert.Empty(t, doc.all(withClass("p", "old-round")), "a round of under a year is not old")
}
