package lesson

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThemeKeepsTheEnumContract(t *testing.T) {
	collabtest.CheckEnum(t, "theme", Themes, ParseTheme,
		"strengthening", "securing", "work-floor", "mechanism", "network", "capacity", "financier")
}

func TestThemeNamesTheCodePrefixOfItsLessons(t *testing.T) {
	tests := []struct {
		theme  Theme
		prefix string
	}{
		{ThemeStrengthening, "strengthen"},
		{ThemeSecuring, "secure"},
		{ThemeWorkFloor, "workfloor"},
		{ThemeMechanism, "mechanism"},
		{ThemeNetwork, "network"},
		{ThemeCapacity, "capacity"},
		{ThemeFinancier, "financier"},
		{ThemeUnknown, ""},
		{Theme(99), ""},
	}
	require.Len(t, Themes(), len(tests)-2, "the table lists every theme, and two that are not valid")
	for _, tt := range tests {
		t.Run(tt.theme.String()+" has the prefix "+tt.prefix, func(t *testing.T) {
			assert.Equal(t, tt.prefix, tt.theme.CodePrefix())
		})
	}
}

func TestEveryThemeIsExplainedInBothLanguages(t *testing.T) {
	for _, th := range Themes() {
		t.Run(th.String(), func(t *testing.T) {
			assert.NotEqual(t, th.Label(collab.English), th.Label(collab.Dutch))
			assert.NotEmpty(t, th.About(collab.English))
			assert.NotEmpty(t, th.About(collab.Dutch))
		})
	}
}
