package lesson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// builtinLessonCount is the number of built-in lessons. Raise it, and
// DataVersion, when a lesson is added.
const builtinLessonCount = 78

// dataFile is data/lessons.json read with the package's own types, without
// gen.go: the themes and mechanisms through their UnmarshalText, so that a
// wrong name in the generator's tables shows up here.
type dataFile struct {
	Sources []Source `json:"sources"`
	Lessons []struct {
		Code       string             `json:"code"`
		Theme      Theme              `json:"theme"`
		Mechanisms []collab.Mechanism `json:"mechanisms"`
		Source     string             `json:"source"`
		Title      collab.Text        `json:"title"`
		Text       collab.Text        `json:"text"`
	} `json:"lessons"`
}

func readDataFile(t *testing.T) dataFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", "lessons.json"))
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f dataFile
	require.NoError(t, dec.Decode(&f), "data/lessons.json decodes strictly")
	require.ErrorIs(t, dec.Decode(&struct{}{}), io.EOF, "nothing follows the document")
	return f
}

// TestBuiltinCatalogueIsTheDataFile fails when catalogue_data.go says
// anything the data file does not: every lesson, in order, with every
// field, and the sources.
func TestBuiltinCatalogueIsTheDataFile(t *testing.T) {
	f := readDataFile(t)
	assert.Equal(t, f.Sources, Sources())
	want := make([]Lesson, len(f.Lessons))
	for i, l := range f.Lessons {
		src, ok := LookupSource(l.Source)
		require.True(t, ok, "lessons[%d].source %q is a known source", i, l.Source)
		want[i] = Lesson{Code: l.Code, Title: l.Title, Theme: l.Theme, Mechanisms: l.Mechanisms, Text: l.Text, Source: src}
	}
	assert.Equal(t, want, Default().All())
}

// TestBuiltinLessonsAreValid keeps the catalogue whole: Default indexes the
// built-in lessons without validating them, so this test does, through the
// same NewCatalogue a user's lessons go through.
func TestBuiltinLessonsAreValid(t *testing.T) {
	c, err := NewCatalogue(builtinLessons[:])
	require.NoError(t, err)
	assert.Equal(t, builtinLessonCount, c.Len())
	assert.Equal(t, builtinLessonCount, Default().Len())
	assert.Equal(t, c.All(), Default().All(), "Default indexes the lessons as NewCatalogue does")
	assert.Equal(t, c.Codes(), Default().Codes())
	for _, code := range c.Codes() {
		got, _ := Default().Lookup(code)
		want, _ := c.Lookup(code)
		assert.Equal(t, want, got, code)
	}
	assert.Equal(t, c.Search(Query{Text: "netwerk urgentie"}), Default().Search(Query{Text: "netwerk urgentie"}))
}

func TestSourceKeyConstantsNameTheSourcesInOrder(t *testing.T) {
	var keys []string
	for _, s := range Sources() {
		keys = append(keys, s.Key)
	}
	assert.Equal(t, []string{
		SourceMechanisms2022, SourceWebinar2021, SourceProgrammeManagers2021, SourceCapacity2020, SourceZorgkantoor2020,
	}, keys)
}

func TestDataVersionIsYearDotSerial(t *testing.T) {
	year, serial, ok := strings.Cut(DataVersion, ".")
	require.True(t, ok, DataVersion)
	assert.Len(t, year, 4)
	assert.NotEmpty(t, serial)
	newest := ""
	for _, s := range Sources() {
		newest = max(newest, s.Date[:4])
	}
	assert.Equal(t, newest, year, "the year is that of the newest source")
}

// goTool returns the go command, or skips the test without one.
func goTool(t *testing.T) string {
	t.Helper()
	tool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	return tool
}

// TestGeneratedCatalogueIsUpToDate regenerates the lessons from the data
// file and gen.go and compares them byte for byte with catalogue_data.go.
func TestGeneratedCatalogueIsUpToDate(t *testing.T) {
	collabtest.RequireGeneratedUpToDate(t, "gen.go", "catalogue_data.go")
}

// TestTheGeneratorRejectsABrokenDataFile runs gen.go on broken copies of
// the data file: each stops it with the path of the problem, and nothing
// is written.
func TestTheGeneratorRejectsABrokenDataFile(t *testing.T) {
	dir := t.TempDir()
	gen := filepath.Join(dir, "gen")
	build := exec.Command(goTool(t), "build", "-o", gen, "gen.go")
	var stderr bytes.Buffer
	build.Stderr = &stderr
	require.NoError(t, build.Run(), stderr.String())

	good, err := os.ReadFile(filepath.Join("data", "lessons.json"))
	require.NoError(t, err)
	first := `"code": "strengthen.corona-accelerated"`
	require.Contains(t, string(good), first)
	tests := []struct {
		name, old, new, want string
	}{
		{"an unknown field", first, first + `, "colour": "red"`, `unknown field "colour"`},
		{"an unknown theme", `"theme": "strengthening"`, `"theme": "strenghtening"`, `lessons[0].theme: unknown theme "strenghtening"`},
		{"an unknown mechanism", `"mechanisms": ["urgency", "infrastructure"]`, `"mechanisms": ["urgency", "money"]`, `lessons[0].mechanisms[1]: unknown mechanism "money"`},
		{"an unknown source", `"source": "programme-managers-2021"`, `"source": "programme-managers-2020"`, `lessons[0].source: unknown source "programme-managers-2020"`},
		{"a repeated code", `"code": "strengthen.executive-commitment"`, first, `lessons[1].code repeats "strengthen.corona-accelerated" of lessons[0]`},
		{"a missing translation", `"nl": "Een crisis kan samenwerking versnellen"`, `"nl": ""`, `lessons[0].title.nl is required`},
		{"data after the document", "\n}\n", "\n}\n{}\n", "data after the document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := strings.Replace(string(good), tt.old, tt.new, 1)
			require.NotEqual(t, string(good), broken, "the test breaks the file")
			data := filepath.Join(t.TempDir(), "lessons.json")
			require.NoError(t, os.WriteFile(data, []byte(broken), 0o600))
			out := filepath.Join(t.TempDir(), "catalogue_data.go")
			cmd := exec.Command(gen, "-data", data, "-o", out)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "gen.go fails: %v", err)
			assert.Contains(t, stderr.String(), tt.want)
			assert.NoFileExists(t, out)
		})
	}
}
