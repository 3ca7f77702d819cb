package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
)

// canonicalID matches a UUID as the generator writes it.
var canonicalID = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// spot is one value of a decoded document, with a way to replace it.
type spot struct {
	path  string
	value any
	set   func(any)
	// rename renames the key that holds the value (nil in a list).
	rename func(string)
	// parent is the object that holds the value, if any.
	parent map[string]any
}

// spots lists every value of the document below v, in a fixed order.
func spots(v any, path string, set func(any), rename func(string), parent map[string]any, out *[]spot) {
	*out = append(*out, spot{path: path, value: v, set: set, rename: rename, parent: parent})
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			spots(v[k], path+"."+k, func(x any) { v[k] = x }, func(n string) { v[n] = v[k]; delete(v, k) }, v, out)
		}
	case []any:
		for i := range v {
			spots(v[i], fmt.Sprintf("%s[%d]", path, i), func(x any) { v[i] = x }, nil, nil, out)
		}
	}
}

// mutation changes one spot of a document in a way the schema has a
// word on; it reports false when it does not apply to the spot.
type mutation struct {
	name  string
	apply func(s spot) bool
}

var mutations = []mutation{
	{"a field name in upper case", func(s spot) bool {
		if s.rename == nil {
			return false
		}
		k := s.path[strings.LastIndexByte(s.path, '.')+1:]
		s.rename(strings.ToUpper(k))
		return true
	}},
	{"a field the schema does not know", func(s spot) bool {
		if s.parent == nil {
			return false
		}
		s.parent["remark"] = "extra"
		return true
	}},
	{"null", func(s spot) bool { s.set(nil); return true }},
	{"a number for the value", func(s spot) bool { s.set(json.Number("7")); return true }},
	{"a list for a value that is not one", func(s spot) bool {
		if _, ok := s.value.([]any); ok {
			return false
		}
		s.set([]any{})
		return true
	}},
	// An empty object where there is one would lack required fields, which
	// Validate reports rather than the decoder.
	{"an object for a value that is not one", func(s spot) bool {
		if _, ok := s.value.(map[string]any); ok {
			return false
		}
		s.set(map[string]any{})
		return true
	}},
	{"a UUID in braces", func(s spot) bool { return reformatID(s, func(id string) string { return "{" + id + "}" }) }},
	{"a UUID as a URN", func(s spot) bool { return reformatID(s, func(id string) string { return "urn:uuid:" + id }) }},
	{"a UUID without hyphens", func(s spot) bool {
		return reformatID(s, func(id string) string { return strings.ReplaceAll(id, "-", "") })
	}},
	{"a UUID in upper case", func(s spot) bool { return reformatID(s, strings.ToUpper) }},
}

func reformatID(s spot, f func(string) string) bool {
	id, ok := s.value.(string)
	if !ok || !canonicalID.MatchString(id) {
		return false
	}
	s.set(f(id))
	return true
}

// TestTheDecoderAndTheSchemaAgreeOnMutatedDocuments runs generated cases,
// each changed in one place, through both collab.Decode (reading, not
// validating) and the case schema, and finds them agreeing on whether
// the document can be read: the decoder is as strict as the schema, and
// the schema as strict as the decoder, on what both look at (shape,
// names, types, null, the form of IDs, enum words).
func TestTheDecoderAndTheSchemaAgreeOnMutatedDocuments(t *testing.T) {
	s := compile(t, caseURL)
	r := rand.New(rand.NewPCG(16, 2))
	runs := 600
	if testing.Short() {
		runs = 100
	}
	tried := map[string]int{}
	for run := range runs {
		c := assesstest.Case(uint64(run%40), 3+run%6, run%4)
		doc, err := json.Marshal(&c)
		require.NoError(t, err)
		var root any
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		require.NoError(t, dec.Decode(&root))
		var all []spot
		spots(root, "", func(x any) { root = x }, nil, nil, &all)
		m := mutations[r.IntN(len(mutations))]
		at := all[r.IntN(len(all))]
		if !m.apply(at) {
			continue
		}
		tried[m.name]++
		mutated, err := json.Marshal(root)
		require.NoError(t, err)

		schemaErr := validate(s, mutated)
		decodeErr := collab.Decode(bytes.NewReader(mutated), new(assess.Case), 0)
		if (schemaErr == nil) != (decodeErr == nil) {
			t.Errorf("%s at %q: the schema says %v, the decoder %v", m.name, at.path, schemaErr, decodeErr)
		}
	}
	for _, m := range mutations {
		assert.Positive(t, tried[m.name], "mutation %q was never tried", m.name)
	}
}
