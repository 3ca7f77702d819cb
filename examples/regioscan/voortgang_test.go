package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// progressCase is a case whose portfolio has the shape of the sources'
// progress report: five of the eight projects of 2019 about the inflow of
// new staff, one of the ten of 2020; and a project that stalled in 2021.
var progressCase = filepath.Join("testdata", "progress-midden-ijssel.json")

func TestProgressShowsTheThemeShiftOfTheSources(t *testing.T) {
	r := runWith(t, nil, "progress", "-lang", "nl", "-asof", "2022-06-21", "-from", "2019", "-to", "2020", progressCase)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "Hoe de thema's verschoven van 2019 naar 2020")
	assert.Regexp(t, `Gedaald:\n    Instroom van nieuw personeel +62,5% -> +10,0%\n`, r.stdout, "staff inflow falls first and furthest")
	assert.Contains(t, r.stdout, `"Gedeelde flexpool" staat sinds 1 maart 2021 (15 maanden) in fase pilot`, "a stalled project by name")
	golden(t, "progress-midden-ijssel-nl.txt", r.stdout)
}

func TestProgressOnTheBuiltInDemoShowsTheThemeShiftOfTheSources(t *testing.T) {
	path, asOf := dumpDemo(t, "midden-ijssel-voortgang")
	r := runWith(t, nil, "progress", "-lang", "nl", "-asof", asOf, "-from", "2019", "-to", "2020", path)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Regexp(t, `Gedaald:\n    Instroom van nieuw personeel +62,5% -> +10,0%\n`, r.stdout, "staff inflow falls first and furthest")
	assert.Contains(t, r.stdout, "Technologie", "technology among the rising themes")
	assert.Contains(t, r.stdout, `"Gedeelde flexpool" staat sinds 1 maart 2021`, "the stalled project by name")
}

func TestProgressWritesJSONAndHTML(t *testing.T) {
	r := runWith(t, nil, "progress", "-format", "json", "-asof", "2022-06-21", progressCase)
	require.Equal(t, exitOK, r.code, r.stderr)
	var p struct {
		Shift struct {
			From, To int
		}
		Stalled []struct{ Title string }
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &p))
	assert.Equal(t, 2019, p.Shift.From, "by default the first year with projects")
	assert.Equal(t, 2022, p.Shift.To, "and the last")
	require.Len(t, p.Stalled, 1)
	assert.Equal(t, "Gedeelde flexpool", p.Stalled[0].Title)

	r = runWith(t, nil, "progress", "-format", "html", "-lang", "nl", "-asof", "2022-06-21", "-from", "2019", "-to", "2020", progressCase)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "<!DOCTYPE html>"))
	assert.Contains(t, r.stdout, `<svg xmlns="http://www.w3.org/2000/svg"`)
	assert.Contains(t, r.stdout, "<th scope=\"row\">Instroom van nieuw personeel</th><td class=\"num\">62,5%</td><td class=\"num\">10,0%</td>")
}

func TestProgressRefusesAnInvalidCase(t *testing.T) {
	path := writeFile(t, "bad.json", `{"collaboration": {}}`)
	r := runWith(t, nil, "progress", "-asof", "2022-06-21", path)
	assert.Equal(t, exitInvalid, r.code)
	assert.Contains(t, r.stderr, "no report written")
	assert.Empty(t, r.stdout)
}
