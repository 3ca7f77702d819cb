package network_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/project/network"
)

// twoCliquesAndABridge returns two cliques of k nodes each, tied through
// one node (2k) that belongs to both: the one broker of the graph.
func twoCliquesAndABridge(k int) (n int, edges [][2]int) {
	bridge := 2 * k
	for side := range 2 {
		for a := side * k; a < (side+1)*k; a++ {
			edges = append(edges, [2]int{a, bridge})
			for b := a + 1; b < (side+1)*k; b++ {
				edges = append(edges, [2]int{a, b})
			}
		}
	}
	return 2*k + 1, edges
}

func TestBetweennessOfBrokersOnlyKeepsTheBrokersFigure(t *testing.T) {
	g := network.FromEdges(twoCliquesAndABridge(10))
	all := g.Analyse(network.Options{})
	brokers := g.Analyse(network.Options{Betweenness: network.BetweennessOfBrokers})
	none := g.Analyse(network.Options{Betweenness: network.BetweennessNone})

	require.Len(t, brokers.Brokers, 1)
	bridge := brokers.Brokers[0].Stakeholder
	want, _ := all.LookupCentrality(bridge)
	got, _ := brokers.LookupCentrality(bridge)
	assert.Equal(t, want, got, "the broker's betweenness is the same as when every one is worked out")
	assert.InDelta(t, 100, got.Betweenness, 1e-9, "every pair across the bridge, 10·10, runs through it")
	for _, c := range brokers.Centrality {
		if c.Stakeholder != bridge {
			assert.Zero(t, c.Betweenness, "only brokers get a betweenness")
		}
	}
	for _, c := range none.Centrality {
		assert.Zero(t, c.Betweenness)
	}
	assert.Equal(t, all.Brokers, none.Brokers, "the rest of the analysis does not depend on the scope")
	assert.Equal(t, all.Components, none.Components)
}

func TestBetweennessOfBrokersCostsNothingWithoutBrokers(t *testing.T) {
	// A ring has no broker: no betweenness is worked out, so all are zero,
	// although every node of a ring lies on shortest paths.
	var ring [][2]int
	for i := range 8 {
		ring = append(ring, [2]int{i, (i + 1) % 8})
	}
	a := network.FromEdges(8, ring).Analyse(network.Options{Betweenness: network.BetweennessOfBrokers})
	assert.Empty(t, a.Brokers)
	for _, c := range a.Centrality {
		assert.Zero(t, c.Betweenness)
	}
}

func TestBetweennessOverTheBudgetIsEstimatedFromASample(t *testing.T) {
	g := network.FromEdges(twoCliquesAndABridge(30))
	exact := g.Analyse(network.Options{BetweennessBudget: -1})
	// One search step per node and tie end: a budget of 10 searches.
	step := g.Len() + 2*g.TieCount()
	estimate := g.Analyse(network.Options{BetweennessBudget: 10 * step})
	again := g.Analyse(network.Options{BetweennessBudget: 10 * step})
	assert.Equal(t, estimate, again, "the sample is fixed, so the estimate is the same every time")

	bridge := exact.Brokers[0].Stakeholder
	want, _ := exact.LookupCentrality(bridge)
	got, _ := estimate.LookupCentrality(bridge)
	assert.InDelta(t, 900, want.Betweenness, 1e-9)
	assert.InDelta(t, want.NormalisedBetweenness, got.NormalisedBetweenness, 0.1, "the estimate is close to the exact share")
	assert.Equal(t, exact, g.Analyse(network.Options{}), "a graph of 61 nodes is within the default budget")
}
