package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCaseLifecycle(t *testing.T) {
	s := startServer(t, Config{})
	d := demoCase(t, "friesland")
	id := d.Case.Collaboration.ID.String()

	created := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland"))
	require.Equal(t, http.StatusCreated, created.status, "%s", created.body)
	assert.Equal(t, "/v1/cases/"+id, created.header.Get("Location"))
	tag := created.header.Get("ETag")
	require.NotEmpty(t, tag)
	assert.JSONEq(t, string(kbtest.MustJSON(t, d.Case)), string(created.body), "the stored case is the library's JSON of the case")

	got := s.do("GET", "/v1/cases/"+id, nil)
	require.Equal(t, http.StatusOK, got.status)
	assert.Equal(t, tag, got.header.Get("ETag"))
	assert.Equal(t, created.body, got.body)

	notModified := s.do("GET", "/v1/cases/"+id, nil, "If-None-Match", tag)
	assert.Equal(t, http.StatusNotModified, notModified.status)
	assert.Empty(t, notModified.body)

	changed := d.Case
	changed.Collaboration.Name = "Samen ouder worden in Fryslân"
	put := s.do("PUT", "/v1/cases/"+id, kbtest.MustJSON(t, changed), "If-Match", tag)
	require.Equal(t, http.StatusOK, put.status, "%s", put.body)
	newTag := put.header.Get("ETag")
	assert.NotEqual(t, tag, newTag)
	rv, ok := ParseETag(newTag)
	require.True(t, ok)
	assert.Equal(t, int64(2), rv.Version)

	var page casePage
	list := s.do("GET", "/v1/cases", nil)
	require.Equal(t, http.StatusOK, list.status)
	list.json(t, &page)
	require.Len(t, page.Cases, 1)
	assert.Equal(t, "Samen ouder worden in Fryslân", page.Cases[0].Name)
	assert.Equal(t, newTag, page.Cases[0].ETag)
	assert.Equal(t, "/v1/cases/"+id, page.Cases[0].Href)

	assert.Equal(t, http.StatusNoContent, s.do("DELETE", "/v1/cases/"+id, nil, "If-Match", newTag).status)
	assert.Equal(t, http.StatusNotFound, s.do("GET", "/v1/cases/"+id, nil).status)
	assert.Equal(t, http.StatusNotFound, s.do("DELETE", "/v1/cases/"+id, nil).status)
}

func TestCreatingACaseTwiceConflicts(t *testing.T) {
	s := startServer(t, Config{})
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "west-brabant")).status)
	again := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "west-brabant"))
	assert.Equal(t, http.StatusConflict, again.status)
	assert.Equal(t, "/v1/cases/"+demoCase(t, "west-brabant").Case.Collaboration.ID.String(), again.header.Get("Location"))
}

