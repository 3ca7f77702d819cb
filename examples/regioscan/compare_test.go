package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assessedAt assesses the named demo as of each date with assess -format
// json and returns the paths of the report files, in the order of dates.
func assessedAt(t *testing.T, name string, dates ...string) []string {
	t.Helper()
	path, _ := dumpDemo(t, name)
	var out []string
	for _, d := range dates {
		r := runWith(t, nil, "assess", "-format", "json", "-asof", d, path)
		require.Equal(t, exitOK, r.code, r.stderr)
		out = append(out, writeFile(t, name+"-"+d+".json", r.stdout))
	}
	return out
}

func TestCompareTwoDatesOfTheSameDemo(t *testing.T) {
	files := assessedAt(t, "friesland", "2021-01-01", "2022-06-21")

	js := runWith(t, nil, "compare", "-format", "json", files[0], files[1])
	require.Equal(t, exitOK, js.code, js.stderr)
	assert.Empty(t, js.stderr)
	var c assess.Comparison
	require.NoError(t, json.Unmarshal([]byte(js.stdout), &c))
	assert.Equal(t, "2021-01-01", c.From.String())
	assert.Equal(t, "2022-06-21", c.To.String())
	require.Len(t, c.Mechanisms, 5)
	for _, m := range c.Mechanisms {
		assert.Equal(t, m.Score.To-m.Score.From, m.Score.Delta, m.Mechanism.String())
	}
	golden(t, "compare-friesland.json", js.stdout)

	text := runWith(t, nil, "compare", files[0], files[1])
	require.Equal(t, exitOK, text.code, text.stderr)
	assert.True(t, strings.HasPrefix(text.stdout, "Regionale samenwerking ouderenzorg Friesland (friesland), from 1 January 2021 to 21 June 2022\n"), text.stdout)
	assert.Contains(t, text.stdout, "\nMechanisms\n")

	// Flags may follow the files; -lang sets the language of the whole
	// comparison, the findings included.
	nl := runWith(t, nil, "compare", files[0], files[1], "-lang", "nl")
	require.Equal(t, exitOK, nl.code, nl.stderr)
	assert.Contains(t, nl.stdout, ", van 1 januari 2021 tot 21 juni 2022\n")
	assert.Contains(t, nl.stdout, "Urgentie en commitment")

	same := runWith(t, nil, "compare", files[1], files[1])
	require.Equal(t, exitOK, same.code, "equal dates may be compared")
	assert.NotContains(t, same.stdout, "Resolved")
	assert.NotContains(t, same.stdout, "New (")
}

func TestCompareReadsOneReportFromStandardInput(t *testing.T) {
	files := assessedAt(t, "west-brabant", "2020-01-01", "2020-07-07")
	newer, err := os.Open(files[1])
	require.NoError(t, err)
	defer newer.Close()
	r := runWith(t, newer, "compare", files[0], "-")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "from 1 January 2020 to 7 July 2020")
}

