package assess_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
)

// BenchmarkTwins suggests twins among 1,000 generated cases, each with 12
// members and 8 projects, assessed beforehand: O(n²·m) pairs of cases and
// mechanisms.
func BenchmarkTwins(b *testing.B) {
	const n = 1000
	asOf := collab.MustParseDate("2021-06-01")
	cases := make([]*assess.Case, n)
	reports := make([]*assess.Report, n)
	for i := range cases {
		c := assesstest.Case(uint64(i+1), 12, 8)
		r, err := assess.Evaluate(&c, asOf)
		require.NoError(b, err)
		cases[i], reports[i] = &c, r
	}
	got, err := assess.Twins(cases, reports, assess.TwinOptions{})
	require.NoError(b, err)
	twins := 0
	for _, s := range got {
		twins += len(s.Twins)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Twins(cases, reports, assess.TwinOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(got)), "suggestions")
	b.ReportMetric(float64(twins), "twins")
}
