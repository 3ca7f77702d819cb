package check_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// pathCode is the part of a Problem that tests compare: where and what.
type pathCode struct {
	Path string
	Code check.Code
}

// pathCodes flattens err into its paths and codes, in order.
func pathCodes(err error) []pathCode {
	var out []pathCode
	for _, p := range check.ProblemsOf(err) {
		out = append(out, pathCode{p.Path, p.Code})
	}
	return out
}

var allCodes = check.Codes()

func TestCodesAreStableWords(t *testing.T) {
	want := []string{"required", "unknown-value", "out-of-range", "too-long", "too-many", "duplicate",
		"dangling-reference", "date-order", "bad-format", "not-allowed"}
	require.Len(t, allCodes, len(want), "Codes lists every code")
	for i, c := range allCodes {
		assert.Equal(t, want[i], string(c))
		assert.Equal(t, want[i], c.Error())
	}
}

func TestCodesIsAFreshSliceOfEveryConstant(t *testing.T) {
	assert.Equal(t, []check.Code{
		check.CodeRequired, check.CodeUnknownValue, check.CodeOutOfRange, check.CodeTooLong,
		check.CodeTooMany, check.CodeDuplicate, check.CodeDanglingReference, check.CodeDateOrder,
		check.CodeBadFormat, check.CodeNotAllowed,
	}, check.Codes())
	codes := check.Codes()
	codes[0] = "changed"
	assert.Equal(t, check.CodeRequired, check.Codes()[0], "a caller's change does not reach the next call")
}

func TestProblemsWorkWithErrorsIs(t *testing.T) {
	for _, code := range allCodes {
		t.Run("a problem with code "+string(code)+" is found by errors.Is, also when wrapped", func(t *testing.T) {
			var err error = check.Problems{
				{Path: "name", Code: check.CodeRequired, Message: "is required"},
				{Path: "members[1].joined", Code: code, Message: "something"},
			}
			assert.ErrorIs(t, err, code)
			assert.ErrorIs(t, fmt.Errorf("loading zoetermeer.json: %w", err), code)
			assert.ErrorIs(t, errors.Join(errors.New("other"), err), code)
		})
	}
	t.Run("a code that is absent is not found", func(t *testing.T) {
		var err error = check.Problems{{Path: "name", Code: check.CodeRequired}}
		for _, code := range allCodes[1:] {
			assert.NotErrorIs(t, err, code)
		}
	})
}

func TestProblemsWorkWithErrorsAs(t *testing.T) {
	var err error = fmt.Errorf("validating: %w", check.Problems{
		{Path: "members[2].joined", Code: check.CodeDateOrder, Message: "2019-01-01 is before ..."},
		{Path: "strategy", Code: check.CodeRequired, Message: "is required"},
	})

	t.Run("errors.As reaches the whole list", func(t *testing.T) {
		var ps check.Problems
		require.ErrorAs(t, err, &ps)
		assert.Len(t, ps, 2)
	})
	t.Run("errors.As with *Problem reaches the first problem", func(t *testing.T) {
		var p *check.Problem
		require.ErrorAs(t, err, &p)
		assert.Equal(t, "members[2].joined", p.Path)
		assert.Equal(t, check.CodeDateOrder, p.Code)
	})
	t.Run("the message lists every problem with its path, one per line", func(t *testing.T) {
		assert.Equal(t, "validating: members[2].joined: 2019-01-01 is before ...\nstrategy: is required", err.Error())
	})
	t.Run("a problem without a path is just its message", func(t *testing.T) {
		p := check.Problem{Code: check.CodeRequired, Message: "is required"}
		assert.Equal(t, "is required", p.Error())
	})
}

func TestProblemsOf(t *testing.T) {
	first := check.Problems{{Path: "name", Code: check.CodeRequired, Message: "is required"}}
	second := check.Problems{
		{Path: "members[0].stakeholder", Code: check.CodeDuplicate, Message: "dup"},
		{Path: "notes", Code: check.CodeTooLong, Message: "long"},
	}
	_, unknown := collab.ParseStrategy("big-bang")
	_, badDate := collab.ParseDate("2021-02-30")

	tests := []struct {
		name string
		err  error
		want []check.Problem
	}{
		{"nil gives nil", nil, nil},
		{"a Problems value gives its problems", first, first},
		{"a single *Problem gives itself", &second[1], second[1:]},
		{"a wrapped Problems value is unwrapped", fmt.Errorf("stakeholder 3: %w", second), second},
		{"joined errors give all problems in order", errors.Join(first, fmt.Errorf("x: %w", second)), append(append(check.Problems{}, first...), second...)},
		{"an unknown enum word becomes an unknown-value problem that names it", unknown,
			[]check.Problem{{Code: check.CodeUnknownValue, Message: `unknown strategy "big-bang"; want one of small-initiatives, regional-vision, combined`}}},
		{"a bad date becomes a bad-format problem", fmt.Errorf("started: %w", badDate),
			[]check.Problem{{Code: check.CodeBadFormat, Message: `bad date "2021-02-30"; want an existing day as YYYY-MM-DD`}}},
		{"any other error becomes a bad-format problem with its text", errors.New("unexpected end of JSON input"),
			[]check.Problem{{Code: check.CodeBadFormat, Message: "unexpected end of JSON input"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check.ProblemsOf(tt.err)
			if tt.want == nil {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, []check.Problem(tt.want), got)
		})
	}

	t.Run("an UnknownValueError is reached by errors.As and errors.Is", func(t *testing.T) {
		var uve *check.UnknownValueError
		require.ErrorAs(t, unknown, &uve)
		assert.Equal(t, "big-bang", uve.Word)
		assert.Equal(t, "strategy", uve.Kind)
		assert.ErrorIs(t, unknown, check.CodeUnknownValue)
		assert.NotErrorIs(t, unknown, check.CodeRequired)
	})
}
