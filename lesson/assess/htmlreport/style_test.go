package htmlreport

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contrast returns the WCAG 2.x contrast ratio of two colours "#rrggbb".
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	lum := func(hex string) float64 {
		require.Len(t, hex, 7, hex)
		var c [3]float64
		for i := range c {
			v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
			require.NoError(t, err, hex)
			s := float64(v) / 255
			if s <= 0.03928 {
				c[i] = s / 12.92
			} else {
				c[i] = math.Pow((s+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestPaletteContrast(t *testing.T) {
	const text, graphic = 4.5, 3.0 // WCAG AA: normal text; graphical objects
	tests := []struct {
		name   string
		fg, bg string
		least  float64
	}{
		{"ink on paper", colourInk, colourPaper, text},
		{"ink on a panel", colourInk, colourPanel, text},
		{"muted text on paper", colourMuted, colourPaper, text},
		{"links and the first series on paper", colourSeries0, colourPaper, text},
		{"links on a panel", colourSeries0, colourPanel, text},
		{"the second series on paper", colourSeries1, colourPaper, graphic},
		{"the third series on paper", colourSeries2, colourPaper, graphic},
		{"the grid on paper", colourGrid, colourPaper, graphic},
		{"an earlier report's line on the weak band", colourGrid, colourWeakBg, graphic},
		{"an earlier report's line on the developing band", colourGrid, colourDevelopingBg, graphic},
		{"an earlier report's line on the strong band", colourGrid, colourStrongBg, graphic},
		{"the level markers on paper: executives", colourSeries0, colourPaper, graphic},
		{"the level markers on paper: managers", colourSeries1, colourPaper, graphic},
		{"the level markers on paper: the work floor", colourSeries2, colourPaper, graphic},
		{"a divided mechanism's mark on paper", colourWeakInk, colourPaper, text},
		{"a weak band", colourWeakInk, colourWeakBg, text},
		{"a developing band", colourDevelopingInk, colourDevelopingBg, text},
		{"a strong band", colourStrongInk, colourStrongBg, text},
		{"a risk", colourRiskInk, colourRiskBg, text},
		{"a warning", colourWarningInk, colourWarningBg, text},
		{"a note", colourInfoInk, colourInfoBg, text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.GreaterOrEqual(t, contrast(t, tt.fg, tt.bg), tt.least)
		})
	}
}

func TestStyleSheetKeepsThePageWellFormed(t *testing.T) {
	s := string(css())
	assert.NotContains(t, s, "<")
	assert.NotContains(t, s, "&")
	for _, placeholder := range []string{"INK", "MUTED", "PAPER", "PANEL", "GRID", "SERIES", "BG"} {
		assert.NotContains(t, s, placeholder, "every colour is filled in")
	}
	assert.True(t, strings.Contains(s, colourSeries1) && strings.Contains(s, colourWarningBg))
}

func TestWrapLabel(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a short label stays on one line", "Strategy", []string{"Strategy"}},
		{"a long label breaks at spaces", "Involving relevant actors in time", []string{"Involving relevant", "actors in time"}},
		{"a word longer than a line gets its own", "Samenwerkingsverbandontwikkeling en meer", []string{"Samenwerkingsverbandontwikkeling", "en meer"}},
		{"an empty label has no lines", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wrapLabel(tt.in, labelWrapAt))
		})
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		lang collab.Language
		want string
	}{
		{"a half is written with a decimal point in English", 62.5, collab.English, "62.5"},
		{"a half is written with a decimal comma in Dutch", 62.5, collab.Dutch, "62,5"},
		{"a whole number has no decimals", 70, collab.Dutch, "70"},
		{"a third is rounded to one decimal", 100.0 / 3, collab.English, "33.3"},
		{"an unknown value is a dash", -1, collab.Dutch, "–"},
		{"not a number is a dash", math.NaN(), collab.English, "–"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, formatValue(tt.in, tt.lang))
		})
	}
}

func TestEveryThemeHasAColourOfItsOwn(t *testing.T) {
	assert.GreaterOrEqual(t, len(themeColours), len(project.Themes()))
	seen := map[string]bool{}
	for _, c := range themeColours {
		assert.False(t, seen[c], "%s is used once", c)
		seen[c] = true
	}
}