func TestInvalidCasesGiveTheLibrarysProblems(t *testing.T) {
	s := startServer(t, Config{})
	broken := demoCase(t, "friesland").Case
	broken.Collaboration.Region = "atlantis"
	broken.Collaboration.Name = ""
	brokenJSON := kbtest.MustJSON(t, broken)
	withUnknownField := bytes.Replace(kbtest.DemoJSON(t, "friesland"), []byte(`"collaboration": {`), []byte(`"collaboration": {"colour": "blue", `), 1)
	require.NotEqual(t, kbtest.DemoJSON(t, "friesland"), withUnknownField, "the demo file changed its layout")

	tests := []struct {
		name string
		body []byte
	}{
		{"a case with several mistakes names each with its path", brokenJSON},
		{"an unknown field is named with its path", withUnknownField},
		{"a body that is not JSON is a bad format", []byte("hello, kennisbank")},
		{"an empty body is a bad format", []byte{}},
		{"a list instead of a case is a bad format", []byte(`[1, 2, 3]`)},
		{"a case followed by more data is a bad format", append(kbtest.DemoJSON(t, "friesland"), []byte(" {}")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, want := assess.DecodeCase(bytes.NewReader(tt.body), 0)
			require.Error(t, want)
			want = collab.WithPositions(tt.body, want) // each problem with its line and column in the body
			got := s.do("POST", "/v1/cases", tt.body)
			require.Equal(t, http.StatusBadRequest, got.status, "%s", got.body)
			assert.Equal(t, "application/problem+json", got.header.Get("Content-Type"))
			assert.Equal(t, collab.ProblemsOf(want), got.problems(t).Problems)
		})
	}

	t.Run("the problems of a case with several mistakes are all there", func(t *testing.T) {
		got := s.do("POST", "/v1/cases", brokenJSON).problems(t).Problems
		var paths [][2]string
		for _, p := range got {
			paths = append(paths, [2]string{p.Path, string(p.Code)})
		}
		assert.Equal(t, [][2]string{
			{"collaboration.name", string(collab.CodeRequired)},
			{"collaboration.region", string(collab.CodeDanglingReference)},
		}, paths, "exactly the two mistakes, each once")
	})

	t.Run("a wrong role word is named with its line and column", func(t *testing.T) {
		doc := string(kbtest.DemoJSON(t, "friesland"))
		lines := strings.Split(doc, "\n")
		n := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, `"role": "zorgkantoor"`) })
		require.GreaterOrEqual(t, n, 0)
		col := strings.Index(lines[n], `"zorgkantoor"`) + 1
		lines[n] = strings.Replace(lines[n], `"zorgkantoor"`, `"zorgverzekeraar"`, 1)
		got := s.do("POST", "/v1/cases", []byte(strings.Join(lines, "\n"))).problems(t).Problems
		require.Len(t, got, 1)
		assert.Equal(t, [3]any{collab.CodeUnknownValue, n + 1, col}, [3]any{got[0].Code, got[0].Line, got[0].Column})
	})

	t.Run("nothing invalid is stored", func(t *testing.T) {
		var page casePage
		s.do("GET", "/v1/cases", nil).json(t, &page)
		assert.Empty(t, page.Cases)
	})
}

func TestRequestsWithoutTheRightTokenAreRefused(t *testing.T) {
	s := startServer(t, Config{})
	id := demoCase(t, "friesland").Case.Collaboration.ID.String()
	tests := []struct {
		name   string
		header string
	}{
		{"no Authorization header", ""},
		{"a wrong token", "Bearer test-token-0123456789abcdeX"},
		{"a token of another length", "Bearer test-token"},
		{"another scheme", "Basic " + testToken},
		{"the scheme alone", "Bearer"},
		{"an empty token", "Bearer "},
	}
	routes := []struct{ method, path string }{
		{"GET", "/v1/cases"}, {"POST", "/v1/cases"}, {"GET", "/v1/cases/" + id}, {"PUT", "/v1/cases/" + id},
		{"DELETE", "/v1/cases/" + id}, {"GET", "/v1/cases/" + id + "/report"}, {"GET", "/v1/lessons"}, {"GET", "/v1/regions"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" gives 401 on every /v1 route", func(t *testing.T) {
			for _, rt := range routes {
				got := s.doAs("", rt.method, rt.path, kbtest.DemoJSON(t, "friesland"), "Authorization", tt.header)
				assert.Equal(t, http.StatusUnauthorized, got.status, "%s %s", rt.method, rt.path)
				assert.Equal(t, `Bearer realm="kennisbank"`, got.header.Get("WWW-Authenticate"))
			}
		})
	}
	t.Run("nothing was stored by a refused request", func(t *testing.T) {
		assert.Equal(t, http.StatusNotFound, s.do("GET", "/v1/cases/"+id, nil).status)
	})
	t.Run("the scheme is case-insensitive", func(t *testing.T) {
		assert.Equal(t, http.StatusOK, s.doAs("", "GET", "/v1/cases", nil, "Authorization", "bearer "+testToken).status)
	})
	t.Run("health and the API document need no token", func(t *testing.T) {
		assert.Equal(t, http.StatusOK, s.doAs("", "GET", "/healthz", nil).status)
		assert.Equal(t, http.StatusOK, s.doAs("", "GET", "/openapi.json", nil).status)
	})
}

func TestInsecureDevModeNeedsNoToken(t *testing.T) {
	s := startServer(t, Config{Insecure: true})
	assert.Equal(t, http.StatusOK, s.doAs("", "GET", "/v1/cases", nil).status)
}

func TestNewServerRefusesAMissingOrShortToken(t *testing.T) {
	st, err := store.Open(t.Context(), t.TempDir()+"/k.db", store.Options{})
	require.NoError(t, err)
	defer st.Close()
	_, err = New(Config{Store: st})
	assert.ErrorIs(t, err, ErrNoToken)
	_, err = New(Config{Store: st, Token: "short"})
	assert.ErrorIs(t, err, ErrShortToken)
	assert.ErrorContains(t, err, "shorter than 16")
	_, err = New(Config{Token: testToken})
	assert.Error(t, err)
}

