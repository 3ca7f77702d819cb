package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lastYearsReport writes the report of the demo case file as of date, as
// assess -format json writes it, and returns its path.
func lastYearsReport(t *testing.T, caseFile, date string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "previous.json")
	r := runWith(t, nil, "assess", "-format", "json", "-asof", date, "-o", out, caseFile)
	require.Equal(t, exitOK, r.code, r.stderr)
	return out
}

func TestAssessHTMLShowsThePreviousReportAsAFaintLine(t *testing.T) {
	file, _ := dumpDemo(t, "friesland")
	prev := lastYearsReport(t, file, "2021-06-21")
	out := filepath.Join(t.TempDir(), "report.html")
	r := runWith(t, nil, "assess", "-format", "html", "-lang", "nl", "-asof", "2022-06-21", "-previous", prev, "-o", out, file)
	require.Equal(t, exitOK, r.code, r.stderr)
	page, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(page), `<polygon class="line series-earlier"`), "the earlier scores as one faint line")
	assert.Contains(t, string(page), "Eerdere score (21 juni 2021)", "named with the earlier date")
}

func TestAssessRefusesAPreviousReportThatDoesNotFit(t *testing.T) {
	friesland, _ := dumpDemo(t, "friesland")
	brabant, _ := dumpDemo(t, "west-brabant")
	other := lastYearsReport(t, brabant, "2021-06-21")
	later := lastYearsReport(t, friesland, "2023-01-01")
	notAReport := writeFile(t, "case.json", "{}")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"a previous report needs the HTML page", []string{"-format", "text", "-previous", other, friesland}, exitUsage,
			"regioscan assess: -previous goes with -format html"},
		{"a report of another collaboration", []string{"-format", "html", "-previous", other, friesland}, exitInvalid,
			"previous.json: collaboration: is "},
		{"a report not dated before the assessment", []string{"-format", "html", "-previous", later, friesland}, exitInvalid,
			"previous.json: asOf: 2023-01-01 is not before the assessment's date (2022-06-21) [date-order]"},
		{"a file that is no report", []string{"-format", "html", "-previous", notAReport, friesland}, exitInvalid,
			"case.json: collaboration: is required [required]"},
		{"standard input twice", []string{"-format", "html", "-previous", "-", "-"}, exitUsage,
			"standard input (-) can be read only once"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "report.html")
			args := append([]string{"assess", "-asof", "2022-06-21", "-o", out}, tt.args...)
			r := runWith(t, nil, args...)
			assert.Equal(t, tt.code, r.code, r.stderr)
			assert.Contains(t, r.stderr, tt.stderr)
			assert.NoFileExists(t, out, "nothing is written")
		})
	}
}
