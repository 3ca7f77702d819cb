package check_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

func TestValidatorPaths(t *testing.T) {
	tests := []struct {
		name  string
		build func(v *check.Validator)
		want  string
	}{
		{"a field of the root is its JSON name", func(v *check.Validator) {
			v.Addf("name", check.CodeRequired, "is required")
		}, "name"},
		{"a field of a list item carries the index", func(v *check.Validator) {
			v.Item("members", 2)
			v.Addf("joined", check.CodeDateOrder, "too early")
			v.Leave()
		}, "members[2].joined"},
		{"a list item inside a list item", func(v *check.Validator) {
			v.Item("networks", 0)
			v.Item("members", 3)
			v.Addf("", check.CodeDanglingReference, "not a member")
			v.Leave()
			v.Leave()
		}, "networks[0].members[3]"},
		{"Enter and Index make the same path as Item", func(v *check.Validator) {
			v.Enter("members")
			v.Index(2)
			v.Enter("levels")
			v.Index(0)
			v.Addf("since", check.CodeRequired, "is required")
		}, "members[2].levels[0].since"},
		{"an index at the root", func(v *check.Validator) {
			v.Index(4)
			v.Addf("name", check.CodeRequired, "is required")
		}, "[4].name"},
		{"a nested object", func(v *check.Validator) {
			v.Enter("transitionBudget")
			v.Enter("period")
			v.Addf("from", check.CodeRequired, "is required")
		}, "transitionBudget.period.from"},
		{"the root itself has an empty path", func(v *check.Validator) {
			v.Addf("", check.CodeRequired, "is required")
		}, ""},
		{"Leave returns to the containing value", func(v *check.Validator) {
			v.Item("members", 1)
			v.Item("levels", 0)
			v.Leave()
			v.Leave()
			v.Item("roleHolders", 5)
			v.Addf("from", check.CodeRequired, "is required")
		}, "roleHolders[5].from"},
		{"a Leave too many stays at the root", func(v *check.Validator) {
			v.Leave()
			v.Addf("name", check.CodeRequired, "is required")
		}, "name"},
		{"paths deeper than the stack keep their depth count", func(v *check.Validator) {
			v.Enter("a")
			for range 20 {
				v.Enter("x")
			}
			for range 20 {
				v.Leave()
			}
			v.Addf("b", check.CodeRequired, "is required")
		}, "a.b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v check.Validator
			tt.build(&v)
			problems := check.ProblemsOf(v.Err())
			require.Len(t, problems, 1)
			assert.Equal(t, tt.want, problems[0].Path)
		})
	}
}

