package assess_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

var (
	placeholder = regexp.MustCompile(`\{(\w+)\}`)
	fmtVerb     = regexp.MustCompile(`%[-+#0-9.\[\]]*[a-zA-Z]`)
)

// placeholders returns the sorted, distinct placeholder names of a
// template.
func placeholders(tmpl string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestEveryMessageHasBothLanguagesWithTheSamePlaceholders(t *testing.T) {
	keys := assess.MessageKeys()
	require.NotEmpty(t, keys)
	for _, key := range keys {
		tmpl, ok := assess.MessageTemplate(key)
		require.True(t, ok, key)
		assert.NotEmpty(t, tmpl.EN, "%s has English", key)
		assert.NotEmpty(t, tmpl.NL, "%s has Dutch", key)
		assert.Equal(t, placeholders(tmpl.EN), placeholders(tmpl.NL), "%s: English and Dutch name the same parameters", key)
		assert.NotRegexp(t, fmtVerb, tmpl.EN+" "+tmpl.NL, "%s: no fmt verbs are left in a template", key)
	}
}

// messagesOf returns every message a report holds.
func messagesOf(r *assess.Report) []assess.Message {
	var out []assess.Message
	evidence := func(evs []assess.Evidence) {
		for _, ev := range evs {
			out = append(out, ev.Seen)
		}
	}
	for _, m := range r.Mechanisms {
		evidence(m.Evidence)
	}
	for _, f := range r.Findings {
		out = append(out, f.Message, f.Next)
		evidence(f.Evidence)
	}
	for _, s := range r.Strengths {
		out = append(out, s.Message)
		evidence(s.Evidence)
	}
	out = append(out, r.Strategy.Message)
	if r.Phase != nil {
		for _, els := range [][]assess.PhaseElement{r.Phase.Present, r.Phase.Missing, r.Phase.Ahead} {
			for _, el := range els {
				out = append(out, el.Text)
				if !el.Found.IsZero() {
					out = append(out, el.Found)
				}
			}
		}
	}
	return out
}

func TestEveryMessageTheRulesGiveFillsExactlyItsPlaceholders(t *testing.T) {
	var reports []*assess.Report
	for _, d := range demo.All() {
		r, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err)
		reports = append(reports, r)
	}
	for seed := range uint64(80) {
		c := assesstest.Case(seed, 3+int(seed%12), int(seed%9))
		r, err := assess.Evaluate(&c, collab.MustParseDate("2022-12-31"))
		require.NoError(t, err)
		reports = append(reports, r)
	}
	var messages []assess.Message
	for _, r := range reports {
		messages = append(messages, messagesOf(r)...)
	}
	for _, s := range demoTwins(t, assess.TwinOptions{}) {
		for _, tw := range s.Twins {
			messages = append(messages, tw.Reasons...)
		}
	}
	seen := map[string]bool{}
	for _, m := range messages {
		tmpl, ok := assess.MessageTemplate(m.Key)
		if !assert.True(t, ok, "%q is in the message table", m.Key) {
			continue
		}
		seen[m.Key] = true
		var names []string
		for _, p := range m.Params {
			assert.True(t, p.Kind.IsValid(), "%s: parameter %s has a kind", m.Key, p.Name)
			names = append(names, p.Name)
		}
		slices.Sort(names)
		assert.Equal(t, placeholders(tmpl.EN), names, "%s: the parameters are the placeholders, each once", m.Key)
		for _, lang := range []collab.Language{collab.English, collab.Dutch} {
			assert.NotRegexp(t, placeholder, m.In(lang), "%s: every placeholder is filled in %s", m.Key, lang)
		}
	}
	assert.Greater(t, len(seen), 100, "the cases reach most messages")
}

