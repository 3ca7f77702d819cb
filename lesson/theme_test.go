package lesson

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThemeWordsRoundTrip(t *testing.T) {
	tests := []struct {
		theme  Theme
		word   string
		prefix string
	}{
		{ThemeStrengthening, "strengthening", "strengthen"},
		{ThemeSecuring, "securing", "secure"},
		{ThemeWorkFloor, "work-floor", "workfloor"},
		{ThemeMechanism, "mechanism", "mechanism"},
		{ThemeNetwork, "network", "network"},
		{ThemeCapacity, "capacity", "capacity"},
		{ThemeFinancier, "financier", "financier"},
	}
	require.Len(t, Themes(), len(tests), "the table lists every theme")
	for _, tt := range tests {
		t.Run(tt.word+" round-trips through its wire word", func(t *testing.T) {
			assert.True(t, tt.theme.IsValid())
			assert.False(t, tt.theme.IsZero())
			assert.Equal(t, tt.word, tt.theme.String())
			assert.Equal(t, tt.prefix, tt.theme.CodePrefix())

			parsed, err := ParseTheme(tt.word)
			require.NoError(t, err)
			assert.Equal(t, tt.theme, parsed)

			text, err := tt.theme.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.word, string(text))
			var back Theme
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, tt.theme, back)

			assert.NotEmpty(t, tt.theme.Label(collab.English))
			assert.NotEmpty(t, tt.theme.Label(collab.Dutch))
			assert.NotEqual(t, tt.theme.Label(collab.English), tt.theme.Label(collab.Dutch))
			assert.NotEmpty(t, tt.theme.About(collab.English))
			assert.NotEmpty(t, tt.theme.About(collab.Dutch))
		})
	}
}

func TestThemeRejectsUnknownAndEmptyWords(t *testing.T) {
	tests := []struct {
		name, word, inMessage string
	}{
		{"an unknown word is rejected and named", "borging", `"borging"`},
		{"a word in the wrong case is rejected", "Network", `"Network"`},
		{"an empty word is rejected", "", "empty theme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTheme(tt.word)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.inMessage)
			assert.ErrorIs(t, err, collab.CodeUnknownValue)
			var uv *collab.UnknownValueError
			require.ErrorAs(t, err, &uv)
			assert.Equal(t, tt.word, uv.Word)

			var th Theme
			err = th.UnmarshalText([]byte(tt.word))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.inMessage)
			assert.True(t, th.IsZero(), "a failed unmarshal leaves the value unset")
		})
	}
}

func TestThemeZeroAndOutOfRangeAreInvalid(t *testing.T) {
	assert.False(t, ThemeUnknown.IsValid())
	assert.True(t, ThemeUnknown.IsZero())
	assert.Equal(t, "unknown", ThemeUnknown.String())
	assert.Equal(t, "", ThemeUnknown.CodePrefix())
	_, err := ThemeUnknown.MarshalText()
	assert.Error(t, err, "the zero theme is never written")

	bad := Theme(99)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "theme(99)", bad.String())
	assert.Equal(t, "", bad.CodePrefix())
	_, err = bad.MarshalText()
	assert.Error(t, err)
}

func TestThemeInJSONIsItsWord(t *testing.T) {
	b, err := json.Marshal(struct {
		T Theme `json:"t"`
	}{ThemeWorkFloor})
	require.NoError(t, err)
	assert.JSONEq(t, `{"t":"work-floor"}`, string(b))

	var v struct {
		T Theme `json:"t"`
	}
	err = json.Unmarshal([]byte(`{"t":"floor"}`), &v)
	require.Error(t, err)
	assert.True(t, errors.Is(err, collab.CodeUnknownValue))
}

func TestThemesReturnsAFreshSlice(t *testing.T) {
	a := Themes()
	a[0] = ThemeFinancier
	assert.Equal(t, ThemeStrengthening, Themes()[0])
}
