package assess_test

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/region"
)

// The tests of this file run under -race in CI: they share cases and
// catalogues between goroutines, as a service does, and check that every
// concurrent result equals the sequential one.

// sharedJob is one assessment that many goroutines repeat on the same case.
type sharedJob struct {
	name string
	c    *assess.Case
	asOf collab.Date
	lang collab.Language
	want string // the report as JSON, computed sequentially
}

func sharedJobs(t *testing.T) []sharedJob {
	t.Helper()
	var jobs []sharedJob
	for _, d := range demo.All() {
		for _, lang := range []collab.Language{collab.English, collab.Dutch} {
			jobs = append(jobs, sharedJob{name: d.Name, c: &d.Case, asOf: d.AsOf, lang: lang})
		}
	}
	for seed := range uint64(8) {
		c := assesstest.Case(seed, 4+int(seed), 2+int(seed))
		jobs = append(jobs, sharedJob{name: fmt.Sprintf("generated %d", seed), c: &c, asOf: collab.MustParseDate("2022-12-31"), lang: collab.English})
	}
	for i := range jobs {
		jobs[i].want = evaluateJSON(t, &jobs[i])
	}
	return jobs
}

func evaluateJSON(t *testing.T, j *sharedJob) string {
	r, err := assess.Evaluate(j.c, j.asOf)
	if err != nil {
		t.Errorf("%s: %v", j.name, err)
		return ""
	}
	b, err := json.Marshal(r.Localize(j.lang))
	if err != nil {
		t.Errorf("%s: %v", j.name, err)
		return ""
	}
	return string(b) + "\n" + r.String()
}

func TestEvaluateGivesTheSequentialResultFromManyGoroutines(t *testing.T) {
	jobs := sharedJobs(t)
	goroutines, each := 8, 200
	switch {
	case testing.Short():
		each = 25
	case raceEnabled() && !longRun():
		each = 50 // the race detector needs the goroutines to overlap, not to repeat
	}
	var wg sync.WaitGroup
	mismatches := make([][]string, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				j := &jobs[(g*7+i)%len(jobs)]
				if got := evaluateJSON(t, j); got != j.want {
					mismatches[g] = append(mismatches[g], j.name)
				}
				if err := j.c.Validate(); err != nil {
					t.Errorf("%s: %v", j.name, err)
				}
			}
		})
	}
	wg.Wait()
	for g, m := range mismatches {
		assert.Empty(t, m, "goroutine %d got reports that differ from the sequential ones", g)
	}
}

func TestCataloguesGiveTheSequentialAnswersFromManyGoroutines(t *testing.T) {
	lessons := lesson.Default()
	regions := region.Reference()
	queries := []lesson.Query{
		{Text: "urgentie"},
		{Text: "zorgkantoor regiotafel", Language: collab.Dutch},
		{Text: "professionals", Mechanism: collab.MechanismActors},
		{Theme: lesson.ThemeNetwork},
		{Text: "capacity", Limit: 3},
	}
	names := []string{"Fryslân", "friesland", "Utrecht", "'t Gooi", "West-Brabant", "nowhere"}
	own := region.Region{Code: "zoetermeer-centrum", Name: "Zoetermeer Centrum", Kind: region.KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}}

	type answers struct {
		search  [][]lesson.Result
		lookup  []lesson.Lesson
		byMech  [][]lesson.Lesson
		byName  []region.Region
		ancest  [][]region.Region
		layered int
	}
	ask := func() (a answers) {
		for _, q := range queries {
			a.search = append(a.search, lessons.Search(q))
		}
		for _, code := range lessons.Codes() {
			l, _ := lessons.Lookup(code)
			a.lookup = append(a.lookup, l)
		}
		for _, m := range collab.Mechanisms() {
			a.byMech = append(a.byMech, lessons.ByMechanism(m))
		}
		for _, n := range names {
			r, _ := regions.LookupByName(n)
			a.byName = append(a.byName, r)
		}
		for _, r := range regions.All() {
			a.ancest = append(a.ancest, regions.Ancestors(r.Code))
		}
		withOwn, err := regions.With(own)
		if err == nil {
			a.layered = withOwn.Len()
		}
		return a
	}
	want := ask()
	require.NotEmpty(t, want.search[0], "the query must find lessons, or the test shows nothing")
	require.Equal(t, regions.Len()+1, want.layered)

	goroutines, each := 8, 20
	switch {
	case testing.Short():
		each = 4
	case raceEnabled() && !longRun():
		each = 5 // the race detector needs the goroutines to overlap, not to repeat
	}
	got := make([][]answers, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for range each {
				a := ask()
				// Changing what a catalogue hands out must not reach the
				// catalogue, nor another goroutine.
				if len(a.lookup) > 0 {
					a.lookup[0].Mechanisms = append(a.lookup[0].Mechanisms[:0], collab.MechanismLeeway)
				}
				if len(a.ancest) > 0 && len(a.ancest[len(a.ancest)-1]) > 0 {
					a.ancest[len(a.ancest)-1][0].Name = "changed"
				}
				got[g] = append(got[g], ask())
			}
		})
	}
	wg.Wait()
	for g := range got {
		for _, a := range got[g] {
			require.Equal(t, want, a, "goroutine %d", g)
		}
	}
}
