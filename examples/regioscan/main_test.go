package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// result is what one run of regioscan gave.
type result struct {
	stdout, stderr string
	code           int
}

// runWith runs regioscan in-process with args and stdin.
func runWith(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errs bytes.Buffer
	code := run(args, stdin, &out, &errs)
	assert.NotContains(t, errs.String(), "goroutine ", "never a stack trace")
	assert.NotContains(t, errs.String(), "panic", "never a panic")
	return result{out.String(), errs.String(), code}
}

// golden compares got with the file testdata/name, or rewrites the file
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./examples/regioscan -update to create it")
	assert.Equal(t, string(want), got, "differs from %s; if the change is intended, run go test ./examples/regioscan -update", path)
}

// dumpDemo writes the named demo's case file into a temporary directory
// and returns its path and the demo's date.
func dumpDemo(t *testing.T, name string) (string, string) {
	t.Helper()
	d, ok := demo.Lookup(name)
	require.True(t, ok, name)
	data, ok := demo.LookupJSON(name)
	require.True(t, ok)
	path := filepath.Join(t.TempDir(), name+".json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path, d.AsOf.String()
}

// writeFile writes content to name in a temporary directory and returns
// the path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestTheDemosAreEnoughForTheMainJob(t *testing.T) {
	demos := demo.All()
	require.GreaterOrEqual(t, len(demos), 5, "at least five demo cases")
	withZorgkantoor := 0
	for _, d := range demos {
		for _, s := range d.Case.Stakeholders {
			if s.Role == collab.RoleZorgkantoor {
				withZorgkantoor++
				break
			}
		}
	}
	assert.Positive(t, withZorgkantoor, "at least one demo has a zorgkantoor")
}

func TestNoArgumentsSummarisesTheDemos(t *testing.T) {
	r := runWith(t, nil)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stderr)
	for _, d := range demo.All() {
		assert.Contains(t, r.stdout, "["+d.Name+"]", "every demo is summarised")
	}
	assert.Contains(t, r.stdout, "Main findings")
	assert.Contains(t, r.stdout, "Next step:")
	golden(t, "summary.txt", r.stdout)

	assert.Equal(t, r, runWith(t, nil, "demo"), "no arguments is the demo command")
}

func TestDemoInDutchAndAsJSON(t *testing.T) {
	nl := runWith(t, nil, "demo", "-lang", "nl", "friesland", "no-zorgkantoor")
	require.Equal(t, exitOK, nl.code, nl.stderr)
	assert.Contains(t, nl.stdout, "Belangrijkste bevindingen")
	golden(t, "demo-nl.txt", nl.stdout)

	js := runWith(t, nil, "demo", "-format", "json")
	require.Equal(t, exitOK, js.code, js.stderr)
	var reports []assess.Report
	require.NoError(t, json.Unmarshal([]byte(js.stdout), &reports))
	assert.Len(t, reports, len(demo.All()))
	golden(t, "demos.json", js.stdout)

	full := runWith(t, nil, "demo", "-full", "west-brabant")
	require.Equal(t, exitOK, full.code, full.stderr)
	assert.Contains(t, full.stdout, "Strengths", "the full report, not the summary")
}

func TestAssessJSONOnADemo(t *testing.T) {
	data, ok := demo.LookupJSON("west-brabant")
	require.True(t, ok)
	d, _ := demo.Lookup("west-brabant")
	r := runWith(t, bytes.NewReader(data), "assess", "-format", "json", "-asof", d.AsOf.String(), "-")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stderr)
	var report assess.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &report), "one file gives one report object")
	assert.Equal(t, d.Case.Collaboration.Name, report.Name)
	golden(t, "assess-west-brabant.json", r.stdout)

	a, _ := dumpDemo(t, "friesland")
	b, _ := dumpDemo(t, "achterhoek-anw")
	r = runWith(t, nil, "assess", "-format", "json", "-asof", "2022-06-21", a, b)
	require.Equal(t, exitOK, r.code, r.stderr)
	var reports []assess.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &reports), "several files give an array")
	assert.Len(t, reports, 2)
}

func TestAssessTextOnADemo(t *testing.T) {
	path, asOf := dumpDemo(t, "friesland")
	r := runWith(t, nil, "assess", "-asof", asOf, "-lang", "nl", path)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "Bevindingen")
	golden(t, "assess-friesland-nl.txt", r.stdout)
}

