package demo_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantNames are the demos in the order All must return them.
var wantNames = []string{
	"zoetermeer-2025",
	"west-brabant",
	"friesland",
	"achterhoek-anw",
	"single-person-initiative",
	"no-zorgkantoor",
	"midden-ijssel",
	"midden-ijssel-voortgang",
}

func names(ds []demo.Demo) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Name
	}
	return out
}

func TestAllReturnsEveryDemoInAFixedOrder(t *testing.T) {
	assert.Equal(t, wantNames, names(demo.All()))
	assert.Equal(t, names(demo.All()), names(demo.All()))
}

func TestEveryCaseFileHasADemoAndEveryDemoAFile(t *testing.T) {
	entries, err := os.ReadDir("cases")
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		require.Equal(t, ".json", filepath.Ext(e.Name()), "cases/ holds only case files")
		files = append(files, strings.TrimSuffix(e.Name(), ".json"))
	}
	want := slices.Clone(wantNames)
	slices.Sort(want)
	slices.Sort(files)
	assert.Equal(t, want, files)
}

func TestEveryDemoDecodesValidatesAndReencodesByteIdentically(t *testing.T) {
	for _, d := range demo.All() {
		t.Run(d.Name, func(t *testing.T) {
			raw, ok := demo.LookupJSON(d.Name)
			require.True(t, ok)

			var c assess.Case
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&c))
			require.NoError(t, c.Validate())

			out, err := json.MarshalIndent(&c, "", "  ")
			require.NoError(t, err)
			out = append(out, '\n')
			assert.Equal(t, string(raw), string(out), "the file is not what MarshalIndent writes for its case")

			assert.Equal(t, c, d.Case, "All decodes the same case as the file holds")
		})
	}
}

func TestEveryDemoHasATitleAnAsOfDateAndAnEvaluation(t *testing.T) {
	for _, d := range demo.All() {
		t.Run(d.Name, func(t *testing.T) {
			assert.NotEmpty(t, d.Title.EN)
			assert.NotEmpty(t, d.Title.NL)
			require.False(t, d.AsOf.IsZero())
			assert.False(t, d.AsOf.Before(d.Case.Collaboration.Started), "assessed before the collaboration started")
			r, err := assess.Evaluate(&d.Case, d.AsOf)
			require.NoError(t, err)
			assert.Len(t, r.Mechanisms, 5)
		})
	}
}

func TestEveryDemoSaysWhatIsIllustrative(t *testing.T) {
	for _, d := range demo.All() {
		assert.Contains(t, d.Case.Collaboration.Notes, "Illustrative:", d.Name)
	}
}

func TestEveryDemoFileUsesItsOwnIDs(t *testing.T) {
	// Each demo is self-contained: its projects belong to its own
	// collaboration, and no two demos share a collaboration.
	seen := map[string]string{}
	for _, d := range demo.All() {
		id := d.Case.Collaboration.ID.String()
		if other, dup := seen[id]; dup {
			t.Errorf("%s and %s share the collaboration %s", other, d.Name, id)
		}
		seen[id] = d.Name
		for i, p := range d.Case.Projects {
			assert.Equal(t, d.Case.Collaboration.ID, p.Collaboration, "%s: projects[%d]", d.Name, i)
		}
	}
}

func TestWestBrabantHasTheZorgkantoorAndFourteenProviders(t *testing.T) {
	d, ok := demo.Lookup("west-brabant")
	require.True(t, ok)
	providers, zorgkantoor := 0, 0
	for _, s := range d.Case.Stakeholders {
		switch s.Role {
		case collab.RoleNursingHomeCare:
			providers++
		case collab.RoleZorgkantoor:
			zorgkantoor++
		}
	}
	assert.Equal(t, 14, providers)
	assert.Equal(t, 1, zorgkantoor)
}

func TestLookupAndJSONReportAnUnknownName(t *testing.T) {
	for _, name := range []string{"", "nope", "West-Brabant", "west-brabant.json", "../demo"} {
		_, ok := demo.Lookup(name)
		assert.False(t, ok, "Lookup(%q)", name)
		b, ok := demo.LookupJSON(name)
		assert.False(t, ok, "JSON(%q)", name)
		assert.Nil(t, b)
	}
}

func TestJSONReturnsTheEmbeddedFileAsIs(t *testing.T) {
	for _, name := range wantNames {
		want, err := fs.ReadFile(os.DirFS("cases"), name+".json")
		require.NoError(t, err)
		got, ok := demo.LookupJSON(name)
		require.True(t, ok)
		assert.Equal(t, want, got, name)
		assert.Equal(t, byte('\n'), got[len(got)-1], "%s ends in a newline", name)
	}
}

func TestCallersMayChangeWhatTheyGet(t *testing.T) {
	a := demo.All()
	a[1].Case.Stakeholders[0].Name = "changed"
	a[1].Case.Collaboration.Members = nil
	b, _ := demo.Lookup(a[1].Name)
	assert.NotEqual(t, "changed", b.Case.Stakeholders[0].Name)
	assert.NotEmpty(t, b.Case.Collaboration.Members)

	raw, _ := demo.LookupJSON("west-brabant")
	raw[0] = 'X'
	again, _ := demo.LookupJSON("west-brabant")
	assert.Equal(t, byte('{'), again[0])
}

func TestLookupMatchesAll(t *testing.T) {
	for _, d := range demo.All() {
		got, ok := demo.Lookup(d.Name)
		require.True(t, ok, d.Name)
		assert.Equal(t, d, got)
	}
}