func TestBodiesOverTheLimitGive413(t *testing.T) {
	const limit = 64 << 10
	s := startServer(t, Config{MaxBody: limit})
	doc := kbtest.DemoJSON(t, "zoetermeer-2025")
	require.Less(t, len(doc), limit)
	padded := func(n int) []byte { return append(bytes.Clone(doc), bytes.Repeat([]byte(" "), n-len(doc))...) }

	t.Run("a body of exactly the limit is read", func(t *testing.T) {
		got := s.do("POST", "/v1/cases", padded(limit))
		assert.Equal(t, http.StatusCreated, got.status, "%s", got.body)
	})
	t.Run("a body one byte over the limit gives 413", func(t *testing.T) {
		got := s.do("POST", "/v1/cases", padded(limit+1))
		assert.Equal(t, http.StatusRequestEntityTooLarge, got.status)
		var e errorBody
		got.json(t, &e)
		assert.Equal(t, "too-large", e.Error)
	})
	t.Run("a large body without a length (chunked) gives 413", func(t *testing.T) {
		got := s.do("POST", "/v1/cases", io.MultiReader(bytes.NewReader(padded(limit+1)), strings.NewReader("")))
		assert.Equal(t, http.StatusRequestEntityTooLarge, got.status)
	})
	t.Run("a PUT over the limit gives 413", func(t *testing.T) {
		id := demoCase(t, "zoetermeer-2025").Case.Collaboration.ID.String()
		got := s.do("PUT", "/v1/cases/"+id, padded(limit+100), "If-Match", `"1-1"`)
		assert.Equal(t, http.StatusRequestEntityTooLarge, got.status)
	})
	t.Run("the default limit is 1 MiB", func(t *testing.T) {
		d := startServer(t, Config{})
		big := append(bytes.Clone(doc), bytes.Repeat([]byte(" "), 1<<20)...)
		assert.Equal(t, http.StatusRequestEntityTooLarge, d.do("POST", "/v1/cases", big).status)
	})
}

func TestABodyDeclaredAsAnotherTypeGives415(t *testing.T) {
	s := startServer(t, Config{})
	got := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland"), "Content-Type", "text/plain")
	assert.Equal(t, http.StatusUnsupportedMediaType, got.status)
	ok := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland"), "Content-Type", "application/json; charset=utf-8")
	assert.Equal(t, http.StatusCreated, ok.status)
}