func TestAssessDefaultsToToday(t *testing.T) {
	path, _ := dumpDemo(t, "midden-ijssel")
	a := testApp(false)
	a.today = func() collab.Date { return collab.MustParseDate("2023-01-15") }
	var out, errs bytes.Buffer
	code := a.run([]string{"assess", "-format", "json", path}, nil, &out, &errs)
	require.Equal(t, exitOK, code, errs.String())
	var report assess.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &report))
	assert.Equal(t, "2023-01-15", report.AsOf.String())
}

func TestAssessHTMLHoldsOneChartWithFiveAxesPerCase(t *testing.T) {
	var files []string
	for _, name := range []string{"zoetermeer-2025", "west-brabant", "single-person-initiative"} {
		path, _ := dumpDemo(t, name)
		files = append(files, path)
	}
	out := filepath.Join(t.TempDir(), "report.html")
	args := append([]string{"assess", "-format", "html", "-lang", "nl", "-asof", "2022-06-21", "-o", out}, files...)
	r := runWith(t, nil, args...)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stdout, "-o writes to the file, not to standard output")
	page, err := os.ReadFile(out)
	require.NoError(t, err)

	// The page is well-formed XML; count the charts and their axes.
	dec := xml.NewDecoder(bytes.NewReader(page))
	var charts, axes []int
	inChart := false
	lang := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch el := tok.(type) {
		case xml.StartElement:
			switch {
			case el.Name.Local == "html":
				for _, at := range el.Attr {
					if at.Name.Local == "lang" {
						lang = at.Value
					}
				}
			case el.Name.Local == "svg" && slices.ContainsFunc(el.Attr, func(a xml.Attr) bool { return a.Name.Local == "class" && a.Value == "radar" }):
				charts = append(charts, len(charts))
				axes = append(axes, 0)
				inChart = true
			case el.Name.Local == "line" && inChart:
				for _, at := range el.Attr {
					if at.Name.Local == "class" && at.Value == "axis" {
						axes[len(axes)-1]++
					}
				}
			}
		case xml.EndElement:
			if el.Name.Local == "svg" {
				inChart = false
			}
		}
	}
	assert.Equal(t, "nl", lang)
	assert.Len(t, charts, len(files), "one chart per case")
	for i, n := range axes {
		assert.Equal(t, 5, n, "chart %d has five axes", i+1)
	}
}

func TestBadInputNamesTheFileAndThePlace(t *testing.T) {
	valid, _ := demo.LookupJSON("friesland")
	doc := string(valid)
	require.Contains(t, doc, `"role": "zorgkantoor"`)
	require.Contains(t, doc, `"members": [`)
	dir := t.TempDir()
	tests := []struct {
		name     string
		file     string // written into dir unless missing
		content  string
		missing  bool
		contains []string
	}{
		{name: "a truncated file", file: "truncated.json", content: doc[:len(doc)/2],
			contains: []string{"truncated.json:", "cut off", "[bad-format]"}},
		{name: "a wrong JSON type", file: "members-number.json", content: strings.Replace(doc, `"members": [`, `"members": 5, "x": [`, 1),
			contains: []string{"members-number.json:", ": collaboration.members: holds a JSON number where a list", "[bad-format]"}},
		{name: "an unknown role word", file: "role.json", content: strings.Replace(doc, `"role": "zorgkantoor"`, `"role": "zorgverzekeraar"`, 1),
			contains: []string{"role.json:", ": stakeholders[", "].role: unknown role \"zorgverzekeraar\"", "[unknown-value]"}},
		{name: "a file that is not JSON", file: "notes.txt", content: "Friesland, June 2022: meeting notes\n",
			contains: []string{"notes.txt:1:1: is not valid JSON at line 1, column 1", "[bad-format]"}},
		{name: "a missing file", file: "nowhere.json", missing: true,
			contains: []string{"nowhere.json: cannot open: no such file"}},
		{name: "an empty file", file: "empty.json", content: "",
			contains: []string{"empty.json: is empty", "[bad-format]"}},
		{name: "an unknown field", file: "field.json", content: strings.Replace(doc, `"members": [`, `"memberz": [`, 1),
			contains: []string{"field.json:", ": collaboration.memberz: \"memberz\" is not a known field; did you mean \"members\"?"}},
		{name: "a well-formed but invalid case", file: "invalid.json", content: strings.Replace(doc, `"region": "friesland"`, `"region": "atlantis"`, 1),
			contains: []string{"invalid.json:", ": collaboration.region: ", "atlantis", "[dangling-reference]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if !tt.missing {
				require.NoError(t, os.WriteFile(path, []byte(tt.content), 0o644))
			}
			for _, cmd := range []string{"assess", "validate"} {
				r := runWith(t, nil, cmd, "-asof", "2022-06-21", path)
				if cmd == "validate" {
					r = runWith(t, nil, cmd, path)
				}
				assert.Equal(t, exitInvalid, r.code, cmd)
				msgs := r.stderr
				if cmd == "validate" {
					msgs = r.stdout // validate's problems are its result
				} else {
					assert.Empty(t, r.stdout, "assess writes no report")
				}
				for _, want := range tt.contains {
					assert.Contains(t, msgs, want, cmd)
				}
				assert.True(t, strings.HasPrefix(msgs, path+":"), "%s: the message names the file first: %q", cmd, msgs)
			}
		})
	}
}

