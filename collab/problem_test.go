package collab_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

// pathCode is the part of a Problem that tests compare: where and what.
type pathCode struct {
	Path string
	Code collab.Code
}

// pathCodes flattens err into its paths and codes, in order.
func pathCodes(err error) []pathCode {
	var out []pathCode
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, pathCode{p.Path, p.Code})
	}
	return out
}

var allCodes = collab.Codes()

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
	assert.Equal(t, []collab.Code{
		collab.CodeRequired, collab.CodeUnknownValue, collab.CodeOutOfRange, collab.CodeTooLong,
		collab.CodeTooMany, collab.CodeDuplicate, collab.CodeDanglingReference, collab.CodeDateOrder,
		collab.CodeBadFormat, collab.CodeNotAllowed,
	}, collab.Codes())
	codes := collab.Codes()
	codes[0] = "changed"
	assert.Equal(t, collab.CodeRequired, collab.Codes()[0], "a caller's change does not reach the next call")
}

func TestProblemsWorkWithErrorsIs(t *testing.T) {
	for _, code := range allCodes {
		t.Run("a problem with code "+string(code)+" is found by errors.Is, also when wrapped", func(t *testing.T) {
			var err error = collab.Problems{
				{Path: "name", Code: collab.CodeRequired, Message: "is required"},
				{Path: "members[1].joined", Code: code, Message: "something"},
			}
			assert.ErrorIs(t, err, code)
			assert.ErrorIs(t, fmt.Errorf("loading zoetermeer.json: %w", err), code)
			assert.ErrorIs(t, errors.Join(errors.New("other"), err), code)
		})
	}
	t.Run("a code that is absent is not found", func(t *testing.T) {
		var err error = collab.Problems{{Path: "name", Code: collab.CodeRequired}}
		for _, code := range allCodes[1:] {
			assert.NotErrorIs(t, err, code)
		}
	})
}

func TestProblemsWorkWithErrorsAs(t *testing.T) {
	var err error = fmt.Errorf("validating: %w", collab.Problems{
		{Path: "members[2].joined", Code: collab.CodeDateOrder, Message: "2019-01-01 is before ..."},
		{Path: "strategy", Code: collab.CodeRequired, Message: "is required"},
	})

	t.Run("errors.As reaches the whole list", func(t *testing.T) {
		var ps collab.Problems
		require.ErrorAs(t, err, &ps)
		assert.Len(t, ps, 2)
	})
	t.Run("errors.As with *Problem reaches the first problem", func(t *testing.T) {
		var p *collab.Problem
		require.ErrorAs(t, err, &p)
		assert.Equal(t, "members[2].joined", p.Path)
		assert.Equal(t, collab.CodeDateOrder, p.Code)
	})
	t.Run("the message lists every problem with its path, one per line", func(t *testing.T) {
		assert.Equal(t, "validating: members[2].joined: 2019-01-01 is before ...\nstrategy: is required", err.Error())
	})
	t.Run("a problem without a path is just its message", func(t *testing.T) {
		p := collab.Problem{Code: collab.CodeRequired, Message: "is required"}
		assert.Equal(t, "is required", p.Error())
	})
}

func TestProblemsOf(t *testing.T) {
	first := collab.Problems{{Path: "name", Code: collab.CodeRequired, Message: "is required"}}
	second := collab.Problems{
		{Path: "members[0].stakeholder", Code: collab.CodeDuplicate, Message: "dup"},
		{Path: "notes", Code: collab.CodeTooLong, Message: "long"},
	}
	_, unknown := collab.ParseStrategy("big-bang")
	_, badDate := collab.ParseDate("2021-02-30")

	tests := []struct {
		name string
		err  error
		want []collab.Problem
	}{
		{"nil gives nil", nil, nil},
		{"a Problems value gives its problems", first, first},
		{"a single *Problem gives itself", &second[1], second[1:]},
		{"a wrapped Problems value is unwrapped", fmt.Errorf("stakeholder 3: %w", second), second},
		{"joined errors give all problems in order", errors.Join(first, fmt.Errorf("x: %w", second)), append(append(collab.Problems{}, first...), second...)},
		{"an unknown enum word becomes an unknown-value problem that names it", unknown,
			[]collab.Problem{{Code: collab.CodeUnknownValue, Message: `unknown strategy "big-bang"; want one of small-initiatives, regional-vision, combined`}}},
		{"a bad date becomes a bad-format problem", fmt.Errorf("started: %w", badDate),
			[]collab.Problem{{Code: collab.CodeBadFormat, Message: `bad date "2021-02-30"; want an existing day as YYYY-MM-DD`}}},
		{"any other error becomes a bad-format problem with its text", errors.New("unexpected end of JSON input"),
			[]collab.Problem{{Code: collab.CodeBadFormat, Message: "unexpected end of JSON input"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collab.ProblemsOf(tt.err)
			if tt.want == nil {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, []collab.Problem(tt.want), got)
		})
	}

	t.Run("an UnknownValueError is reached by errors.As and errors.Is", func(t *testing.T) {
		var uve *collab.UnknownValueError
		require.ErrorAs(t, unknown, &uve)
		assert.Equal(t, "big-bang", uve.Word)
		assert.Equal(t, "strategy", uve.Kind)
		assert.ErrorIs(t, unknown, collab.CodeUnknownValue)
		assert.NotErrorIs(t, unknown, collab.CodeRequired)
	})
}
