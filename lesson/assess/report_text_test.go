package assess_test

import (
	"bytes"
	"testing"
	"unicode"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteTextShowsTheObservationsBehindEachFinding(t *testing.T) {
	d, ok := demo.Lookup("achterhoek-anw")
	require.True(t, ok)
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b, collab.Dutch))
	out := b.String()
	assert.Contains(t, out, "      Waarnemingen:\n")
	assert.Contains(t, out, `         -5 "Avond-, nacht- en weekenddiensten Achterhoek": professionals kwamen 3 maanden na de eerste bestuurders of managers`+"\n",
		"a finding names the project it is about, with the points it cost")
	assert.Contains(t, out, "            ronde van 16 mei 2022\n", "an observation that moved no points has no number")
}

func TestWriteTextEscapesControlAndBidiCharactersInCaseData(t *testing.T) {
	name := "Zorg\x1b[2J\rNet\u202ewerk\u2066"
	tests := []struct {
		name   string
		report assess.Report
	}{
		{"in the collaboration's name", assess.Report{Name: name, Region: "friesland", AsOf: collab.MustParseDate("2022-06-21")}},
		{"in a finding's observation", assess.Report{Name: "Samen", Region: "friesland", AsOf: collab.MustParseDate("2022-06-21"),
			Findings: []assess.Finding{{
				Rule: "strategy.projects-stall", Severity: assess.SeverityWarning, Mechanism: collab.MechanismStrategy,
				Message:  assess.Say("strategy.projects-stall.stall", assess.Param{Name: "months", Kind: assess.ParamInt, Number: 12}, assess.Param{Name: "count", Kind: assess.ParamInt, Number: 1}),
				Next:     assess.Say("strategy.projects-stall.next-review"),
				Evidence: []assess.Evidence{{Effect: -5, Seen: assess.Say("phase.found.project", assess.Param{Name: "project", Kind: assess.ParamText, Text: name})}},
			}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.report.WriteText(&b, collab.English))
			out := b.String()
			for _, r := range out {
				assert.False(t, r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)), "%U reaches the terminal", r)
			}
			assert.Contains(t, out, `Zorg\x1b[2J\rNet\u202ewerk\u2066`, "the name shows with its characters escaped")
		})
	}
}
