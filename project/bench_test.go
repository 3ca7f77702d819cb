package project_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// Run with
//
//	go test -run '^$' -bench BenchmarkPortfolio -benchmem ./project/...
//
// (add -benchtime=3x for the million-project portfolios). Besides ns/op the
// benchmarks report ns/project, which must stay about the same from 10,000
// to 1,000,000 projects, and allocs/op, which must not grow with the
// number of projects.

var benchSizes = []int{320, 10_000, 1_000_000}

// benchData holds a generated portfolio and its collaborations, built once
// per size and shared by the benchmarks of this file.
type benchData struct {
	once   sync.Once
	pf     project.Portfolio
	collab []*collab.Collaboration
}

var benchCache [3]benchData

func benchPortfolio(b *testing.B, size int) *benchData {
	b.Helper()
	for i, n := range benchSizes {
		if n != size {
			continue
		}
		d := &benchCache[i]
		d.once.Do(func() {
			cs, _ := collabtest.Collaborations(1, 31, 12)
			for k := range cs {
				d.collab = append(d.collab, &cs[k])
			}
			d.pf.Projects = projecttest.Portfolio(1, n, d.collab...)
		})
		return d
	}
	b.Fatalf("no benchmark portfolio of %d projects", size)
	return nil
}

func perProject(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/project")
}

func BenchmarkPortfolioValidate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run("projects="+strconv.Itoa(n), func(b *testing.B) {
			pf := &benchPortfolio(b, n).pf
			if err := pf.Validate(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := pf.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			perProject(b, n)
		})
	}
}

func BenchmarkPortfolioValidateIn(b *testing.B) {
	for _, n := range benchSizes {
		b.Run("projects="+strconv.Itoa(n), func(b *testing.B) {
			d := benchPortfolio(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := d.pf.ValidateIn(d.collab...); err != nil {
					b.Fatal(err)
				}
			}
			perProject(b, n)
		})
	}
}

func BenchmarkPortfolioAnalyse(b *testing.B) {
	asOf := collab.MustParseDate("2022-06-21")
	for _, n := range benchSizes {
		b.Run("projects="+strconv.Itoa(n), func(b *testing.B) {
			pf := &benchPortfolio(b, n).pf
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_ = pf.ThemesPerYear(asOf)
				_ = pf.PhasesOn(asOf)
				_ = pf.Regions(asOf)
				_ = pf.ThemeShift(2019, 2020, asOf)
				_ = pf.FundingBySource(asOf)
				_ = pf.FundingPerYear(asOf)
				stalled := 0
				for range pf.Stalled(asOf, 12) {
					stalled++
				}
				if stalled == 0 {
					b.Fatal("a realistic portfolio has stalled projects")
				}
			}
			perProject(b, n)
		})
	}
}

func BenchmarkProjectValidate(b *testing.B) {
	p := validProject()
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
