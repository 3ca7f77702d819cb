package project_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ encoding.TextMarshaler   = project.Theme(0)
	_ encoding.TextUnmarshaler = (*project.Theme)(nil)
	_ encoding.TextMarshaler   = project.Phase(0)
	_ encoding.TextUnmarshaler = (*project.Phase)(nil)
	_ encoding.TextMarshaler   = project.Scale(0)
	_ encoding.TextUnmarshaler = (*project.Scale)(nil)
	_ encoding.TextMarshaler   = project.FundingSource(0)
	_ encoding.TextUnmarshaler = (*project.FundingSource)(nil)
)

type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
	IsZero() bool
	Label(collab.Language) string
}

// checkEnum runs the checks every enum of the package must pass.
func checkEnum[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, kind string, all []T, parse func(string) (T, error), words []string) {
	t.Helper()
	t.Run("it lists the wire words of the issue, in order", func(t *testing.T) {
		got := make([]string, len(all))
		for i, x := range all {
			got[i] = x.String()
		}
		assert.Equal(t, words, got)
	})
	t.Run("every value round-trips through its text form", func(t *testing.T) {
		for _, x := range all {
			require.True(t, x.IsValid())
			require.False(t, x.IsZero())
			b, err := x.MarshalText()
			require.NoError(t, err)
			var back T
			require.NoError(t, P(&back).UnmarshalText(b))
			assert.Equal(t, x, back)
			parsed, err := parse(string(b))
			require.NoError(t, err)
			assert.Equal(t, x, parsed)
		}
	})
	t.Run("every value has a label in English and Dutch", func(t *testing.T) {
		for _, x := range all {
			assert.NotEmpty(t, x.Label(collab.English), x.String())
			assert.NotEmpty(t, x.Label(collab.Dutch), x.String())
		}
	})
	t.Run("unknown and empty words are rejected with the word in the message", func(t *testing.T) {
		for _, word := range []string{"no-such-" + kind, "", "Technology ", "IDEA"} {
			var x T
			err := P(&x).UnmarshalText([]byte(word))
			require.Error(t, err, "%q", word)
			var uv *collab.UnknownValueError
			require.True(t, errors.As(err, &uv))
			assert.Equal(t, word, uv.Word)
			assert.Equal(t, kind, uv.Kind)
			assert.ErrorIs(t, err, collab.CodeUnknownValue)
			if word != "" {
				assert.Contains(t, err.Error(), fmt.Sprintf("%q", word))
			} else {
				assert.Contains(t, err.Error(), "empty "+kind)
			}
			assert.True(t, x.IsZero(), "a rejected word leaves the value unset")
			_, err = parse(word)
			assert.Error(t, err)
		}
	})
	t.Run("the zero value is not valid and is never written", func(t *testing.T) {
		var zero T
		assert.False(t, zero.IsValid())
		assert.True(t, zero.IsZero())
		assert.Equal(t, "unknown", zero.String())
		_, err := zero.MarshalText()
		assert.Error(t, err)
	})
}

func outOfRange[T ~uint8](n int) T { return T(n + 1) }

func TestTheme(t *testing.T) {
	checkEnum(t, "theme", project.Themes(), project.ParseTheme, []string{
		"regional-vision", "technology", "staff-inflow", "staff-retention", "new-ways-of-working",
		"cross-domain", "task-reallocation", "triage", "anw", "acute-care", "capacity-management",
		"real-estate", "training", "population-health", "informal-care", "good-employership", "data-exchange",
	})
	bad := outOfRange[project.Theme](len(project.Themes()))
	assert.Equal(t, "theme(18)", bad.String())
	assert.False(t, bad.IsValid())
}

func TestPhase(t *testing.T) {
	checkEnum(t, "phase", project.Phases(), project.ParsePhase, []string{
		"idea", "design", "pilot", "implementation", "embedded", "stopped",
	})
	assert.Equal(t, "phase(7)", outOfRange[project.Phase](len(project.Phases())).String())
}

func TestScale(t *testing.T) {
	checkEnum(t, "scale", project.Scales(), project.ParseScale, []string{"small", "programme"})
}

func TestFundingSource(t *testing.T) {
	checkEnum(t, "funding source", project.FundingSources(), project.ParseFundingSource, []string{
		"transition-funds", "zonmw-impulse", "transition-budget", "health-insurer", "zorgkantoor",
		"municipality", "own-means", "other",
	})
}

func TestEnumListsAreFreshSlices(t *testing.T) {
	ts := project.Themes()
	ts[0] = project.ThemeTriage
	assert.Equal(t, project.ThemeRegionalVision, project.Themes()[0], "changing a returned list does not change the package")
}