func TestAssessWritesNothingWhenOneOfSeveralFilesIsBad(t *testing.T) {
	good, _ := dumpDemo(t, "west-brabant")
	bad := writeFile(t, "bad.json", `{"stakeholders": [}`)
	out := filepath.Join(t.TempDir(), "out.json")
	r := runWith(t, nil, "assess", "-format", "json", "-asof", "2022-06-21", "-o", out, good, bad)
	assert.Equal(t, exitInvalid, r.code)
	assert.Contains(t, r.stderr, bad+":1:19: stakeholders: is not valid JSON at line 1, column 19")
	assert.Contains(t, r.stderr, "1 of 2 files has problems; no report written")
	assert.NoFileExists(t, out)
}

func TestAssessReadsStandardInput(t *testing.T) {
	r := runWith(t, strings.NewReader(`{"stakeholders": 5}`), "assess", "-asof", "2022-06-21", "-")
	assert.Equal(t, exitInvalid, r.code)
	assert.Equal(t, "<stdin>:1:18: stakeholders: holds a JSON number where a list [...] is wanted [bad-format]\n"+
		strings.ReplaceAll(missingCollaboration, "FILE", "<stdin>")+
		"regioscan assess: the file has problems; no report written\n", r.stderr)
}

// missingCollaboration is what validation adds about a case file without
// a collaboration, as FILE.
const missingCollaboration = "FILE:1:1: collaboration.id: is required [required]\n" +
	"FILE:1:1: collaboration.name: is required [required]\n" +
	"FILE:1:1: collaboration.region: is required [required]\n" +
	"FILE:1:1: collaboration.started: is required [required]\n" +
	"FILE:1:1: collaboration.strategy: is required [required]\n"

func TestValidate(t *testing.T) {
	good, _ := dumpDemo(t, "west-brabant")
	r := runWith(t, nil, "validate", good)
	assert.Equal(t, exitOK, r.code)
	assert.Equal(t, good+": ok\n", r.stdout)
	assert.Empty(t, r.stderr)

	data, _ := demo.LookupJSON("west-brabant")
	doc := strings.Replace(string(data), `"region": "west-brabant"`, `"region": "atlantis"`, 1)
	doc = strings.Replace(doc, `"name": "`, `"name": "`+strings.Repeat("x", 300), 1)
	bad := writeFile(t, "bad.json", doc)
	r = runWith(t, nil, "validate", good, bad)
	assert.Equal(t, exitInvalid, r.code)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 3, r.stdout)
	assert.Equal(t, good+": ok", lines[0])
	assert.Regexp(t, `^`+regexpQuote(bad)+`:\d+:\d+: stakeholders\[0\]\.name: .* \[too-long\]$`, lines[1])
	assert.Regexp(t, `^`+regexpQuote(bad)+`:\d+:\d+: collaboration\.region: .*atlantis.* \[dangling-reference\]$`, lines[2])
	assert.Equal(t, "regioscan validate: 1 of 2 files has problems\n", r.stderr)
}