// TestEveryMessageKeyIsUsed reads the package's sources (and those of
// htmlreport, whose words are in the table too): every key's constant, or
// for the HTML report's words the key itself, is used outside the table.
func TestEveryMessageKeyIsUsed(t *testing.T) {
	fset := token.NewFileSet()
	table, err := parser.ParseFile(fset, "messages.go", nil, 0)
	require.NoError(t, err)
	constOf := map[string]string{} // key -> constant name
	ast.Inspect(table, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) == 1 {
			if lit, ok := vs.Values[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				key, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				constOf[key] = vs.Names[0].Name
			}
		}
		return true
	})

	var code strings.Builder
	for _, pattern := range []string{"*.go", "htmlreport/*.go"} {
		files, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || f == "messages.go" {
				continue
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			code.Write(b)
		}
	}
	// The words of the code, split where `\b` would: one pass, where a
	// regular expression per key would read all the code once per key.
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(code.String(), func(r rune) bool {
		return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) {
		words[w] = true
	}
	for _, key := range assess.MessageKeys() {
		if name, ok := constOf[key]; ok {
			assert.True(t, words[name], "%s (%s) is used", name, key)
			continue
		}
		assert.Contains(t, code.String(), strconv.Quote(key), "%s is used", key)
	}
}

func TestParametersAreWrittenTheWayEachLanguageWritesThem(t *testing.T) {
	date := collab.MustParseDate("2022-06-21")
	tests := []struct {
		name   string
		param  assess.Param
		en, nl string
	}{
		{"a whole number is written as it is", assess.Param{Kind: assess.ParamInt, Number: 12}, "12", "12"},
		{"a year-sized number has no grouping", assess.Param{Kind: assess.ParamInt, Number: 2024}, "2024", "2024"},
		{"a large number is grouped by thousands, with points in Dutch", assess.Param{Kind: assess.ParamInt, Number: 17_942_942}, "17,942,942", "17.942.942"},
		{"a large negative number keeps its sign before the groups", assess.Param{Kind: assess.ParamInt, Number: -128_434}, "-128,434", "-128.434"},
		{"a decimal has a comma in Dutch", assess.Param{Kind: assess.ParamNumber, Number: 3.5, Digits: 1}, "3.5", "3,5"},
		{"a decimal is rounded to its digits", assess.Param{Kind: assess.ParamNumber, Number: 87.5, Digits: 0}, "88", "88"},
		{"a decimal with digits -1 takes as few as it needs", assess.Param{Kind: assess.ParamNumber, Number: 2, Digits: -1}, "2", "2"},
		{"a date names its month in the language", assess.Param{Kind: assess.ParamDate, Date: date}, "21 June 2022", "21 juni 2022"},
		{"a text stays as it is", assess.Param{Kind: assess.ParamText, Text: "Zorgkantoor Friesland"}, "Zorgkantoor Friesland", "Zorgkantoor Friesland"},
		{"an enum value is written as its label", assess.Param{Kind: assess.ParamMechanism, Text: "urgency"}, "Urgency and commitment", "Urgentie en commitment"},
		{"a lower label starts with a small letter", assess.Param{Kind: assess.ParamBand, Text: "strong", Lower: true}, "strong", "sterk"},
		{"several enum values are joined with and", assess.Param{Kind: assess.ParamLevel, Words: []string{"executive", "manager", "professional"}},
			"Executives, Managers and Care professionals", "Bestuur, Management en Werkvloer"},
		{"an unknown enum word is written as the word", assess.Param{Kind: assess.ParamRole, Text: "astronaut"}, "astronaut", "astronaut"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.en, tt.param.In(collab.English))
			assert.Equal(t, tt.nl, tt.param.In(collab.Dutch))
		})
	}
}

func TestAMessageShowsItsMistakesRatherThanHidingThem(t *testing.T) {
	assert.Equal(t, "no.such-key", assess.Say("no.such-key").In(collab.Dutch), "an unknown key renders as itself")
	assert.Equal(t, "Scores {score} (strong) on urgency and commitment, against 30 (weak) here.",
		assess.Say("twins.scores",
			assess.Param{Name: "band", Kind: assess.ParamBand, Text: "strong", Lower: true},
			assess.Param{Name: "mechanism", Kind: assess.ParamMechanism, Text: "urgency", Lower: true},
			assess.Param{Name: "own", Kind: assess.ParamInt, Number: 30},
			assess.Param{Name: "ownBand", Kind: assess.ParamBand, Text: "weak", Lower: true}).In(collab.English),
		"a placeholder without a parameter stays")
	assert.Empty(t, assess.Message{}.In(collab.English), "the zero message is empty")
}
