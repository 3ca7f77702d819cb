package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openAPIDoc is the part of an OpenAPI document the tests read.
type openAPIDoc struct {
	OpenAPI  string                                `json:"openapi"`
	Security []map[string][]string                 `json:"security"`
	Paths    map[string]map[string]json.RawMessage `json:"paths"`
}

type openAPIOperation struct {
	OperationID string                     `json:"operationId"`
	Security    *[]map[string][]string     `json:"security"`
	Responses   map[string]json.RawMessage `json:"responses"`
	Parameters  []openAPIParameter         `json:"parameters"`
}

type openAPIParameter struct {
	Ref    string `json:"$ref"`
	Name   string `json:"name"`
	In     string `json:"in"`
	Schema struct {
		Enum []string `json:"enum"`
	} `json:"schema"`
}

var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func loadOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	return doc
}

func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	require.Equal(t, "3.1.0", doc.OpenAPI)
	st, err := store.Open(t.Context(), t.TempDir()+"/k.db", store.Options{})
	require.NoError(t, err)
	defer st.Close()
	srv, err := New(Config{Store: st, Token: testToken})
	require.NoError(t, err)

	documented := map[string]openAPIOperation{}
	for path, item := range doc.Paths {
		for key, raw := range item {
			if !slices.Contains(httpMethods, key) {
				continue
			}
			var op openAPIOperation
			require.NoError(t, json.Unmarshal(raw, &op), "%s %s", key, path)
			documented[strings.ToUpper(key)+" "+path] = op
		}
	}
	registered := map[string]route{}
	for _, rt := range srv.routes() {
		registered[rt.method+" "+rt.path] = rt
	}

	t.Run("every route is documented and every documented operation is a route", func(t *testing.T) {
		assert.ElementsMatch(t, keys(registered), keys(documented))
	})

	t.Run("the mux serves each documented operation under its own pattern", func(t *testing.T) {
		for key := range documented {
			method, path, _ := strings.Cut(key, " ")
			concrete := strings.ReplaceAll(path, "{id}", "c0000000-0000-4000-8000-000000000004")
			_, pattern := srv.mux.Handler(httptest.NewRequest(method, concrete, nil))
			assert.Equal(t, key, pattern)
		}
	})

	t.Run("exactly the public routes are documented without security", func(t *testing.T) {
		require.NotEmpty(t, doc.Security, "the document requires the bearer token by default")
		for key, op := range documented {
			rt, ok := registered[key]
			if !ok {
				continue
			}
			public := op.Security != nil && len(*op.Security) == 0
			assert.Equal(t, rt.public, public, "%s", key)
			if !rt.public {
				assert.Contains(t, op.Responses, "401", "%s documents its 401", key)
			}
		}
	})

	t.Run("every path parameter of a route is documented", func(t *testing.T) {
		param := regexp.MustCompile(`\{(\w+)\}`)
		for path, item := range doc.Paths {
			var shared []openAPIParameter
			if raw, ok := item["parameters"]; ok {
				require.NoError(t, json.Unmarshal(raw, &shared))
			}
			for _, m := range param.FindAllStringSubmatch(path, -1) {
				found := false
				for _, p := range shared {
					found = found || p.Ref == "#/components/parameters/CaseID" && m[1] == "id" || p.Name == m[1] && p.In == "path"
				}
				assert.True(t, found, "%s documents {%s}", path, m[1])
			}
		}
	})

	t.Run("every operation has a unique operationId", func(t *testing.T) {
		seen := map[string]string{}
		for key, op := range documented {
			require.NotEmpty(t, op.OperationID, key)
			assert.NotContains(t, seen, op.OperationID, "%s and %s", key, seen[op.OperationID])
			seen[op.OperationID] = key
		}
	})

	t.Run("the document lists the library's words for every enum parameter", func(t *testing.T) {
		tests := []struct {
			operation, param string
			words            []string
		}{
			{"GET /v1/lessons", "mechanism", words(collab.Mechanisms())},
			{"GET /v1/lessons", "theme", words(lesson.Themes())},
			{"GET /v1/lessons", "lang", words(collab.Languages())},
			{"GET /v1/cases/{id}/report", "lang", words(collab.Languages())},
			{"GET /v1/regions", "kind", words(region.Kinds())},
		}
		for _, tt := range tests {
			var enum []string
			for _, p := range documented[tt.operation].Parameters {
				if p.Name == tt.param {
					enum = p.Schema.Enum
				}
			}
			assert.ElementsMatch(t, tt.words, enum, "%s %s", tt.operation, tt.param)
		}
	})

	t.Run("the problem codes are the library's", func(t *testing.T) {
		var full struct {
			Components struct {
				Schemas struct {
					Problem struct {
						Properties struct {
							Code struct {
								Enum []collab.Code `json:"enum"`
							} `json:"code"`
						} `json:"properties"`
					} `json:"Problem"`
				} `json:"schemas"`
			} `json:"components"`
		}
		require.NoError(t, json.Unmarshal(openAPIDocument, &full))
		assert.ElementsMatch(t, collab.Codes(), full.Components.Schemas.Problem.Properties.Code.Enum)
	})
}

func TestTheServerServesItsOpenAPIDocument(t *testing.T) {
	s := startServer(t, Config{})
	got := s.doAs("", "GET", "/openapi.json", nil)
	require.Equal(t, http.StatusOK, got.status)
	assert.Equal(t, "application/json", got.header.Get("Content-Type"))
	assert.Equal(t, openAPIDocument, got.body)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func words[T interface{ String() string }](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.String()
	}
	return out
}