func regexpQuote(s string) string {
	return strings.NewReplacer(`\`, `\\`, `.`, `\.`, `[`, `\[`, `]`, `\]`, `(`, `\(`, `)`, `\)`, `+`, `\+`).Replace(s)
}

func TestLessons(t *testing.T) {
	r := runWith(t, nil, "lessons", "-format", "json", "ambassadeur")
	require.Equal(t, exitOK, r.code, r.stderr)
	var ls []lesson.Lesson
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &ls))
	require.NotEmpty(t, ls)
	assert.Equal(t, "mechanism.ambassadors", ls[0].Code)

	r = runWith(t, nil, "lessons", "-format", "json", "-mechanism", "regulatory-leeway")
	require.Equal(t, exitOK, r.code, r.stderr)
	ls = nil
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &ls))
	assert.Len(t, ls, len(lesson.Default().ByMechanism(collab.MechanismLeeway)))

	r = runWith(t, nil, "lessons", "-lang", "nl", "-theme", "financier", "-limit", "1", "zorgkantoor")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "financier.zorgkantoor-at-table  Het zorgkantoor hoort aan de regionale tafel\n"), r.stdout)
	assert.Contains(t, r.stdout, "Bron: ")
	assert.Equal(t, 1, strings.Count(r.stdout, "Bron: "), "-limit 1")

	r = runWith(t, nil, "lessons", "xylophone")
	assert.Equal(t, exitOK, r.code)
	assert.Equal(t, "No lessons found.\n", r.stdout)
	r = runWith(t, nil, "lessons", "-format", "json", "xylophone")
	assert.Equal(t, "[]\n", r.stdout)
}

func TestRegions(t *testing.T) {
	r := runWith(t, nil, "regions")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "west-brabant")
	assert.Equal(t, region.Reference().Len()+2, strings.Count(r.stdout, "\n"), "a header, a line per region and the source")
	assert.Contains(t, r.stdout, "Bron: CBS.")

	r = runWith(t, nil, "regions", "-kind", "province", "-format", "json")
	require.Equal(t, exitOK, r.code, r.stderr)
	var rs []region.Region
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rs))
	assert.Len(t, rs, 12)
}

func TestRegionsListsTheMunicipalitiesWithTheirPopulation(t *testing.T) {
	t.Run("-kind municipality -format json lists 342 regions whose populations add up to 17,942,942", func(t *testing.T) {
		r := runWith(t, nil, "regions", "-kind", "municipality", "-format", "json")
		require.Equal(t, exitOK, r.code, r.stderr)
		var rs []region.Region
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &rs))
		require.Len(t, rs, 342)
		sum := 0
		for _, x := range rs {
			assert.Equal(t, region.KindMunicipality, x.Kind)
			sum += x.Profile.Population
		}
		assert.Equal(t, 17_942_942, sum)
		assert.Contains(t, r.stdout, `"population": 128434`, "the JSON carries the population")
	})
	t.Run("-in lists the municipalities of a region given by code, with their population in the text", func(t *testing.T) {
		r := runWith(t, nil, "regions", "-in", "haaglanden")
		require.Equal(t, exitOK, r.code, r.stderr)
		assert.Contains(t, r.stdout, "POPULATION")
		assert.Regexp(t, `gemeente-zoetermeer\s+municipality\s+GM0637\s+128434 Zoetermeer\n`, r.stdout)
		assert.Equal(t, 5+2, strings.Count(r.stdout, "\n"), "Haaglanden has five municipalities")
	})
	t.Run("-in takes a name too, and -kind narrows what it lists", func(t *testing.T) {
		r := runWith(t, nil, "regions", "-in", "Fryslân", "-kind", "municipality", "-format", "json")
		require.Equal(t, exitOK, r.code, r.stderr)
		var rs []region.Region
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &rs))
		assert.Len(t, rs, 18)
	})
	t.Run("NAME searches names and aliases", func(t *testing.T) {
		r := runWith(t, nil, "regions", "twente")
		require.Equal(t, exitOK, r.code, r.stderr)
		assert.Contains(t, r.stdout, "twente ")
		assert.Contains(t, r.stdout, "gemeente-hof-van-twente")
		r = runWith(t, nil, "regions", "Den", "Bosch")
		assert.Contains(t, r.stdout, "gemeente-s-hertogenbosch")
		r = runWith(t, nil, "regions", "sudwest", "fryslan")
		assert.Contains(t, r.stdout, "gemeente-sudwest-fryslan")
		r = runWith(t, nil, "regions", "-kind", "province", "utrecht")
		assert.Equal(t, 3, strings.Count(r.stdout, "\n"), r.stdout)
		assert.Contains(t, r.stdout, "provincie-utrecht")
	})
	t.Run("a search that finds nothing says so", func(t *testing.T) {
		r := runWith(t, nil, "regions", "atlantis")
		assert.Equal(t, exitOK, r.code)
		assert.Equal(t, "No regions found.\n", r.stdout)
		r = runWith(t, nil, "regions", "-format", "json", "atlantis")
		assert.Equal(t, "[]\n", r.stdout)
	})
}

func TestDemoDump(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cases")
	r := runWith(t, nil, "demo", "-dump", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	assert.Len(t, files, len(demo.All()))
	assert.Equal(t, len(files), strings.Count(r.stdout, "\n"), "each file written is named")

	v := runWith(t, nil, append([]string{"validate"}, files...)...)
	assert.Equal(t, exitOK, v.code, "every dumped demo is a valid case file: %s", v.stdout)

	again := runWith(t, nil, "demo", "-dump", dir, "friesland")
	assert.Equal(t, exitInvalid, again.code)
	assert.Contains(t, again.stderr, "friesland.json exists; use -force to overwrite it")
	forced := runWith(t, nil, "demo", "-dump", dir, "-force", "friesland")
	assert.Equal(t, exitOK, forced.code, forced.stderr)
	assert.Equal(t, filepath.Join(dir, "friesland.json")+"\n", forced.stdout)
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, c := range testApp(false).commands() {
		t.Run(c.name, func(t *testing.T) {
			for _, args := range [][]string{{c.name, "-h"}, {c.name, "-help"}, {"help", c.name}} {
				r := runWith(t, nil, args...)
				assert.Equal(t, exitOK, r.code, "-h is asked for, so it succeeds")
				assert.Empty(t, r.stdout)
				assert.True(t, strings.HasPrefix(r.stderr, "Usage: regioscan "+c.name+" "), r.stderr)
			}
		})
	}
	for _, arg := range []string{"-h", "help", "--help"} {
		r := runWith(t, nil, arg)
		assert.Equal(t, exitOK, r.code)
		for _, c := range testApp(false).commands() {
			assert.Contains(t, r.stderr, "  "+c.name+" ")
		}
	}
}

func TestWrongUsageExitsWithTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"an unknown command", []string{"frobnicate"}, `no such command "frobnicate"`},
		{"help on an unknown command", []string{"help", "frobnicate"}, `no such command "frobnicate"`},
		{"an unknown flag", []string{"assess", "-colour", "x.json"}, "flag provided but not defined: -colour"},
		{"an unknown format", []string{"assess", "-format", "pdf", "x.json"}, `invalid value "pdf" for flag -format: want one of text, json, html`},
		{"an unknown language", []string{"assess", "-lang", "fy", "x.json"}, `unknown language "fy"`},
		{"a date that does not exist", []string{"assess", "-asof", "2022-02-30", "x.json"}, `bad date "2022-02-30"`},
		{"assess without files", []string{"assess"}, "no files given"},
		{"validate without files", []string{"validate"}, "no files given"},
		{"standard input twice", []string{"validate", "-", "-"}, "standard input (-) can be read only once"},
		{"an unknown mechanism", []string{"lessons", "-mechanism", "money"}, `unknown mechanism "money"`},
		{"a negative limit", []string{"lessons", "-limit", "-1"}, "-limit must not be negative"},
		{"an unknown kind of region", []string{"regions", "-kind", "city"}, `unknown region kind "city"`},
		{"an unknown region for -in", []string{"regions", "-in", "atlantis"}, `no region "atlantis"`},
		{"an unknown demo", []string{"demo", "atlantis"}, `no demo "atlantis"; the demos are zoetermeer-2025, `},
		{"an html format for lessons", []string{"lessons", "-format", "html"}, `want one of text, json`},
		{"twins with no twin allowed", []string{"twins", "-max", "0"}, "-max must be at least 1"},
		{"an html format for twins", []string{"twins", "-format", "html"}, `want one of text, json`},
		{"twins reading standard input twice", []string{"twins", "-", "-"}, "standard input (-) can be read only once"},
		{"compare with one report", []string{"compare", "old.json"}, "want two report files, OLD and NEW; got 1"},
		{"compare with three reports", []string{"compare", "a.json", "-format", "json", "b.json", "c.json"}, "want two report files, OLD and NEW; got 3"},
		{"compare reading standard input twice", []string{"compare", "-", "-"}, "standard input (-) can be read only once"},
		{"an unknown flag after the reports", []string{"compare", "a.json", "b.json", "-colour"}, "flag provided but not defined: -colour"},
		{"an unknown schema", []string{"schema", "project"}, `no schema "project"; want case or report`},
		{"two schemas", []string{"schema", "case", "report"}, `unexpected argument "report"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, nil, tt.args...)
			assert.Equal(t, exitUsage, r.code)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, tt.want)
			assert.Contains(t, r.stderr, "Usage:")
		})
	}
}

