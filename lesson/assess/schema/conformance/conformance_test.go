// Package conformance checks the published JSON Schemas of package schema
// with a real JSON Schema validator (santhosh-tekuri/jsonschema, draft
// 2020-12, with format assertions on): every fixture and demo case, every
// demo report and a sample of generated cases conform, and documents with
// typical mistakes do not.
//
// It is a module of its own so that the validator stays a test-only
// dependency; run it from this directory with "go test ./...".
package conformance

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/schema"
)

const (
	caseURL   = "https://github.com/regiokompas/regiokompas/lesson/assess/schema/case.schema.json"
	reportURL = "https://github.com/regiokompas/regiokompas/lesson/assess/schema/report.schema.json"
)

// compile returns the schema at loc (a schema's $id, optionally with a
// fragment such as "#/$defs/project.Project").
func compile(t *testing.T, loc string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for url, doc := range map[string][]byte{caseURL: schema.Case(), reportURL: schema.Report()} {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
		require.NoError(t, err)
		require.NoError(t, c.AddResource(url, v))
	}
	s, err := c.Compile(loc)
	require.NoError(t, err, loc)
	return s
}

func validate(s *jsonschema.Schema, doc []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

func TestTheSchemasAreValidDraft2020Schemas(t *testing.T) {
	for _, loc := range []string{caseURL, reportURL} {
		compile(t, loc)
	}
}

func TestEveryDemoCaseConforms(t *testing.T) {
	s := compile(t, caseURL)
	demos := demo.All()
	require.NotEmpty(t, demos)
	for _, d := range demos {
		t.Run(d.Name, func(t *testing.T) {
			raw, ok := demo.LookupJSON(d.Name)
			require.True(t, ok)
			require.NoError(t, validate(s, raw), "the embedded file")
			encoded, err := json.Marshal(&d.Case)
			require.NoError(t, err)
			require.NoError(t, validate(s, encoded), "the case as Go encodes it")
		})
	}
}

func TestEveryDemoReportConforms(t *testing.T) {
	s := compile(t, reportURL)
	for _, d := range demo.All() {
		for _, lang := range []collab.Language{collab.English, collab.Dutch} {
			t.Run(d.Name+"/"+lang.String(), func(t *testing.T) {
				r, err := assess.Evaluate(&d.Case, d.AsOf, assess.InLanguage(lang))
				require.NoError(t, err)
				doc, err := json.Marshal(r)
				require.NoError(t, err)
				require.NoError(t, validate(s, doc))
			})
		}
	}
}

func TestGeneratedCasesAndTheirReportsConform(t *testing.T) {
	cases, reports := compile(t, caseURL), compile(t, reportURL)
	for seed := range uint64(60) {
		c := assesstest.Case(seed, 3+int(seed%10), int(seed%7))
		doc, err := json.Marshal(&c)
		require.NoError(t, err)
		require.NoError(t, validate(cases, doc), "seed %d", seed)
		r, err := assess.Evaluate(&c, collab.MustParseDate("2022-12-31"))
		require.NoError(t, err)
		out, err := json.Marshal(r)
		require.NoError(t, err)
		require.NoError(t, validate(reports, out), "seed %d", seed)
	}
}

// repoFile reads a file of the main module, from the root of the
// repository.
func repoFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", path))
	require.NoError(t, err)
	return b
}

func TestTheFixturesConformToTheirDefinitions(t *testing.T) {
	t.Run("the Zoetermeer case of collab", func(t *testing.T) {
		require.NoError(t, validate(compile(t, caseURL), repoFile(t, "collab/testdata/zoetermeer-2025.json")))
	})
	t.Run("the collaborations of project", func(t *testing.T) {
		s := compile(t, caseURL+"#/$defs/collab.Collaboration")
		var cs []json.RawMessage
		require.NoError(t, json.Unmarshal(repoFile(t, "project/testdata/collaborations.json"), &cs))
		require.NotEmpty(t, cs)
		for i, c := range cs {
			require.NoError(t, validate(s, c), "collaborations[%d]", i)
		}
	})
	t.Run("the projects of project", func(t *testing.T) {
		s := compile(t, caseURL+"#/$defs/project.Project")
		paths, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "project", "testdata", "*.json"))
		require.NoError(t, err)
		n := 0
		for _, path := range paths {
			if filepath.Base(path) == "collaborations.json" {
				continue
			}
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NoError(t, validate(s, raw), path)
			n++
		}
		require.Positive(t, n)
	})
}