func TestValidatorChecks(t *testing.T) {
	d := collab.MustParseDate

	tests := []struct {
		name  string
		check func(v *check.Validator)
		want  []pathCode
	}{
		{"Required reports a missing field", func(v *check.Validator) {
			assert.False(t, v.Required("name", true))
			assert.True(t, v.Required("id", false))
		}, []pathCode{{"name", check.CodeRequired}}},
		{"Text reports an empty or blank required text", func(v *check.Validator) {
			v.Text("name", "", true, 10)
			v.Text("title", "  \t", true, 10)
			v.Text("note", "", false, 10)
		}, []pathCode{{"name", check.CodeRequired}, {"title", check.CodeRequired}}},
		{"Text counts characters, not bytes", func(v *check.Validator) {
			v.Text("name", strings.Repeat("ë", 10), true, 10)
			v.Text("note", strings.Repeat("ë", 11), false, 10)
		}, []pathCode{{"note", check.CodeTooLong}}},
		{"Count reports a list that is too long", func(v *check.Validator) {
			v.Count("members", 3, 3)
			v.Count("levels", 4, 3)
		}, []pathCode{{"levels", check.CodeTooMany}}},
		{"Range includes both ends", func(v *check.Validator) {
			v.Range("urgency", 1, 1, 5)
			v.Range("urgency", 5, 1, 5)
			v.Range("urgency", 0, 1, 5)
			v.Range("urgency", 6, 1, 5)
		}, []pathCode{{"urgency", check.CodeOutOfRange}, {"urgency", check.CodeOutOfRange}}},
		{"Enum tells a missing value from an unknown one", func(v *check.Validator) {
			v.Enum("strategy", collab.StrategyUnknown, true)
			v.Enum("governance", collab.GovernanceUnknown, false)
			v.Enum("role", collab.Role(99), false)
			v.Enum("level", collab.LevelManager, true)
		}, []pathCode{{"strategy", check.CodeRequired}, {"role", check.CodeUnknownValue}}},
		{"DateOrder reports a later date before an earlier one, and ignores unset dates", func(v *check.Validator) {
			check.DateOrder(v, "until", d("2021-01-01"), d("2020-12-31"), "the start")
			check.DateOrder(v, "until", d("2021-01-01"), d("2021-01-01"), "the start")
			check.DateOrder(v, "until", collab.Date{}, d("2020-12-31"), "the start")
			check.DateOrder(v, "until", d("2021-01-01"), collab.Date{}, "the start")
		}, []pathCode{{"until", check.CodeDateOrder}}},
		{"AddError puts a parse error at the field", func(v *check.Validator) {
			_, err := collab.ParseRole("hospice")
			v.Item("stakeholders", 1)
			v.AddError("role", err)
			v.Leave()
		}, []pathCode{{"stakeholders[1].role", check.CodeUnknownValue}}},
		{"AddError puts nested problems below the current path", func(v *check.Validator) {
			inner := check.Problems{
				{Path: "name", Code: check.CodeRequired},
				{Path: "[2]", Code: check.CodeDuplicate},
			}
			v.Enter("region")
			v.AddError("", inner)
			v.AddError("parents", inner)
			v.Leave()
			v.AddError("", inner)
		}, []pathCode{
			{"region.name", check.CodeRequired}, {"region[2]", check.CodeDuplicate},
			{"region.parents.name", check.CodeRequired}, {"region.parents[2]", check.CodeDuplicate},
			{"name", check.CodeRequired}, {"[2]", check.CodeDuplicate},
		}},
		{"AddError keeps a plain error as a bad-format problem", func(v *check.Validator) {
			v.AddError("file", errors.New("truncated"))
		}, []pathCode{{"file", check.CodeBadFormat}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v check.Validator
			tt.check(&v)
			assert.Equal(t, tt.want, pathCodes(v.Err()))
			assert.Equal(t, len(tt.want), v.Len())
		})
	}

	t.Run("a Validator with no problems gives a nil error", func(t *testing.T) {
		var v check.Validator
		v.Text("name", "Zoetermeer 2025", true, collab.MaxNameLength)
		assert.NoError(t, v.Err())
		assert.Zero(t, v.Len())
	})
	t.Run("messages name the offending value", func(t *testing.T) {
		var v check.Validator
		v.Range("urgency", 7, 1, 5)
		v.Enum("role", collab.Role(99), true)
		check.DateOrder(&v, "until", d("2021-01-01"), d("2020-12-31"), "the role began")
		v.Text("note", strings.Repeat("x", 11), false, 10)
		msgs := []string{}
		for _, p := range check.ProblemsOf(v.Err()) {
			msgs = append(msgs, p.Message)
		}
		assert.Equal(t, []string{
			"is 7, outside 1 to 5",
			"holds role(99), which is not a known value",
			"2020-12-31 is before the role began (2021-01-01)",
			"has 11 characters, more than the maximum of 10",
		}, msgs)
	})
	t.Run("EarlierIndex finds the first earlier element with the same key", func(t *testing.T) {
		xs := []string{"a", "b", "a", "a"}
		key := func(s *string) string { return *s }
		assert.Equal(t, -1, check.EarlierIndex(xs, 0, key))
		assert.Equal(t, -1, check.EarlierIndex(xs, 1, key))
		assert.Equal(t, 0, check.EarlierIndex(xs, 2, key))
		assert.Equal(t, 0, check.EarlierIndex(xs, 3, key))
	})
}