// testApp is an app with a fixed date and a clock that moves one second
// each time it is read; terminal says whether stderr counts as a terminal.
func testApp(terminal bool) *app {
	now := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	return &app{
		today:         func() collab.Date { return collab.DateOf(now) },
		now:           func() time.Time { now = now.Add(time.Second); return now },
		terminal:      func(io.Writer) bool { return terminal },
		progressAfter: 2 * time.Second,
	}
}

func TestProgressLineOnlyOnATerminalAfterAWhileAndNotWithQ(t *testing.T) {
	var files []string
	for _, d := range demo.All() {
		path, _ := dumpDemo(t, d.Name)
		files = append(files, path)
	}
	assess := func(terminal bool, extra ...string) string {
		var out, errs bytes.Buffer
		args := append(append([]string{"assess", "-format", "json", "-asof", "2022-06-21"}, extra...), files...)
		require.Equal(t, exitOK, testApp(terminal).run(args, nil, &out, &errs), errs.String())
		return errs.String()
	}
	line := assess(true)
	assert.NotContains(t, line, "assessing 1 of", "not in the first seconds")
	assert.Contains(t, line, fmt.Sprintf("\rregioscan: assessing 3 of %d: ", len(files)))
	assert.True(t, strings.HasSuffix(line, "\r\x1b[K"), "the line is cleared at the end")

	assert.Empty(t, assess(true, "-q"), "-q silences it")
	assert.Empty(t, assess(false), "silent when standard error is not a terminal")
}

