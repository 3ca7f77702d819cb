package collabtest_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// lenientParse reads strategies in any case, which the module's enums do
// not.
func lenientParse(s string) (collab.Strategy, error) { return collab.ParseStrategy(strings.ToLower(s)) }

// shared is handed out by sharedList every time.
var shared = collab.Strategies()

func sharedList() []collab.Strategy { return shared }

func TestEnumProblems(t *testing.T) {
	tests := []struct {
		name  string
		kind  string
		all   func() []collab.Strategy
		parse func(string) (collab.Strategy, error)
		words []string
		want  []string // a substring of each problem, in order
	}{
		{"an enum that keeps the contract has no problems",
			"strategy", collab.Strategies, collab.ParseStrategy, []string{"small-initiatives", "regional-vision", "combined"}, nil},
		{"a missing word is a wrong count",
			"strategy", collab.Strategies, collab.ParseStrategy, []string{"small-initiatives", "combined"},
			[]string{"strategy: all lists 3 values, want 2"}},
		{"a word out of order is named with the word it has",
			"strategy", collab.Strategies, collab.ParseStrategy, []string{"regional-vision", "small-initiatives", "combined"},
			[]string{`value 1 has the word "small-initiatives", want "regional-vision"`, `value 2 has the word "regional-vision", want "small-initiatives"`}},
		{"a parse that ignores case accepts the word in capitals",
			"strategy", collab.Strategies, lenientParse, []string{"small-initiatives", "regional-vision", "combined"},
			[]string{`parse("SMALL-INITIATIVES") gives <nil>`}},
		{"a list that the caller can change is not fresh",
			"strategy", sharedList, collab.ParseStrategy, []string{"small-initiatives", "regional-vision", "combined"},
			[]string{"changing the list that all returns changes the next one"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collabtest.EnumProblems[collab.Strategy](tt.kind, tt.all, tt.parse, tt.words...)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			if assert.Len(t, got, len(tt.want), "%q", got) {
				for i, w := range tt.want {
					assert.Contains(t, got[i], w)
				}
			}
		})
	}
	t.Run("an enum named by another kind is refused in every message", func(t *testing.T) {
		got := collabtest.EnumProblems[collab.Strategy]("approach", collab.Strategies, collab.ParseStrategy,
			"small-initiatives", "regional-vision", "combined")
		assert.Contains(t, strings.Join(got, "\n"), `approach: parse("") gives empty strategy`)
		assert.Contains(t, strings.Join(got, "\n"), `the value 4 out of range has the String "strategy(4)", want "approach(4)"`)
	})
}

func TestCheckEnumPassesAnEnumOfTheModule(t *testing.T) {
	collabtest.CheckEnum(t, "mechanism", collab.Mechanisms, collab.ParseMechanism,
		"urgency", "strategy", "actors", "regulatory-leeway", "infrastructure")
}