func TestCompareRefusesWhatIsNotAPairOfReports(t *testing.T) {
	files := assessedAt(t, "friesland", "2021-01-01", "2022-06-21")
	other := assessedAt(t, "west-brabant", "2022-06-21")[0]
	newer, _ := os.ReadFile(files[1])
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		return path
	}
	array := write("array.json", "["+string(newer)+"]")
	field := write("field.json", strings.Replace(string(newer), `"region":`, `"regio": "x", "region":`, 1))
	band := write("band.json", strings.Replace(string(newer), `"band": "strong"`, `"band": "superb"`, 1))
	score := write("score.json", strings.Replace(string(newer), `"score": 70`, `"score": "70"`, 1))
	trailing := write("trailing.json", string(newer)+"{}")
	edited := func(name string, edit func(r map[string]any)) string {
		var r map[string]any
		require.NoError(t, json.Unmarshal(newer, &r))
		edit(r)
		out, err := json.Marshal(r)
		require.NoError(t, err)
		return write(name, string(out))
	}
	mechanism := func(r map[string]any, i int) map[string]any {
		return r["mechanisms"].([]any)[i].(map[string]any)
	}
	negative := edited("negative.json", func(r map[string]any) { mechanism(r, 0)["score"], mechanism(r, 0)["band"] = -50, "strong" })
	huge := edited("huge.json", func(r map[string]any) { mechanism(r, 1)["score"] = 9999 })
	mismatch := edited("mismatch.json", func(r map[string]any) { mechanism(r, 2)["score"], mechanism(r, 2)["band"] = 10, "strong" })
	twice := edited("twice.json", func(r map[string]any) {
		ms := r["mechanisms"].([]any)
		r["mechanisms"] = append(ms[:len(ms):len(ms)], ms[0])
		mechanism(r, 4)["mechanism"] = mechanism(r, 0)["mechanism"]
		r["mechanisms"] = r["mechanisms"].([]any)[:5]
	})
	anonymous := edited("anonymous.json", func(r map[string]any) { delete(r, "name"); delete(r, "collaboration") })
	undated := edited("undated.json", func(r map[string]any) { delete(r, "asOf") })
	caseFile, _ := dumpDemo(t, "friesland")
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{"a newer report dated before the older", files[1], files[0],
			files[0] + ": asOf: 2021-01-01 is before the older report's as-of date (2022-06-21) [date-order]\nregioscan compare: the reports cannot be compared\n"},
		{"reports of two collaborations", files[0], other, other + ": collaboration: is "},
		{"an array of reports", files[0], array, array + ": holds a JSON array where an object {...} is wanted; assess -format json writes one report for one file [bad-format]"},
		{"an unknown field", files[0], field, field + `: regio: "regio" is not a known field; did you mean "region"? [bad-format]`},
		{"an unknown band", files[0], band, band + `: mechanisms[0].band: unknown band "superb"`},
		{"a wrong JSON type", files[0], score, score + ": mechanisms[0].score: holds a JSON string where a whole number is wanted [bad-format]"},
		{"an impossible score labelled strong", files[0], negative, negative + ": mechanisms[0].score: is -50, outside 0 to 100 [out-of-range]"},
		{"a score above 100", files[0], huge, huge + ": mechanisms[1].score: is 9999, outside 0 to 100 [out-of-range]"},
		{"a band that is not the band of the score", files[0], mismatch, mismatch + ": mechanisms[2].band: is strong, but a score of 10 is "},
		{"a mechanism listed twice", files[0], twice, twice + ": mechanisms[4].mechanism: urgency is used before, by mechanisms[0] [duplicate]"},
		{"a report without name or ID", files[0], anonymous, anonymous + ": collaboration: is required [required]\n" + anonymous + ": name: is required [required]"},
		{"a report without an as-of date", files[0], undated, undated + ": asOf: is required [required]"},
		{"data after the report", files[0], trailing, ": holds more data after the document, at line "},
		{"a missing file", filepath.Join(dir, "nowhere.json"), files[1], filepath.Join(dir, "nowhere.json") + ": cannot open: no such file"},
		{"a case file instead of a report", caseFile, files[1], caseFile + `: stakeholders: "stakeholders" is not a known field; this is a case file, not a report: compare -case FILE -from DATE -to DATE compares a case at two dates`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, nil, "compare", tt.old, tt.new)
			assert.Equal(t, exitInvalid, r.code)
			assert.Empty(t, r.stdout, "nothing is compared")
			// The line and column depend on the layout of the report;
			// TestValidateNamesLineAndColumn checks them.
			assert.Contains(t, lineColumn.ReplaceAllString(r.stderr, ": "), tt.want)
		})
	}
}

func TestCompareTakesWhatFollowsADoubleDashAsFiles(t *testing.T) {
	r := runWith(t, nil, "compare", "--", "-old.json", "-format")
	assert.Equal(t, exitInvalid, r.code, "not a usage error: the two files are read")
	assert.Contains(t, r.stderr, "-old.json: cannot open: no such file\n-format: cannot open: no such file\n")
}