func TestProgressLineGivesWayToProblems(t *testing.T) {
	good, _ := dumpDemo(t, "west-brabant")
	bad := writeFile(t, "bad.json", "[")
	var out, errs bytes.Buffer
	code := testApp(true).run([]string{"assess", "-asof", "2022-06-21", good, good, good, bad}, nil, &out, &errs)
	assert.Equal(t, exitInvalid, code)
	assert.Contains(t, errs.String(), "\r\x1b[K"+bad+":1:2: ", "the progress line is cleared before a problem is printed")
}

func TestIsTerminalIsFalseForFilesAndBuffers(t *testing.T) {
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f))
}

func TestAnUnexpectedFailureIsAMessageNotAStackTrace(t *testing.T) {
	path, _ := dumpDemo(t, "west-brabant")
	a := testApp(false)
	a.today = nil // assess without -asof now fails inside
	var out, errs bytes.Buffer
	code := a.run([]string{"assess", path}, nil, &out, &errs)
	assert.Equal(t, exitInvalid, code)
	assert.True(t, strings.HasPrefix(errs.String(), "regioscan: internal error: "), errs.String())
	assert.NotContains(t, errs.String(), "goroutine")
}

func TestAFailedWriteIsReported(t *testing.T) {
	var errs bytes.Buffer
	code := run([]string{"regions"}, strings.NewReader(""), failingWriter{}, &errs)
	assert.Equal(t, exitInvalid, code)
	assert.Contains(t, errs.String(), "writing the output: disk full")

	code = run([]string{"demo", "-o", filepath.Join(t.TempDir(), "no", "such", "dir", "out.txt")}, strings.NewReader(""), io.Discard, &errs)
	assert.Equal(t, exitInvalid, code)
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
