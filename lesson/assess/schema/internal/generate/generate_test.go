package generate

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

type withMap struct {
	Counts map[string]int `json:"counts"`
}

type withIntKeys struct {
	ByYear map[int]string `json:"byYear"`
}

type withInterface struct {
	Anything any `json:"anything"`
}

type withStringOption struct {
	N int `json:"n,string"`
}

type withBytes struct {
	Raw []byte `json:"raw"`
}

type inner struct {
	Shared string `json:"shared"`
}

type outer struct {
	inner
	Own     string         `json:"own,omitempty"`
	Skipped string         `json:"-"`
	NoTag   bool           //nolint:unused // exercised by reflection
	Next    *outer         `json:"next,omitzero"`
	Level   collab.Level   `json:"level"`
	When    collab.Date    `json:"when"`
	Levels  []collab.Level `json:"levels"`
}

// plainByte has a MarshalText that accepts zero, so it is no enum.
type plainByte uint8

func (plainByte) MarshalText() ([]byte, error) { return []byte("x"), nil }

type withPlainByte struct {
	B plainByte `json:"b"`
}

func TestUnsupportedTypesAreErrors(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
	}{
		{"a map with int keys", reflect.TypeFor[withIntKeys]()},
		{"an interface", reflect.TypeFor[withInterface]()},
		{"the ,string option", reflect.TypeFor[withStringOption]()},
		{"a byte slice", reflect.TypeFor[withBytes]()},
		{"a byte type whose zero marshals", reflect.TypeFor[withPlainByte]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Document(tt.typ, "x", "t", "d")
			assert.Error(t, err)
		})
	}
}

func TestStructsFollowEncodingJSON(t *testing.T) {
	b, err := Document(reflect.TypeFor[outer](), "x", "t", "d")
	require.NoError(t, err)
	var doc struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Enum       []string                   `json:"enum"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	o := doc.Defs["generate.outer"]
	assert.ElementsMatch(t, []string{"shared", "own", "NoTag", "next", "level", "when", "levels"}, keys(o.Properties),
		"embedded fields are promoted, - is skipped, an untagged field keeps its Go name")
	assert.Equal(t, []string{"shared", "NoTag", "level", "when", "levels"}, o.Required)
	assert.JSONEq(t, `{"anyOf": [{"$ref": "#/$defs/generate.outer"}, {"type": "null"}]}`, string(o.Properties["next"]), "a recursive pointer refers back")
	assert.Equal(t, []string{"executive", "manager", "professional"}, doc.Defs["collab.Level"].Enum)

	m, err := Document(reflect.TypeFor[withMap](), "x", "t", "d")
	require.NoError(t, err)
	assert.Contains(t, string(m), `"additionalProperties": {`)
}

func keys(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
