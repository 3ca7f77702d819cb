package collabtest_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// colour is an enum built the way the module builds its enums.
type colour uint8

var colours = check.NewEnum[colour]("colour",
	check.EnumValue{Word: "red", Label: collab.Text{EN: "Red", NL: "Rood"}},
	check.EnumValue{Word: "green", Label: collab.Text{EN: "Green", NL: "Groen"},
		About: collab.Text{EN: "The colour of grass.", NL: "De kleur van gras."}},
)

func colours_() []colour                           { return colours.All() }
func parseColour(s string) (colour, error)         { return colours.Parse(s) }
func (c colour) String() string                    { return colours.String(c) }
func (c colour) IsValid() bool                     { return colours.Valid(c) }
func (c colour) IsZero() bool                      { return c == 0 }
func (c colour) Label(lang collab.Language) string { return colours.Label(c, lang) }
func (c colour) About(lang collab.Language) string { return colours.About(c, lang) }
func (c colour) MarshalText() ([]byte, error)      { return colours.Marshal(c) }
func (c *colour) UnmarshalText(b []byte) error     { return colours.Unmarshal(b, c) }

// lenientParse reads words in any case, which the module's enums do not.
func lenientParse(s string) (colour, error) { return colours.Parse(strings.ToLower(s)) }

// sharedList hands out the same slice every time.
var shared = colours.All()

func sharedList() []colour { return shared }

func TestEnumProblems(t *testing.T) {
	tests := []struct {
		name  string
		kind  string
		all   func() []colour
		parse func(string) (colour, error)
		words []string
		want  []string // a substring of each problem, in order
	}{
		{"an enum that keeps the contract has no problems",
			"colour", colours_, parseColour, []string{"red", "green"}, nil},
		{"a missing word is a wrong count",
			"colour", colours_, parseColour, []string{"red"},
			[]string{"colour: all lists 2 values, want 1"}},
		{"a word out of order is named with the word it has",
			"colour", colours_, parseColour, []string{"green", "red"},
			[]string{`value 1 has the word "red", want "green"`, `value 2 has the word "green", want "red"`}},
		{"a parse that ignores case accepts the word in capitals",
			"colour", colours_, lenientParse, []string{"red", "green"},
			[]string{`parse("RED") gives <nil>`}},
		{"a list that the caller can change is not fresh",
			"colour", sharedList, parseColour, []string{"red", "green"},
			[]string{"changing the list that all returns changes the next one"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collabtest.EnumProblems[colour](tt.kind, tt.all, tt.parse, tt.words...)
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
		got := collabtest.EnumProblems[colour]("color", colours_, parseColour, "red", "green")
		assert.Contains(t, strings.Join(got, "\n"), `color: parse("") gives empty colour`)
		assert.Contains(t, strings.Join(got, "\n"), `the value 3 out of range has the String "colour(3)", want "color(3)"`)
	})
}

func TestEveryModuleEnumKeepsTheContract(t *testing.T) {
	collabtest.CheckEnum(t, "mechanism", collab.Mechanisms, collab.ParseMechanism,
		"urgency", "strategy", "actors", "regulatory-leeway", "infrastructure")
}
