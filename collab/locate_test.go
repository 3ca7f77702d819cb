package collab_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const locateDoc = `{
  "stakeholders": [
    {"id": "a", "name": "Zorg Oost", "role": "provider"},
    {
      "id": "b",
      "name": "Menzis",
      "role": "zorgkantor"
    }
  ],
  "collaboration": {"name": "Oost", "members": [{}]}
}`

// Locate turns the path of a problem into the line and column where an
// editor should jump.
func ExampleLocate() {
	doc := []byte("{\n  \"stakeholders\": [\n    {\"name\": \"Menzis\", \"role\": \"zorgkantor\"}\n  ]\n}")
	line, col, ok := collab.Locate(doc, "stakeholders[0].role")
	fmt.Println(line, col, ok)
	// Output: 3 32 true
}

func TestLocate(t *testing.T) {
	tests := []struct {
		name, path string
		line, col  int
	}{
		{"the whole document is at its first character", "", 1, 1},
		{"a field in a list item on one line is at its value", "stakeholders[0].role", 3, 46},
		{"a field on a line of its own is at its value", "stakeholders[1].role", 7, 15},
		{"a list item is at its opening brace", "stakeholders[1]", 4, 5},
		{"a missing field is at the object that should hold it", "collaboration.members[0].joined", 10, 49},
		{"a missing list item is at the list", "stakeholders[5].id", 2, 19},
		{"a field of the root that is missing is at the document", "projects", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col, ok := collab.Locate([]byte(locateDoc), tt.path)
			require.True(t, ok)
			assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col})
		})
	}
	t.Run("a byte order mark is not counted", func(t *testing.T) {
		line, col, ok := collab.Locate([]byte("\uFEFF"+locateDoc), "stakeholders[1].role")
		require.True(t, ok)
		assert.Equal(t, [2]int{7, 15}, [2]int{line, col})
	})
	t.Run("characters beyond ASCII count once", func(t *testing.T) {
		line, col, ok := collab.Locate([]byte(`{"naam": "Zoë", "x": 1}`), "x")
		require.True(t, ok)
		assert.Equal(t, [2]int{1, 22}, [2]int{line, col})
	})
	t.Run("an empty document has no place", func(t *testing.T) {
		_, _, ok := collab.Locate(nil, "x")
		assert.False(t, ok)
	})
	t.Run("a document cut off keeps what was found before the cut", func(t *testing.T) {
		line, col, ok := collab.Locate([]byte("{\n \"a\": [1,\n 2,"), "a[1]")
		require.True(t, ok)
		assert.Equal(t, [2]int{3, 2}, [2]int{line, col})
	})
	t.Run("nesting beyond the limit does not overflow", func(t *testing.T) {
		doc := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
		_, _, ok := collab.Locate([]byte(doc), "[0]")
		assert.True(t, ok)
	})
}

func TestWithPositions(t *testing.T) {
	t.Run("every problem of a decoded document gets its line and column", func(t *testing.T) {
		err := collab.Problems{
			{Path: "stakeholders[1].role", Code: collab.CodeUnknownValue, Message: "m"},
			{Path: "", Code: collab.CodeBadFormat, Message: "whole"},
			{Path: "collaboration.members[0].joined", Code: collab.CodeRequired, Message: "is required"},
		}
		got := collab.WithPositions([]byte(locateDoc), err)
		assert.Equal(t, []collab.Problem{
			{Path: "stakeholders[1].role", Code: collab.CodeUnknownValue, Message: "m", Line: 7, Column: 15},
			{Path: "", Code: collab.CodeBadFormat, Message: "whole"},
			{Path: "collaboration.members[0].joined", Code: collab.CodeRequired, Message: "is required", Line: 10, Column: 49},
		}, collab.ProblemsOf(got))
		assert.Zero(t, err[0].Line, "the problems given are not changed")
	})
	t.Run("an error that is no problem is returned as it is", func(t *testing.T) {
		e := errors.New("disk full")
		assert.Same(t, e, collab.WithPositions([]byte(locateDoc), e))
		assert.NoError(t, collab.WithPositions([]byte(locateDoc), nil))
	})
}
