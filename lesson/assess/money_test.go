package assess_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
)

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		name   string
		amount collab.Money
		nl, en string
	}{
		{"nothing is zero euros", 0, "€ 0", "€0"},
		{"a small amount has no separator", 999_00, "€ 999", "€999"},
		{"a thousand is grouped", 1_250_00, "€ 1.250", "€1,250"},
		{"a million and a quarter is grouped twice", 1_250_000_00, "€ 1.250.000", "€1,250,000"},
		{"cents of half a euro round up", 1_234_50, "€ 1.235", "€1,235"},
		{"cents below half a euro round down", 1_234_49, "€ 1.234", "€1,234"},
		{"a negative amount puts the minus after the sign in Dutch and before it in English", -1_250_000_00, "€ -1.250.000", "-€1,250,000"},
		{"a negative half euro rounds away from zero", -50, "€ -1", "-€1"},
		{"the largest valid amount is a trillion euro", collab.MaxMoney, "€ 1.000.000.000.000", "€1,000,000,000,000"},
		{"a saturated sum says it is at least that much", collab.MoneyLimit, "minstens € 92.233.720.368.547.758", "at least €92,233,720,368,547,758"},
		{"a negatively saturated sum says it is at most that much", -collab.MoneyLimit, "hoogstens € -92.233.720.368.547.758", "at most -€92,233,720,368,547,758"},
		{"the most negative amount does not panic", collab.Money(math.MinInt64), "hoogstens € -92.233.720.368.547.758", "at most -€92,233,720,368,547,758"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.nl, assess.FormatMoney(tt.amount, collab.Dutch))
			assert.Equal(t, tt.en, assess.FormatMoney(tt.amount, collab.English))
		})
	}
}

func ExampleFormatMoney() {
	budget := collab.Money(1_250_000_00) // cents
	fmt.Println(assess.FormatMoney(budget, collab.Dutch))
	fmt.Println(assess.FormatMoney(budget, collab.English))
	fmt.Println(assess.FormatMoney(-12_345_67, collab.Dutch))
	// Output:
	// € 1.250.000
	// €1,250,000
	// € -12.346
}

func TestTheProgressReportGroupsLargeCountsAndAmounts(t *testing.T) {
	p := &assess.Progress{Name: "Groot", Region: "twente", AsOf: collab.MustParseDate("2024-01-01")}
	var themes project.ThemeCounts
	themes[project.Themes()[0]] = 12_345
	p.ThemesPerYear = []project.ThemeYear{{Year: 2023, Projects: 12_345, Themes: themes}}
	p.Phases[project.Phases()[0]] = 12_345
	var money project.SourceAmounts
	money[project.FundingSources()[0]] = 1_250_000_00
	p.FundingPerYear = []project.FundingYear{{Year: 2023, Sources: money}}
	tests := []struct {
		name string
		lang collab.Language
		want []string
	}{
		{"Dutch groups with points", collab.Dutch, []string{"12.345", "€ 1.250.000"}},
		{"English groups with commas", collab.English, []string{"12,345", "€1,250,000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			require.NoError(t, p.WriteText(&b, tt.lang))
			for _, w := range tt.want {
				assert.Contains(t, b.String(), w)
			}
			assert.NotContains(t, b.String(), "12345")
			assert.Contains(t, b.String(), "2023", "years stay ungrouped")
		})
	}
}

func BenchmarkFormatMoney(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = assess.FormatMoney(1_250_000_00, collab.Dutch)
	}
}
