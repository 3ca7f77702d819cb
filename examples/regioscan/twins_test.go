package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twinRegions returns, per region of a weak case, the regions of its twins
// over every mechanism, as regioscan twins -format json gives them.
func twinRegions(t *testing.T, stdout string) map[string][]string {
	t.Helper()
	var suggestions []assess.TwinSuggestion
	require.NoError(t, json.Unmarshal([]byte(stdout), &suggestions))
	out := map[string][]string{}
	for _, s := range suggestions {
		for _, tw := range s.Twins {
			out[s.Region] = append(out[s.Region], tw.Region)
		}
	}
	return out
}

func TestTwinsOnTheDemosSuggestsWestBrabantForFriesland(t *testing.T) {
	r := runWith(t, nil, "twins", "-format", "json")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stderr)
	assert.Contains(t, twinRegions(t, r.stdout)["friesland"], "west-brabant")

	text := runWith(t, nil, "twins", "-max", "1")
	require.Equal(t, exitOK, text.code, text.stderr)
	// Friesland's programmes deliver, so it is no longer weak on strategy;
	// it is developing on involving actors in time, where West-Brabant, whose
	// approach it copied, leads.
	assert.Contains(t, text.stdout, "Regionale samenwerking ouderenzorg Friesland (friesland): Involving relevant actors in time 45, developing\n"+
		"  1. Regionale samenwerking verpleeghuiszorg West-Brabant (west-brabant): 95, strong")
	golden(t, "twins-demos.txt", text.stdout)
}

func TestTwinsReadsTheFilesThatDemoDumpWrites(t *testing.T) {
	dir := t.TempDir()
	require.Equal(t, exitOK, runWith(t, nil, "demo", "-dump", dir).code)
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	require.Len(t, files, len(demo.All()))

	args := append([]string{"twins", "-format", "json", "-asof", "2022-06-21"}, files...)
	r := runWith(t, nil, args...)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, twinRegions(t, r.stdout)["friesland"], "west-brabant")

	// One case from standard input beside one file: the same pair.
	data, _ := demo.LookupJSON("friesland")
	r = runWith(t, bytes.NewReader(data), "twins", "-format", "json", "-asof", "2022-06-21", "-", filepath.Join(dir, "west-brabant.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, twinRegions(t, r.stdout)["friesland"], "west-brabant")
}

func TestTwinsInDutchWritesDutchReasons(t *testing.T) {
	a, _ := dumpDemo(t, "friesland")
	b, _ := dumpDemo(t, "west-brabant")
	r := runWith(t, nil, "twins", "-lang", "nl", "-asof", "2022-06-21", a, b)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "Lessen: ")
	assert.Contains(t, r.stdout, "zorgkantoorregio")
	assert.NotContains(t, r.stdout, "Lessons: ")
}

func TestTwinsWithNothingToSuggest(t *testing.T) {
	path, asOf := dumpDemo(t, "west-brabant")
	r := runWith(t, nil, "twins", "-asof", asOf, path)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "No twins to suggest: no case is weak on a mechanism on which another case is strong.\n", r.stdout)

	r = runWith(t, nil, "twins", "-format", "json", "-asof", asOf, path)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "[]\n", r.stdout, "JSON output is always an array")
}

func TestTwinsSuggestsNothingWhenAFileIsBad(t *testing.T) {
	good, _ := dumpDemo(t, "west-brabant")
	bad := writeFile(t, "bad.json", `{"stakeholders": 5}`)
	r := runWith(t, nil, "twins", "-asof", "2022-06-21", good, bad)
	assert.Equal(t, exitInvalid, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, bad+":1:18: stakeholders: holds a JSON number where a list [...] is wanted [bad-format]\n"+
		strings.ReplaceAll(missingCollaboration, "FILE", bad)+
		"regioscan twins: 1 of 2 files has problems; nothing suggested\n", r.stderr)
}

func TestTwinsWithOnlyTheUsersFileSuggestsARegionFromTheBuiltInCases(t *testing.T) {
	path, asOf := dumpDemo(t, "friesland")
	r := runWith(t, nil, "twins", "-format", "json", "-asof", asOf, path)
	require.Equal(t, exitOK, r.code, r.stderr)
	regions := twinRegions(t, r.stdout)
	assert.Contains(t, regions["friesland"], "west-brabant", "the built-in West-Brabant is Friesland's twin")
	assert.Len(t, regions, 1, "only the file's suggestions are shown, not those of the built-in cases")

	r = runWith(t, nil, "twins", "-format", "json", "-no-demos", "-asof", asOf, path)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Equal(t, "[]\n", r.stdout, "-no-demos compares the files only with each other")
}
