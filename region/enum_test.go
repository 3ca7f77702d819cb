package region

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
	IsZero() bool
	Label(collab.Language) string
}

// checkEnum asserts that every value of an enum round-trips through its text
// form, carries labels in both languages, and that unknown and empty words
// are rejected with the word in the message.
func checkEnum[T enumValue, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, all []T, parse func(string) (T, error), wantCount int) {
	t.Helper()
	require.Len(t, all, wantCount)
	for _, v := range all {
		word, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(word))
		assert.True(t, v.IsValid())
		assert.False(t, v.IsZero())
		assert.NotEmpty(t, v.Label(collab.English), "English label of %s", v)
		assert.NotEmpty(t, v.Label(collab.Dutch), "Dutch label of %s", v)

		var back T
		require.NoError(t, PT(&back).UnmarshalText(word))
		assert.Equal(t, v, back)
		parsed, err := parse(string(word))
		require.NoError(t, err)
		assert.Equal(t, v, parsed)
	}

	for _, word := range []string{"nonsense", "", "Verified", "PROVINCE"} {
		var back T
		err := PT(&back).UnmarshalText([]byte(word))
		require.Error(t, err, "word %q", word)
		assert.ErrorIs(t, err, collab.CodeUnknownValue)
		var uv *collab.UnknownValueError
		require.True(t, errors.As(err, &uv))
		assert.Equal(t, word, uv.Word)
		if word == "" {
			assert.Contains(t, err.Error(), "empty")
		} else {
			assert.Contains(t, err.Error(), `"`+word+`"`)
		}
		assert.True(t, back.IsZero(), "a rejected word leaves the value unset")
	}

	var zero T
	assert.False(t, zero.IsValid())
	_, err := zero.MarshalText()
	assert.Error(t, err, "the zero value is never written")
}

func TestEnums(t *testing.T) {
	t.Run("every kind round-trips through its text form", func(t *testing.T) {
		checkEnum(t, Kinds(), ParseKind, 9)
	})
	t.Run("every CBS code status round-trips through its text form", func(t *testing.T) {
		checkEnum(t, CBSCodeStatuses(), ParseCBSCodeStatus, 3)
	})
	t.Run("every zorgkantoor status round-trips through its text form", func(t *testing.T) {
		checkEnum(t, ZorgkantoorStatuses(), ParseZorgkantoorStatus, 4)
	})
	t.Run("every trait round-trips through its text form", func(t *testing.T) {
		checkEnum(t, Traits(), ParseTrait, 6)
	})
}

func TestKindWireWords(t *testing.T) {
	words := make([]string, 0, 9)
	for _, k := range Kinds() {
		words = append(words, k.String())
	}
	assert.Equal(t, []string{"neighbourhood", "municipality", "zorgkantoorregio", "acute-care-region",
		"ggd-region", "iza-region", "province", "country", "custom"}, words)
}

func TestProvenanceWireWords(t *testing.T) {
	assert.Equal(t, "verified inferred unknown", fmt.Sprint(CBSCodeVerified, CBSCodeInferred, CBSCodeUnknown))
	assert.Equal(t, "listed confirmed confirmed-2023 uncertain",
		fmt.Sprint(ZorgkantoorListed, ZorgkantoorConfirmed, ZorgkantoorConfirmed2023, ZorgkantoorUncertain))
	assert.Equal(t, "unset", CBSCodeStatusUnset.String(), "the zero status does not pose as the status unknown")
	assert.Equal(t, "unset", ZorgkantoorStatusUnset.String())
	assert.Equal(t, "unset", CBSCodeStatusUnset.Label(collab.Dutch))
	assert.Equal(t, "unset", ZorgkantoorStatusUnset.Label(collab.English))
	assert.Equal(t, "zorgkantoor status(9)", ZorgkantoorStatus(9).Label(collab.Dutch), "a value out of range is labelled by its String")
	assert.Equal(t, "Afgeleid", CBSCodeInferred.Label(collab.Dutch))
	assert.Equal(t, "Confirmed in 2023", ZorgkantoorConfirmed2023.Label(collab.English))
}

func TestEnumStringNeverPanics(t *testing.T) {
	assert.Equal(t, "unknown", KindUnknown.String())
	assert.Equal(t, "region kind(200)", Kind(200).String())
	assert.Equal(t, "region trait(99)", Trait(99).String())
	assert.Equal(t, "CBS code status(9)", CBSCodeStatus(9).String())
	assert.Equal(t, "zorgkantoor status(9)", ZorgkantoorStatus(9).String())
}

func TestKindLabelsAreBilingual(t *testing.T) {
	assert.Equal(t, "Zorgkantoorregio", KindZorgkantoorregio.Label(collab.Dutch))
	assert.Equal(t, "Zorgkantoor region", KindZorgkantoorregio.Label(collab.English))
	assert.Contains(t, KindZorgkantoorregio.About(collab.English), "31")
	assert.Contains(t, KindZorgkantoorregio.About(collab.Dutch), "31")
}
