package htmlreport_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

var (
	samenSterk = uuid.MustParse("0e1a0000-0000-4000-8000-000000000001")
	elsewhere  = uuid.MustParse("0e1a0000-0000-4000-8000-000000000002")
)

// earlier returns the hand-made report of collaboration id on date, every
// mechanism scoring score.
func earlier(id uuid.UUID, date string, score int) *assess.Report {
	r := handReport(collab.English)
	r.Collaboration, r.AsOf = id, collab.MustParseDate(date)
	for i := range r.Mechanisms {
		r.Mechanisms[i].Score, r.Mechanisms[i].Band = score, assess.BandOf(score)
	}
	return r
}

// current is the hand-made report of Samen Sterk on 21 June 2022.
func current() *assess.Report {
	r := withSelfAssessment(collab.English)
	r.Collaboration = samenSterk
	return r
}

// faintLine returns the closed faint line of an earlier report.
func faintLine(n *node) bool {
	return n.name == "polygon" && n.attr["class"] == "line series-earlier"
}

func TestWriteDrawsTheEarlierReportAsAFaintLine(t *testing.T) {
	tests := []struct {
		name     string
		previous []*assess.Report
		drawn    string // the earlier date in the legend; empty: none drawn
		score    string // the earlier score in the table
	}{
		{"no earlier report draws nothing", nil, "", ""},
		{"an earlier report of the same collaboration is drawn", []*assess.Report{earlier(samenSterk, "2021-06-21", 40)}, "21 June 2021", "40"},
		{"of two earlier reports the latest is drawn", []*assess.Report{earlier(samenSterk, "2020-06-21", 20), earlier(samenSterk, "2021-12-01", 45), earlier(samenSterk, "2021-06-21", 40)}, "1 December 2021", "45"},
		{"a report of another collaboration is not drawn", []*assess.Report{earlier(elsewhere, "2021-06-21", 40)}, "", ""},
		{"a report of the same date is not earlier", []*assess.Report{earlier(samenSterk, "2022-06-21", 40)}, "", ""},
		{"a later report is not earlier", []*assess.Report{earlier(samenSterk, "2023-01-01", 40)}, "", ""},
		{"a nil report is passed over", []*assess.Report{nil, earlier(samenSterk, "2021-06-21", 40)}, "21 June 2021", "40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, write(t, []*assess.Report{current()}, htmlreport.Options{Previous: tt.previous}))
			svg := doc.all(withClass("svg", "radar"))[0]
			legend := doc.all(withClass("ul", "legend"))[0].text.String()
			head := doc.all(named("thead"))[0].text.String()
			if tt.drawn == "" {
				assert.Empty(t, svg.all(faintLine))
				assert.NotContains(t, legend, "Earlier score")
				return
			}
			name := "Earlier score (" + tt.drawn + ")"
			require.Len(t, svg.all(faintLine), 1, "one faint closed line")
			assert.Len(t, svg.all(withClass("circle", "series-earlier")), 5, "a hollow circle per mechanism")
			assert.Contains(t, legend, name, "the legend names the earlier date")
			assert.Contains(t, head, name, "the scores table has a column of the earlier scores")
			cells := doc.all(named("tbody"))[0].all(named("tr"))[0].all(named("td"))
			assert.Equal(t, tt.score, cells[2].text.String(), "after the evidence score and the self-assessment median")
			assert.Contains(t, svg.all(named("desc"))[0].text.String(), name+" "+tt.score)

			// Drawn behind: the faint series comes first in the SVG. The
			// self-assessment's median is in the table, not on the radar.
			series := svg.all(withClass("g", "series"))
			require.Len(t, series, 2, "the earlier scores and the evidence score")
			assert.NotEmpty(t, series[0].all(faintLine), "the earlier line lies behind the others")
			assert.Len(t, svg.all(closedLine(0)), 1, "the evidence score stays solid")
			assert.Len(t, svg.all(withClass("text", "value")), 5, "only the current scores are written at their points")
		})
	}
}

func TestWriteDrawsTheEarlierReportInDutch(t *testing.T) {
	r := current()
	r.Language = collab.Dutch
	doc := parse(t, write(t, []*assess.Report{r}, htmlreport.Options{Previous: []*assess.Report{earlier(samenSterk, "2021-06-21", 40)}}))
	assert.Contains(t, doc.all(withClass("ul", "legend"))[0].text.String(), "Eerdere score (21 juni 2021)")
}

func TestWriteRefusesAnEarlierReportWithoutEveryMechanism(t *testing.T) {
	prev := earlier(samenSterk, "2021-06-21", 40)
	prev.Mechanisms = prev.Mechanisms[:4]
	var b bytes.Buffer
	err := htmlreport.Write(&b, []*assess.Report{current()}, htmlreport.Options{Previous: []*assess.Report{prev}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the earlier report of 2021-06-21")
	assert.Equal(t, []collab.Problem{{Path: "old.mechanisms", Code: collab.CodeRequired, Message: "has no result for infrastructure"}}, []collab.Problem(collab.ProblemsOf(err)))
	assert.Zero(t, b.Len(), "nothing is written")
}

func ExampleOptions_previous() {
	d, _ := demo.Lookup("friesland")
	lastYear, err := assess.Evaluate(&d.Case, d.AsOf.AddDate(-1, 0, 0))
	if err != nil {
		fmt.Println(err)
		return
	}
	now, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	var page strings.Builder
	opts := htmlreport.Options{Language: collab.Dutch, Previous: []*assess.Report{lastYear}}
	if err := htmlreport.Write(&page, []*assess.Report{now}, opts); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(page.String(), `<polygon class="line series-earlier"`), "faint line")
	fmt.Println(strings.Contains(page.String(), "Eerdere score (21 juni 2021)"))
	// Output:
	// 1 faint line
	// true
}
