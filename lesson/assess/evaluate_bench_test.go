package assess_test

import (
	"encoding/json"
	"runtime"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

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

// BenchmarkEvaluateAtTheLimits assesses a case at the documented limits:
// collab.MaxMembers members and assess.MaxProjects projects. The goal is
// under 150 ms.
func BenchmarkEvaluateAtTheLimits(b *testing.B) {
	c := generatedCase(b, 1, collab.MaxMembers, assess.MaxProjects)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Evaluate(c, benchAsOf); err != nil {
			b.Fatal(err)
		}
	}
}

// denseCase returns a valid case of collab.MaxMembers members in which
// networks tie everyone to everyone: one network of all members, and
// others of half of them, overlapping. It is the case of issue 16 that
// took 3 s to assess: about 1 MB of JSON, under the body limit of a
// service.
func denseCase(tb testing.TB) *assess.Case {
	tb.Helper()
	c := generatedCase(tb, 7, collab.MaxMembers, 200)
	col := &c.Collaboration
	all := make([]uuid.UUID, 0, len(col.Members))
	for i := range col.Members {
		all = append(all, col.Members[i].Stakeholder)
	}
	since := col.Started
	for i := range col.Members {
		if col.Members[i].Joined.After(since) {
			since = col.Members[i].Joined
		}
	}
	col.Networks = nil
	for k := range 20 {
		members := all
		if k > 0 {
			members = all[k*20 : k*20+len(all)/2]
		}
		col.Networks = append(col.Networks, collab.Network{
			ID: uuid.UUID{0xde, byte(k), 0x40, 0x80}, Name: "Netwerk " + strconv.Itoa(k), Kind: collab.NetworkProfessionals,
			Since: since, Members: members,
		})
	}
	// Two cliques held together by one member: a broker in a dense graph.
	col.Networks[1].Members = all[:501]
	col.Networks[2].Members = all[500:]
	if err := c.Validate(); err != nil {
		tb.Fatalf("the dense case is not valid: %v", err)
	}
	return c
}

// BenchmarkEvaluateDense assesses the dense case (see denseCase). The goal
// is under 0.5 s.
func BenchmarkEvaluateDense(b *testing.B) {
	c := denseCase(b)
	raw, err := json.Marshal(c)
	require.NoError(b, err)
	b.ReportMetric(float64(len(raw)), "case-bytes")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Evaluate(c, benchAsOf); err != nil {
			b.Fatal(err)
		}
	}
}