func TestConditionalUpdates(t *testing.T) {
	s := startServer(t, Config{})
	d := demoCase(t, "achterhoek-anw")
	id := d.Case.Collaboration.ID.String()
	created := s.do("POST", "/v1/cases", kbtest.MustJSON(t, d.Case))
	require.Equal(t, http.StatusCreated, created.status)
	tag := created.header.Get("ETag")

	edit := func(name string) []byte {
		c := d.Case
		c.Collaboration.Name = name
		return kbtest.MustJSON(t, c)
	}

	t.Run("of two clients that read the same version only the first update wins", func(t *testing.T) {
		first := s.do("PUT", "/v1/cases/"+id, edit("First"), "If-Match", tag)
		require.Equal(t, http.StatusOK, first.status)
		second := s.do("PUT", "/v1/cases/"+id, edit("Second"), "If-Match", tag)
		assert.Equal(t, http.StatusPreconditionFailed, second.status)
		var e errorBody
		second.json(t, &e)
		assert.Equal(t, "stale", e.Error)

		var stored assess.Case
		s.do("GET", "/v1/cases/"+id, nil).json(t, &stored)
		assert.Equal(t, "First", stored.Collaboration.Name)
		tag = first.header.Get("ETag")
	})
	t.Run("an update without If-Match gives 428", func(t *testing.T) {
		assert.Equal(t, http.StatusPreconditionRequired, s.do("PUT", "/v1/cases/"+id, edit("Blind"), "If-Match", "").status)
	})
	t.Run("If-Match star alone gives 428", func(t *testing.T) {
		assert.Equal(t, http.StatusPreconditionRequired, s.do("PUT", "/v1/cases/"+id, edit("Blind"), "If-Match", "*").status)
	})
	t.Run("a weak ETag never matches", func(t *testing.T) {
		assert.Equal(t, http.StatusPreconditionFailed, s.do("PUT", "/v1/cases/"+id, edit("Weak"), "If-Match", "W/"+tag).status)
	})
	t.Run("the current ETag without its quotes matches", func(t *testing.T) {
		got := s.do("PUT", "/v1/cases/"+id, edit("Unquoted"), "If-Match", strings.Trim(tag, `"`))
		require.Equal(t, http.StatusOK, got.status, "%s", got.body)
		tag = got.header.Get("ETag")
	})
	t.Run("a stale ETag without its quotes gives 412", func(t *testing.T) {
		got := s.do("PUT", "/v1/cases/"+id, edit("Stale"), "If-Match", strings.Trim(created.header.Get("ETag"), `"`))
		assert.Equal(t, http.StatusPreconditionFailed, got.status)
	})
	t.Run("a list of ETags matches when it holds the current one", func(t *testing.T) {
		got := s.do("PUT", "/v1/cases/"+id, edit("Listed"), "If-Match", `"zz-9", `+tag)
		require.Equal(t, http.StatusOK, got.status, "%s", got.body)
		tag = got.header.Get("ETag")
	})
	t.Run("a list of stale ETags gives 412 with the current ETag", func(t *testing.T) {
		got := s.do("PUT", "/v1/cases/"+id, edit("Stale"), "If-Match", `"zz-9", "zz-10"`)
		assert.Equal(t, http.StatusPreconditionFailed, got.status)
		assert.Equal(t, tag, got.header.Get("ETag"))
	})
	t.Run("a case cannot change its ID", func(t *testing.T) {
		other := kbtest.Variant(d.Case, "other")
		got := s.do("PUT", "/v1/cases/"+id, kbtest.MustJSON(t, other), "If-Match", tag)
		require.Equal(t, http.StatusBadRequest, got.status)
		p := got.problems(t).Problems
		require.Len(t, p, 1)
		assert.Equal(t, "collaboration.id", p[0].Path)
		assert.Equal(t, collab.CodeNotAllowed, p[0].Code)
	})
	t.Run("an invalid replacement gives problems and changes nothing", func(t *testing.T) {
		got := s.do("PUT", "/v1/cases/"+id, edit(""), "If-Match", tag)
		require.Equal(t, http.StatusBadRequest, got.status)
		assert.Equal(t, tag, s.do("GET", "/v1/cases/"+id, nil).header.Get("ETag"))
	})
	t.Run("an update of a missing case gives 404", func(t *testing.T) {
		other := kbtest.Variant(d.Case, "missing")
		got := s.do("PUT", "/v1/cases/"+other.Collaboration.ID.String(), kbtest.MustJSON(t, other), "If-Match", tag)
		assert.Equal(t, http.StatusNotFound, got.status)
	})
	t.Run("a delete with a stale ETag gives 412 and keeps the case", func(t *testing.T) {
		assert.Equal(t, http.StatusPreconditionFailed, s.do("DELETE", "/v1/cases/"+id, nil, "If-Match", created.header.Get("ETag")).status)
		assert.Equal(t, http.StatusOK, s.do("GET", "/v1/cases/"+id, nil).status)
	})
	t.Run("a case created again after a delete has a new ETag", func(t *testing.T) {
		require.Equal(t, http.StatusNoContent, s.do("DELETE", "/v1/cases/"+id, nil, "If-Match", strings.Trim(tag, `"`)).status,
			"a delete takes the current ETag without its quotes too")
		again := s.do("POST", "/v1/cases", kbtest.MustJSON(t, d.Case))
		require.Equal(t, http.StatusCreated, again.status)
		assert.NotEqual(t, created.header.Get("ETag"), again.header.Get("ETag"))
		assert.Equal(t, http.StatusPreconditionFailed, s.do("PUT", "/v1/cases/"+id, edit("Old"), "If-Match", created.header.Get("ETag")).status)
	})
}

func TestAMalformedCaseIDIsAProblem(t *testing.T) {
	s := startServer(t, Config{})
	for _, path := range []string{"/v1/cases/not-a-uuid", "/v1/cases/{c0000000-0000-4000-8000-000000000004}", "/v1/cases/12/report"} {
		got := s.do("GET", path, nil)
		require.Equal(t, http.StatusBadRequest, got.status, path)
		assert.Equal(t, "id", got.problems(t).Problems[0].Path)
	}
}