func TestEnumSetNamesUnknownAndRepeatedValues(t *testing.T) {
	var v check.Validator
	check.EnumSet(&v, "scope", []testEnum{1, 0, 1, 9}, "scope")
	assert.Equal(t, []pathCode{{"scope[1]", check.CodeRequired}, {"scope[2]", check.CodeDuplicate}, {"scope[3]", check.CodeUnknownValue}}, pathCodes(v.Err()))
}

// testEnum is an enum of two known values, 1 and 2.
type testEnum uint8

func (x testEnum) IsValid() bool { return x == 1 || x == 2 }
func (x testEnum) IsZero() bool  { return x == 0 }

func TestValidationStopsAtTheLimits(t *testing.T) {
	type item struct{ key int }
	keyOf := func(x *item) int { return x.key }
	tests := []struct {
		name  string
		build func(v *check.Validator)
		want  []string // path and code of each problem, in order
	}{
		{"a list past its maximum gets one too-many problem and its extra items are not checked", func(v *check.Validator) {
			xs := make([]item, 5)
			check.Items(v, "xs", xs, 2, func(i int, x *item) { v.Required("key", x.key == 0) })
		}, []string{"xs too-many", "xs[0].key required", "xs[1].key required"}},
		{"a long list finds its duplicates like a short one", func(v *check.Validator) {
			xs := make([]item, check.SmallList+10)
			for i := range xs {
				xs[i].key = i + 1
			}
			xs[check.SmallList+5].key = 7
			xs[check.SmallList+9].key = 7
			check.Items(v, "xs", xs, len(xs), func(i int, _ *item) { check.Unique(v, "key", xs, i, keyOf, "xs") })
		}, []string{"xs[1029].key duplicate", "xs[1033].key duplicate"}},
		{"a long list checked on two keys keeps the two apart", func(v *check.Validator) {
			xs := make([]item, check.SmallList+2)
			for i := range xs {
				xs[i].key = i + 1
			}
			byParity := func(x *item) int { return x.key%2 + 1 }
			check.Items(v, "xs", xs, len(xs), func(i int, _ *item) {
				check.Unique(v, "key", xs, i, keyOf, "xs")
				if i < 3 {
					check.Unique(v, "parity", xs, i, byParity, "xs")
				}
			})
		}, []string{"xs[2].parity duplicate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v check.Validator
			tt.build(&v)
			var got []string
			for _, p := range collab.ProblemsOf(v.Err()) {
				got = append(got, p.Path+" "+string(p.Code))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestProblemsBeyondTheMaximumAreCountedNotListed(t *testing.T) {
	var v check.Validator
	for range check.MaxProblems + 50 {
		v.Addf("x", check.CodeRequired, "is required")
	}
	var inner check.Validator
	for range check.MaxProblems + 7 {
		inner.Addf("y", check.CodeRequired, "is required")
	}
	v.AddError("inner", inner.Err())
	ps := collab.ProblemsOf(v.Err())
	require.Len(t, ps, check.MaxProblems+1)
	last := ps[len(ps)-1]
	assert.Equal(t, check.Problem{Code: check.CodeTooMany, Message: "157 more problems not listed"}, last,
		"50 of its own and the 107 of the inner validation that did not fit")
	assert.Equal(t, 2*check.MaxProblems+57, v.Len())

	t.Run("a list that fits is returned whole, without the closing problem", func(t *testing.T) {
		var v check.Validator
		v.AddError("inner", inner.Err())
		ps := collab.ProblemsOf(v.Err())
		require.Len(t, ps, check.MaxProblems+1)
		assert.Equal(t, "7 more problems not listed", ps[check.MaxProblems].Message)
		assert.Equal(t, "inner.y", ps[0].Path)
	})
}
