package api

import (
	"net/http"
	"strconv"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/region"
)

// lessonResults is the body of GET /v1/lessons.
type lessonResults struct {
	Results []lesson.Result `json:"results"`
}

// regionList is the body of GET /v1/regions.
type regionList struct {
	Version string          `json:"version"`
	Regions []region.Region `json:"regions"`
}

// searchLessons is GET /v1/lessons?q=&mechanism=&theme=&lang=&limit=: the
// lessons of the built-in catalogue that match, best first (see
// lesson.Catalogue.Search).
func (s *Server) searchLessons(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := lesson.Query{Text: q.Get("q")}
	var problems []collab.Problem
	parameter(q, "mechanism", collab.ParseMechanism, &query.Mechanism, &problems)
	parameter(q, "theme", lesson.ParseTheme, &query.Theme, &problems)
	parameter(q, "lang", collab.ParseLanguage, &query.Language, &problems)
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			problems = append(problems, collab.Problem{Path: "limit", Code: collab.CodeOutOfRange,
				Message: strconv.Quote(v) + " is not a whole number of 1 or more"})
		}
		query.Limit = n
	}
	if len(problems) > 0 {
		s.writeProblems(w, r, problems)
		return
	}
	s.writeJSON(w, r, http.StatusOK, lessonResults{Results: s.lessons.Search(query)})
}

// listRegions is GET /v1/regions?kind=: the Dutch reference regions, all or
// of one kind, with the version of their data.
func (s *Server) listRegions(w http.ResponseWriter, r *http.Request) {
	list := regionList{Version: region.DataVersion}
	if v := r.URL.Query().Get("kind"); v != "" {
		k, err := region.ParseKind(v)
		if err != nil {
			s.writeProblems(w, r, atParameter("kind", err))
			return
		}
		list.Regions = s.regions.ByKind(k)
	} else {
		list.Regions = s.regions.All()
	}
	s.writeJSON(w, r, http.StatusOK, list)
}
