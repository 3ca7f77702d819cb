package htmlreport_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func demoProgress(t *testing.T) []*assess.Progress {
	t.Helper()
	var out []*assess.Progress
	for _, d := range demo.All() {
		p, err := assess.NewProgress(&d.Case, d.AsOf, assess.ProgressOptions{})
		require.NoError(t, err, d.Name)
		out = append(out, p)
	}
	return out
}

func TestWriteProgressDrawsABarPerYearWithATableOfTheSameNumbers(t *testing.T) {
	progress := demoProgress(t)
	var b bytes.Buffer
	require.NoError(t, htmlreport.WriteProgress(&b, progress, htmlreport.Options{Language: collab.Dutch}))
	doc := parse(t, b.Bytes())
	sections := doc.all(withClass("section", "progress"))
	require.Len(t, sections, len(progress))
	for i, p := range progress {
		sec := sections[i]
		bars := sec.all(named("svg"))
		if len(p.ThemesPerYear) == 0 {
			assert.Empty(t, bars)
			continue
		}
		require.Len(t, bars, 1, p.Name)
		segments := 0
		for _, ty := range p.ThemesPerYear {
			for _, n := range ty.Themes {
				if n > 0 {
					segments++
				}
			}
		}
		assert.Len(t, bars[0].all(named("rect")), segments, "%s: one segment per theme and year", p.Name)
		heads := sec.all(named("thead"))[0].all(named("th"))
		assert.Len(t, heads, len(p.ThemesPerYear)+1, "%s: a column per year", p.Name)
		for _, s := range p.Stalled {
			assert.Contains(t, sec.text.String(), s.Title, "%s: stalled projects by name", p.Name)
		}
	}
	assert.Empty(t, visibleTextMistakes(b.String()), "Dutch numbers and dates")
}

func TestWriteProgressIsSelfContained(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, htmlreport.WriteProgress(&b, demoProgress(t), htmlreport.Options{}))
	for _, s := range []string{"<script", "<link", "<img", "<iframe", "src=", "@import", "url(", `href="http`} {
		assert.NotContains(t, b.String(), s)
	}
}

func TestWriteProgressRefusesNothingAndNil(t *testing.T) {
	var b bytes.Buffer
	assert.Error(t, htmlreport.WriteProgress(&b, nil, htmlreport.Options{}))
	assert.Error(t, htmlreport.WriteProgress(&b, []*assess.Progress{nil}, htmlreport.Options{}))
	assert.Zero(t, b.Len(), "writes nothing")
}

// visibleTextMistakes lists the Dutch mistakes on a page (see dutchMistakes).
func visibleTextMistakes(page string) []string {
	var out []string
	text := visibleText(page)
	for _, m := range dutchMistakes {
		for _, hit := range m.pattern.FindAllString(text, -1) {
			out = append(out, m.name+": "+strings.TrimSpace(hit))
		}
	}
	return out
}

func TestWriteShowsTheProgressReportAsASectionOfEachCase(t *testing.T) {
	d, ok := demo.Lookup("friesland")
	require.True(t, ok)
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	require.NoError(t, err)
	p, err := assess.NewProgress(&d.Case, d.AsOf, assess.ProgressOptions{})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, htmlreport.Write(&b, []*assess.Report{r}, htmlreport.Options{
		Language: collab.Dutch,
		Progress: func(*assess.Report) *assess.Progress { return p },
	}))
	doc := parse(t, b.Bytes())
	sections := doc.all(withClass("section", "progress"))
	require.Len(t, sections, 1)
	assert.Contains(t, sections[0].text.String(), "Voortgangsrapportage")
	assert.Contains(t, sections[0].text.String(), p.Stalled[0].Title, "the stalled project by name")
	assert.Len(t, doc.all(withClass("svg", "bars")), 1)
}