func TestReportsWrittenInTwoLanguagesCompareClean(t *testing.T) {
	path, _ := dumpDemo(t, "achterhoek-anw")
	var files []string
	for _, lang := range []string{"en", "nl"} {
		r := runWith(t, nil, "assess", "-format", "json", "-lang", lang, "-asof", "2022-06-21", path)
		require.Equal(t, exitOK, r.code, r.stderr)
		files = append(files, writeFile(t, "achterhoek-"+lang+".json", r.stdout))
	}

	js := runWith(t, nil, "compare", "-format", "json", files[0], files[1])
	require.Equal(t, exitOK, js.code, js.stderr)
	var c assess.Comparison
	require.NoError(t, json.Unmarshal([]byte(js.stdout), &c))
	assert.Empty(t, c.Resolved, "the same evaluation in English and in Dutch resolves nothing")
	assert.Empty(t, c.New, "and finds nothing new")
	require.NotEmpty(t, c.Persisting)
	for _, m := range c.Mechanisms {
		assert.Zero(t, m.Score.Delta, m.Mechanism.String())
	}
	assert.Equal(t, "nl", c.Language.String(), "written in the newer report's language")
	for _, f := range c.Persisting {
		assert.Equal(t, f.Message.In(c.Language), f.Message.Text, "%s: the text is rendered from the data", f.Rule)
	}

	en := runWith(t, nil, "compare", "-lang", "en", files[1], files[0])
	require.Equal(t, exitOK, en.code, en.stderr)
	assert.Contains(t, en.stdout, "Persisting (")
	assert.Contains(t, en.stdout, "The leeway issue \"Response-time norms for out-of-hours care\" needs", "a Dutch report's findings render in English")
	assert.NotContains(t, en.stdout, "Het regelruimte-knelpunt")
}

// lineColumn matches the ":LINE:COLUMN: " after a file name.
var lineColumn = regexp.MustCompile(`:\d+:\d+: `)

func TestCompareCases(t *testing.T) {
	path, asOf := dumpDemo(t, "friesland")
	t.Run("one case at two dates compares without reports", func(t *testing.T) {
		r := runWith(t, nil, "compare", "-case", path, "-from", "2021-01-01", "-to", asOf, "-format", "json")
		require.Equal(t, exitOK, r.code, r.stderr)
		var c assess.Comparison
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &c))
		assert.Equal(t, "2021-01-01", c.From.String())
		assert.Equal(t, asOf, c.To.String())
	})
	t.Run("the same as comparing the two reports written first", func(t *testing.T) {
		dir := t.TempDir()
		old, new := filepath.Join(dir, "old.json"), filepath.Join(dir, "new.json")
		require.Equal(t, exitOK, runWith(t, nil, "assess", "-format", "json", "-asof", "2021-01-01", "-o", old, path).code)
		require.Equal(t, exitOK, runWith(t, nil, "assess", "-format", "json", "-asof", asOf, "-o", new, path).code)
		want := runWith(t, nil, "compare", old, new, "-lang", "nl")
		got := runWith(t, nil, "compare", "-case", path, "-from", "2021-01-01", "-to", asOf, "-lang", "nl")
		require.Equal(t, exitOK, got.code, got.stderr)
		assert.Equal(t, want.stdout, got.stdout)
	})
	t.Run("two case files compare as of one date", func(t *testing.T) {
		r := runWith(t, nil, "compare", "-asof", asOf, path, path)
		require.Equal(t, exitOK, r.code, r.stderr)
	})
	t.Run("-case without -to is a usage mistake", func(t *testing.T) {
		r := runWith(t, nil, "compare", "-case", path, "-from", "2021-01-01")
		assert.Equal(t, exitUsage, r.code)
		assert.Contains(t, r.stderr, "-case needs both -from and -to")
	})
}