func TestListingCases(t *testing.T) {
	s := startServer(t, Config{})
	demos := demo.All()
	for _, d := range demos {
		require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.MustJSON(t, d.Case)).status, d.Name)
	}

	t.Run("pages hold every case once, ordered by name", func(t *testing.T) {
		var names []string
		path := "/v1/cases?limit=3"
		for pages := 0; ; pages++ {
			require.Less(t, pages, len(demos), "paging does not end")
			var page casePage
			got := s.do("GET", path, nil)
			require.Equal(t, http.StatusOK, got.status)
			got.json(t, &page)
			assert.LessOrEqual(t, len(page.Cases), 3)
			for _, c := range page.Cases {
				names = append(names, c.Name)
			}
			if page.Next == "" {
				break
			}
			path = "/v1/cases?limit=3&cursor=" + page.Next
		}
		var want []string
		for _, d := range demos {
			want = append(want, d.Case.Collaboration.Name)
		}
		assert.ElementsMatch(t, want, names)
		assert.IsNonDecreasing(t, names)
	})
	t.Run("a region filter keeps the cases of that region", func(t *testing.T) {
		var page casePage
		s.do("GET", "/v1/cases?region=friesland", nil).json(t, &page)
		require.NotEmpty(t, page.Cases)
		for _, c := range page.Cases {
			assert.Equal(t, "friesland", c.Region)
		}
	})
	for _, tt := range []struct{ name, query, path string }{
		{"a limit of zero is a problem", "limit=0", "limit"},
		{"a limit over the maximum is a problem", "limit=201", "limit"},
		{"a limit that is no number is a problem", "limit=ten", "limit"},
		{"a cursor the service did not make is a problem", "cursor=abc", "cursor"},
		{"a region that is no region code is a problem", "region=Fryslân", "region"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := s.do("GET", "/v1/cases?"+tt.query, nil)
			require.Equal(t, http.StatusBadRequest, got.status)
			assert.Equal(t, tt.path, got.problems(t).Problems[0].Path)
		})
	}
}

func TestReports(t *testing.T) {
	s := startServer(t, Config{})
	d := demoCase(t, "west-brabant")
	id := d.Case.Collaboration.ID.String()
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.MustJSON(t, d.Case)).status)
	asOf := d.AsOf.String()

	t.Run("the JSON report is the library's report", func(t *testing.T) {
		rep, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err)
		want := rep.Localize(collab.Dutch)
		got := s.do("GET", "/v1/cases/"+id+"/report?lang=nl&asOf="+asOf, nil)
		require.Equal(t, http.StatusOK, got.status, "%s", got.body)
		assert.Equal(t, "application/json", got.header.Get("Content-Type"))
		assert.JSONEq(t, string(kbtest.MustJSON(t, want)), string(got.body))
	})
	t.Run("the HTML report is the page of the shared htmlreport package", func(t *testing.T) {
		rep, err := assess.Evaluate(&d.Case, d.AsOf)
		require.NoError(t, err)
		var want bytes.Buffer
		require.NoError(t, htmlreport.Write(&want, []*assess.Report{rep}, htmlreport.Options{Language: collab.English}))
		got := s.do("GET", "/v1/cases/"+id+"/report?lang=en&asOf="+asOf, nil, "Accept", "text/html")
		require.Equal(t, http.StatusOK, got.status)
		assert.Equal(t, "text/html; charset=utf-8", got.header.Get("Content-Type"))
		assert.Contains(t, got.header.Get("Vary"), "Accept")
		assert.Equal(t, want.String(), string(got.body))
	})
	t.Run("a browser's Accept header gets HTML", func(t *testing.T) {
		got := s.do("GET", "/v1/cases/"+id+"/report", nil, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		assert.Equal(t, "text/html; charset=utf-8", got.header.Get("Content-Type"))
	})
	t.Run("without asOf the report is of the server's date, in English", func(t *testing.T) {
		var rep assess.Report
		s.do("GET", "/v1/cases/"+id+"/report", nil).json(t, &rep)
		assert.Equal(t, collab.DateOf(testClock), rep.AsOf)
		assert.Equal(t, collab.English, rep.Language)
	})
	t.Run("without lang the report is in the language Accept-Language prefers", func(t *testing.T) {
		var rep assess.Report
		got := s.do("GET", "/v1/cases/"+id+"/report?asOf="+asOf, nil, "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8")
		got.json(t, &rep)
		assert.Equal(t, collab.Dutch, rep.Language)
		assert.Contains(t, got.header.Get("Vary"), "Accept-Language")
	})
	t.Run("the lang parameter wins over Accept-Language", func(t *testing.T) {
		var rep assess.Report
		s.do("GET", "/v1/cases/"+id+"/report?lang=en&asOf="+asOf, nil, "Accept-Language", "nl").json(t, &rep)
		assert.Equal(t, collab.English, rep.Language)
	})
	t.Run("bad parameters are problems with their names as paths", func(t *testing.T) {
		got := s.do("GET", "/v1/cases/"+id+"/report?lang=fr&asOf=2022-02-30", nil)
		require.Equal(t, http.StatusBadRequest, got.status)
		p := got.problems(t).Problems
		require.Len(t, p, 2)
		assert.Equal(t, "lang", p[0].Path)
		assert.Equal(t, collab.CodeUnknownValue, p[0].Code)
		assert.Equal(t, "asOf", p[1].Path)
	})
	t.Run("an Accept header that allows neither format gives 406", func(t *testing.T) {
		assert.Equal(t, http.StatusNotAcceptable, s.do("GET", "/v1/cases/"+id+"/report", nil, "Accept", "image/png").status)
	})
	t.Run("the report of a missing case gives 404", func(t *testing.T) {
		assert.Equal(t, http.StatusNotFound, s.do("GET", "/v1/cases/"+uuid.NewString()+"/report", nil).status)
	})
}

