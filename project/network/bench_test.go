package network_test

import (
	"math/rand/v2"
	"testing"

	"github.com/regiokompas/regiokompas/project/network"
)

// randomEdges returns m distinct random edges among n nodes, the same on
// every run.
func randomEdges(n, m int) [][2]int {
	r := rand.New(rand.NewPCG(6, 1))
	seen := make(map[[2]int]bool, m)
	edges := make([][2]int, 0, m)
	for len(edges) < m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			continue
		}
		e := [2]int{min(a, b), max(a, b)}
		if !seen[e] {
			seen[e] = true
			edges = append(edges, e)
		}
	}
	return edges
}

// BenchmarkAnalyse analyses a network of 1,000 stakeholders and 10,000
// ties: Brandes' betweenness dominates, within DefaultBetweennessBudget
// (an estimate from about 200 of the 1,000 sources), and exact, O(V·E).
func BenchmarkAnalyse(b *testing.B) {
	g := network.FromEdges(1000, randomEdges(1000, 10000))
	if g.TieCount() != 10000 {
		b.Fatalf("graph has %d ties, want 10000", g.TieCount())
	}
	for _, bm := range []struct {
		name string
		opts network.Options
	}{
		{"default budget", network.Options{}},
		{"exact", network.Options{BetweennessBudget: -1}},
		{"brokers only", network.Options{Betweenness: network.BetweennessOfBrokers}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Analyse(bm.opts)
			}
		})
	}
}

// BenchmarkFromEdges builds the same graph.
func BenchmarkFromEdges(b *testing.B) {
	edges := randomEdges(1000, 10000)
	b.ReportAllocs()
	for b.Loop() {
		network.FromEdges(1000, edges)
	}
}
