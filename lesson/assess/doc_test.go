package assess_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/require"
)

// TestTheCaseFileInThePackageDocsIsValid keeps the complete example of the
// case format in doc.go honest: it must decode strictly, validate and
// evaluate.
func TestTheCaseFileInThePackageDocsIsValid(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	doc := string(src)
	start := strings.Index(doc, "# The case")
	end := strings.Index(doc, "// Dates are")
	require.True(t, start >= 0 && end > start, "doc.go lost its case example")
	var js strings.Builder
	for _, line := range strings.Split(doc[start:end], "\n") {
		if rest, ok := strings.CutPrefix(line, "//\t"); ok {
			js.WriteString(rest + "\n")
		}
	}
	dec := json.NewDecoder(strings.NewReader(js.String()))
	dec.DisallowUnknownFields()
	var c assess.Case
	require.NoError(t, dec.Decode(&c))
	require.NoError(t, c.Validate())
	r, err := assess.Evaluate(&c, collab.MustParseDate("2021-06-01"))
	require.NoError(t, err)
	require.Len(t, r.Mechanisms, 5)
}
