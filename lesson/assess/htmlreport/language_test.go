package htmlreport_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// visibleText returns the text a reader sees on an HTML page: without the
// style sheet and the tags, with entities decoded.
func visibleText(page string) string {
	page = regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(page, " ")
	page = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " ")
	return html.UnescapeString(page)
}

// dutchMistakes are what must never appear in Dutch text: a decimal point
// (3.5 rather than 3,5; a point before a group of three digits, as in
// € 1.250.000, groups thousands), an ISO date (2022-06-21 rather than 21 juni 2022),
// and a plural after the number one ("1 projecten", "1 van 1 mijlpalen").
var dutchMistakes = []struct {
	name    string
	pattern *regexp.Regexp
}{
	{"a decimal point", regexp.MustCompile(`\d\.(\d{1,2}|\d{4,})\b|\d{4}\.\d`)},
	{"an ISO date", regexp.MustCompile(`\d{4}-\d{2}(-\d{2})?\b`)},
	{"a plural after one", regexp.MustCompile(`(^|[^\d,])1 (van 1 )?[a-z]+(en|s)\b`)},
	{"a region code", regexp.MustCompile(`\bregio [a-z-]+,`)},
}

func TestTheDutchReportsOfEveryDemoCaseWriteNumbersDatesAndPluralsTheDutchWay(t *testing.T) {
	for _, d := range demo.All() {
		r, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err)
		var txt, page bytes.Buffer
		require.NoError(t, r.WriteText(&txt, collab.Dutch))
		require.NoError(t, htmlreport.Write(&page, []*assess.Report{r}, htmlreport.Options{Language: collab.Dutch}))
		for _, out := range []struct{ form, text string }{{"text", txt.String()}, {"HTML", visibleText(page.String())}} {
			for _, m := range dutchMistakes {
				t.Run(d.Name+" in "+out.form+" has no "+m.name, func(t *testing.T) {
					assert.Empty(t, m.pattern.FindAllString(out.text, -1))
				})
			}
		}
	}
}

func TestTheSelfAssessmentHasItsOwnScaleItsDateAndAWarningWhenOld(t *testing.T) {
	d, ok := demo.Lookup("achterhoek-anw")
	require.True(t, ok)
	tests := []struct {
		name string
		asOf collab.Date
		old  bool
	}{
		{"a round a month before the report is not flagged", d.AsOf, false},
		{"a round of more than a year before is flagged as old", collab.MustParseDate("2024-01-10"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := assess.Evaluate(&d.Case, tt.asOf)
			require.NoError(t, err)
			var page bytes.Buffer
			require.NoError(t, htmlreport.Write(&page, []*assess.Report{r}, htmlreport.Options{Language: collab.Dutch}))
			text := visibleText(page.String())
			assert.Contains(t, text, "Zelfevaluatie van 16 mei 2022, op de eigen schaal van 1 tot 5")
			assert.Contains(t, page.String(), `<strong class="divided">Verdeeld</strong>`, "a split is marked")
			assert.Equal(t, tt.old, strings.Contains(text, "Deze ronde is van 16 mei 2022"))
		})
	}
}

func TestTheDecimalPointCheckTellsThousandsFromDecimals(t *testing.T) {
	decimal := dutchMistakes[0].pattern
	for _, s := range []string{"3.5", "62.5", "3.14", "1234.5", "0.1234"} {
		assert.Regexp(t, decimal, s, "%s has a decimal point", s)
	}
	for _, s := range []string{"€ 1.250", "€ 1.250.000", "17.942.942", "3,5", "2022."} {
		assert.NotRegexp(t, decimal, s, "%s has none", s)
	}
}