func TestNegotiate(t *testing.T) {
	tests := []struct{ accept, want string }{
		{"", "application/json"},
		{"*/*", "application/json"},
		{"text/html", "text/html"},
		{"application/json", "application/json"},
		{"text/*", "text/html"},
		{"text/html;q=0.5, application/json;q=0.9", "application/json"},
		{"text/html, */*;q=0.1", "text/html"},
		{"text/html;q=0, */*", "application/json"},
		{"image/png", ""},
		{"garbage;;", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, negotiate(tt.accept, "application/json", "text/html"), "Accept: %q", tt.accept)
	}
}

func TestNegotiateLanguage(t *testing.T) {
	tests := []struct {
		name, header string
		want         collab.Language
	}{
		{"no header gives the fallback", "", collab.English},
		{"Dutch alone gives Dutch", "nl", collab.Dutch},
		{"a regional tag counts for its language", "nl-BE", collab.Dutch},
		{"the highest quality wins", "en;q=0.5, nl;q=0.8", collab.Dutch},
		{"on a tie the first named wins", "nl, en", collab.Dutch},
		{"a language neither of ours is passed over", "fr, de;q=0.9, nl;q=0.1", collab.Dutch},
		{"only languages we lack give the fallback", "fr, de", collab.English},
		{"a quality of zero refuses the language", "nl;q=0", collab.English},
		{"a malformed quality is passed over", "nl;q=high, en;q=0.2", collab.English},
		{"the wildcard gives the fallback", "*", collab.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, negotiateLanguage(tt.header, collab.English))
		})
	}
}

func TestLessonsAndRegions(t *testing.T) {
	s := startServer(t, Config{})
	t.Run("a lesson search gives the catalogue's results", func(t *testing.T) {
		want := lesson.Default().Search(lesson.Query{Text: "zorgkantoor", Mechanism: collab.MechanismActors})
		require.NotEmpty(t, want)
		var got lessonResults
		r := s.do("GET", "/v1/lessons?q=zorgkantoor&mechanism=actors", nil)
		require.Equal(t, http.StatusOK, r.status)
		r.json(t, &got)
		assert.Equal(t, want, got.Results)
	})
	t.Run("a theme filter and a limit narrow the results", func(t *testing.T) {
		var got lessonResults
		s.do("GET", "/v1/lessons?theme=network&limit=2", nil).json(t, &got)
		assert.Len(t, got.Results, 2)
		for _, r := range got.Results {
			assert.Equal(t, lesson.ThemeNetwork, r.Lesson.Theme)
		}
	})
	t.Run("unknown filters are problems", func(t *testing.T) {
		got := s.do("GET", "/v1/lessons?mechanism=money&theme=x&lang=de&limit=-1", nil)
		require.Equal(t, http.StatusBadRequest, got.status)
		var paths []string
		for _, p := range got.problems(t).Problems {
			paths = append(paths, p.Path)
		}
		assert.Equal(t, []string{"mechanism", "theme", "lang", "limit"}, paths)
	})
	t.Run("the regions are the reference regions", func(t *testing.T) {
		var got regionList
		s.do("GET", "/v1/regions", nil).json(t, &got)
		assert.Len(t, got.Regions, region.Reference().Len())
		assert.Equal(t, region.DataVersion, got.Version)
	})
	t.Run("the regions of one kind", func(t *testing.T) {
		var got regionList
		s.do("GET", "/v1/regions?kind=province", nil).json(t, &got)
		assert.Len(t, got.Regions, 12)
		assert.Equal(t, http.StatusBadRequest, s.do("GET", "/v1/regions?kind=continent", nil).status)
	})
}

