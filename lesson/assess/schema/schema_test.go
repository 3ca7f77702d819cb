package schema_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/schema"
	"github.com/regiokompas/regiokompas/lesson/assess/schema/internal/generate"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

func TestCommittedSchemasAreUpToDate(t *testing.T) {
	tests := []struct {
		file      string
		committed []byte
		generate  func() ([]byte, error)
	}{
		{"case.schema.json", schema.Case(), generate.Case},
		{"report.schema.json", schema.Report(), generate.Report},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			fresh, err := tt.generate()
			require.NoError(t, err)
			require.Equal(t, string(fresh), string(tt.committed),
				"%s is stale: run go generate ./lesson/schema and commit the result", tt.file)
		})
	}
}

// schemaDoc is the part of a generated schema the tests look at.
type schemaDoc struct {
	Schema string                `json:"$schema"`
	ID     string                `json:"$id"`
	Ref    string                `json:"$ref"`
	Defs   map[string]definition `json:"$defs"`
}

type definition struct {
	Type                 any                        `json:"type"`
	Enum                 []string                   `json:"enum"`
	Properties           map[string]json.RawMessage `json:"properties"`
	Required             []string                   `json:"required"`
	AdditionalProperties *bool                      `json:"additionalProperties"`
	Pattern              string                     `json:"pattern"`
	Format               string                     `json:"format"`
}

func parse(t *testing.T, b []byte) schemaDoc {
	t.Helper()
	var d schemaDoc
	require.NoError(t, json.Unmarshal(b, &d))
	return d
}

func TestSchemasAreDraft2020DocumentsRootedAtTheirType(t *testing.T) {
	for _, tt := range []struct {
		name string
		doc  []byte
		root string
	}{
		{"case", schema.Case(), "assess.Case"},
		{"report", schema.Report(), "assess.Report"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.doc)
			assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", d.Schema)
			assert.Contains(t, d.ID, tt.name+".schema.json")
			assert.Equal(t, "#/$defs/"+tt.root, d.Ref)
			require.Contains(t, d.Defs, tt.root)
			for name, def := range d.Defs {
				if def.Type == "object" {
					require.NotNil(t, def.AdditionalProperties, name)
					assert.False(t, *def.AdditionalProperties, "%s must allow no other fields", name)
				}
			}
		})
	}
}

func TestRequiredFieldsAreThoseWithoutOmitempty(t *testing.T) {
	d := parse(t, schema.Case())
	tests := []struct {
		def          string
		required     []string
		optionalOnes []string
	}{
		{"assess.Case", []string{"stakeholders", "collaboration"}, []string{"regions", "projects"}},
		{"collab.Collaboration", []string{"id", "name", "region", "started", "strategy", "members"}, []string{"ended", "governance", "notes", "networks"}},
		{"collab.Stakeholder", []string{"id", "name", "role"}, []string{"agb", "kvk", "regions"}},
		{"project.Project", []string{"id", "title", "collaboration", "region", "themes", "scale", "phases", "started"}, []string{"ended", "funding", "lessons"}},
		{"region.Region", []string{"code", "name", "kind"}, []string{"aliases", "parents", "profile", "provenance"}},
	}
	for _, tt := range tests {
		t.Run(tt.def, func(t *testing.T) {
			def, ok := d.Defs[tt.def]
			require.True(t, ok)
			assert.Subset(t, def.Required, tt.required)
			for _, f := range tt.optionalOnes {
				assert.Contains(t, def.Properties, f)
				assert.NotContains(t, def.Required, f)
			}
		})
	}
}

func TestSpecialTypesHaveTheirWireForm(t *testing.T) {
	d := parse(t, schema.Case())
	assert.Equal(t, `^\d{4}-\d{2}-\d{2}$`, d.Defs["collab.Date"].Pattern)
	assert.Equal(t, "string", d.Defs["collab.Date"].Type)
	assert.Equal(t, "uuid", d.Defs["uuid.UUID"].Format)
	assert.Equal(t, "integer", d.Defs["collab.Money"].Type)
	assert.JSONEq(t, `{"$ref": "#/$defs/collab.Money"}`, string(d.Defs["project.FundingLine"].Properties["amount"]))
	assert.JSONEq(t, `{"type": ["array", "null"], "items": {"$ref": "#/$defs/collab.Member"}}`,
		string(d.Defs["collab.Collaboration"].Properties["members"]),
		"a slice without omitempty is written as null when nil")
	assert.JSONEq(t, `{"type": "array", "items": {"$ref": "#/$defs/region.Trait"}}`,
		string(d.Defs["region.Profile"].Properties["traits"]),
		"a slice of enums is an array of words, not base64")
}

func words[T fmt.Stringer](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func TestEnumWordsAreThoseOfTheEnumLists(t *testing.T) {
	want := map[string][]string{
		"collab.CareScope":         words(collab.CareScopes()),
		"collab.Governance":        words(collab.Governances()),
		"collab.Profession":        words(collab.Professions()),
		"collab.Purchasing":        words(collab.Purchasings()),
		"collab.Language":          words(collab.Languages()),
		"collab.LeewayStatus":      words(collab.LeewayStatuses()),
		"collab.Level":             words(collab.Levels()),
		"collab.Mechanism":         words(collab.Mechanisms()),
		"collab.NetworkKind":       words(collab.NetworkKinds()),
		"collab.Role":              words(collab.Roles()),
		"collab.RoleKind":          words(collab.RoleKinds()),
		"collab.Strategy":          words(collab.Strategies()),
		"project.FundingSource":    words(project.FundingSources()),
		"project.Phase":            words(project.Phases()),
		"project.Scale":            words(project.Scales()),
		"project.Theme":            words(project.Themes()),
		"region.CBSCodeStatus":     words(region.CBSCodeStatuses()),
		"region.Kind":              words(region.Kinds()),
		"region.Trait":             words(region.Traits()),
		"region.ZorgkantoorStatus": words(region.ZorgkantoorStatuses()),
		"assess.Band":              words(assess.Bands()),
		"assess.Severity":          words(assess.Severities()),
	}
	seen := 0
	for _, doc := range [][]byte{schema.Case(), schema.Report()} {
		for name, def := range parse(t, doc).Defs {
			if def.Enum == nil {
				continue
			}
			seen++
			assert.NotEmpty(t, def.Enum, name)
			if w, ok := want[name]; ok {
				assert.Equal(t, w, def.Enum, name)
			}
		}
	}
	assert.GreaterOrEqual(t, seen, len(want), "every enum listed must appear in a schema")
}

func TestCaseAndReportReturnCopies(t *testing.T) {
	b := schema.Case()
	b[0] = 'x'
	assert.Equal(t, byte('{'), schema.Case()[0])
	r := schema.Report()
	r[0] = 'x'
	assert.Equal(t, byte('{'), schema.Report()[0])
}
