package assess_test

import (
	"runtime"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// benchAsOf is the date the generated cases are assessed on: after the
// last date the generator writes.
var benchAsOf = collab.MustParseDate("2023-01-01")

// generatedCase returns a valid case of one generated collaboration with
// the given number of members and projects.
func generatedCase(tb testing.TB, seed uint64, members, projects int) *assess.Case {
	tb.Helper()
	col, stakeholders := collabtest.Collaboration(seed, members)
	c := &assess.Case{Stakeholders: stakeholders, Collaboration: col}
	c.Projects = projecttest.Portfolio(seed, projects, &c.Collaboration)
	if err := c.Validate(); err != nil {
		tb.Fatalf("generated case %d is not valid: %v", seed, err)
	}
	return c
}

// BenchmarkEvaluate assesses one large case: 50 members and 300 projects.
func BenchmarkEvaluate(b *testing.B) {
	c := generatedCase(b, 1, 50, 300)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Evaluate(c, benchAsOf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateMany assesses 10,000 generated cases of 12 members and
// 12 projects each, one op being all of them; it reports the time and
// allocations per case.
func BenchmarkEvaluateMany(b *testing.B) {
	const n = 10_000
	cases := make([]*assess.Case, n)
	for i := range cases {
		cases[i] = generatedCase(b, uint64(i+1), 12, 12)
	}
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rounds := 0
	for b.Loop() {
		for _, c := range cases {
			if _, err := assess.Evaluate(c, benchAsOf); err != nil {
				b.Fatal(err)
			}
		}
		rounds++
	}
	runtime.ReadMemStats(&after)
	perCase := float64(rounds * n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/perCase, "ns/case")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/perCase, "allocs/case")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/perCase, "B/case")
}