// mutate decodes doc, lets change alter it, and encodes it again.
func mutate(t *testing.T, doc []byte, change func(root map[string]any)) []byte {
	t.Helper()
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&root))
	change(root)
	out, err := json.Marshal(root)
	require.NoError(t, err)
	return out
}

func obj(v any) map[string]any { return v.(map[string]any) }
func list(v any) []any         { return v.([]any) }

func TestDocumentsWithMistakesDoNotConform(t *testing.T) {
	s := compile(t, caseURL)
	valid, ok := demo.LookupJSON("west-brabant")
	require.True(t, ok)
	require.NoError(t, validate(s, valid))

	tests := []struct {
		name   string
		change func(root map[string]any)
		want   string // a piece of the validator's message
	}{
		{"an unknown field", func(r map[string]any) { r["colaboration"] = map[string]any{} }, "colaboration"},
		{"an unknown field deep inside", func(r map[string]any) {
			obj(list(r["stakeholders"])[0])["nmae"] = "typo"
		}, "nmae"},
		{"an unknown role", func(r map[string]any) { obj(list(r["stakeholders"])[0])["role"] = "gemeente" }, "role"},
		{"a strategy in capitals", func(r map[string]any) { obj(r["collaboration"])["strategy"] = "COMBINED" }, "strategy"},
		{"a date in another form", func(r map[string]any) { obj(r["collaboration"])["started"] = "1-3-2019" }, "started"},
		{"a day that does not exist", func(r map[string]any) { obj(r["collaboration"])["started"] = "2021-02-30" }, "started"},
		{"an ID that is not a UUID", func(r map[string]any) { obj(list(r["stakeholders"])[0])["id"] = "stakeholder-1" }, "id"},
		{"a missing required field", func(r map[string]any) { delete(obj(r["collaboration"]), "name") }, "name"},
		{"a missing collaboration", func(r map[string]any) { delete(r, "collaboration") }, "collaboration"},
		{"money as a decimal", func(r map[string]any) {
			p := obj(list(r["projects"])[0])
			p["funding"] = []any{map[string]any{"source": "zorgkantoor", "amount": 12.5, "period": map[string]any{"from": "2020-01-01"}}}
		}, "amount"},
		{"a list where one value is wanted", func(r map[string]any) { obj(r["collaboration"])["region"] = []any{"west-brabant"} }, "region"},
		{"themes that are not a list", func(r map[string]any) { obj(list(r["projects"])[0])["themes"] = "technology" }, "themes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validate(s, mutate(t, valid, tt.change))
			require.Error(t, err)
			require.True(t, strings.Contains(err.Error(), tt.want), "the message should point at %q: %v", tt.want, err)
		})
	}
}

func TestAReportWithMistakesDoesNotConform(t *testing.T) {
	s := compile(t, reportURL)
	d, ok := demo.Lookup("friesland")
	require.True(t, ok)
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	require.NoError(t, err)
	valid, err := json.Marshal(r)
	require.NoError(t, err)
	require.NoError(t, validate(s, valid))
	for name, change := range map[string]func(map[string]any){
		"an unknown band":      func(r map[string]any) { obj(list(r["mechanisms"])[0])["band"] = "excellent" },
		"a score as text":      func(r map[string]any) { obj(list(r["mechanisms"])[0])["score"] = "70" },
		"an unknown language":  func(r map[string]any) { r["language"] = "de" },
		"a missing as-of date": func(r map[string]any) { delete(r, "asOf") },
	} {
		t.Run(name, func(t *testing.T) {
			require.Error(t, validate(s, mutate(t, valid, change)))
		})
	}
}