func TestUnknownRoutesAnswerInJSON(t *testing.T) {
	s := startServer(t, Config{})
	notFound := s.do("GET", "/v2/cases", nil)
	assert.Equal(t, http.StatusNotFound, notFound.status)
	assert.Equal(t, "application/problem+json", notFound.header.Get("Content-Type"))
	notAllowed := s.do("PATCH", "/v1/cases", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, notAllowed.status)
	assert.Equal(t, "GET, HEAD, POST", notAllowed.header.Get("Allow"))
	var e errorBody
	notAllowed.json(t, &e)
	assert.Equal(t, "method-not-allowed", e.Error)
}

// failingStore fails every call with an error whose text must not reach a
// client, or panics when panics is set.
type failingStore struct{ panics bool }

var errSecret = errors.New(`pq: relation "secret_table" does not exist at 10.0.0.7:5432`)

func (f failingStore) fail() error {
	if f.panics {
		panic("secret panic value")
	}
	return errSecret
}
func (f failingStore) Create(context.Context, store.Record) (store.Record, error) {
	return store.Record{}, f.fail()
}
func (f failingStore) Get(context.Context, uuid.UUID) (store.Record, error) {
	return store.Record{}, f.fail()
}
func (f failingStore) List(context.Context, store.ListQuery) ([]store.Record, string, error) {
	return nil, "", f.fail()
}
func (f failingStore) Update(context.Context, store.Record, store.Revision) (store.Record, error) {
	return store.Record{}, f.fail()
}
func (f failingStore) Delete(context.Context, uuid.UUID, store.Revision) error { return f.fail() }
func (f failingStore) Ping(context.Context) error                              { return f.fail() }
func (f failingStore) Close() error                                            { return nil }

func TestInternalErrorsNeverReachTheClient(t *testing.T) {
	for _, panics := range []bool{false, true} {
		t.Run(fmt.Sprintf("a store that fails (panicking: %v) gives a generic 500 and a log line", panics), func(t *testing.T) {
			s := startServer(t, Config{Store: failingStore{panics: panics}})
			id := demoCase(t, "friesland").Case.Collaboration.ID.String()
			for _, req := range []struct {
				method, path string
				body         []byte
			}{
				{"POST", "/v1/cases", kbtest.DemoJSON(t, "friesland")},
				{"GET", "/v1/cases", nil},
				{"GET", "/v1/cases/" + id, nil},
				{"DELETE", "/v1/cases/" + id, nil},
				{"GET", "/v1/cases/" + id + "/report", nil},
			} {
				got := s.do(req.method, req.path, req.body)
				require.Equal(t, http.StatusInternalServerError, got.status, "%s %s", req.method, req.path)
				assert.NotContains(t, string(got.body), "secret")
				assert.NotContains(t, string(got.body), "10.0.0.7")
				assert.NotContains(t, string(got.body), "goroutine")
				var e errorBody
				got.json(t, &e)
				assert.Equal(t, "internal", e.Error)
				assert.Equal(t, got.header.Get("X-Request-Id"), e.RequestID)
				assert.Contains(t, s.logs.String(), e.RequestID, "the log holds the request ID")
			}
			assert.Contains(t, s.logs.String(), "secret", "the cause is logged")
		})
	}
	t.Run("a database that does not answer makes the health check fail", func(t *testing.T) {
		s := startServer(t, Config{Store: failingStore{}})
		got := s.doAs("", "GET", "/healthz", nil)
		assert.Equal(t, http.StatusServiceUnavailable, got.status)
		assert.NotContains(t, string(got.body), "secret")
	})
}
