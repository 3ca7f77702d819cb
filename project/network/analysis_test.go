package network_test

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/project/network"
)

// id is the synthetic ID of node i of a graph built by FromEdges.
func id(i int) uuid.UUID { return network.NodeID(i) }

func ids(is ...int) []uuid.UUID {
	out := make([]uuid.UUID, len(is))
	for k, i := range is {
		out[k] = id(i)
	}
	return out
}

// betweenness returns the raw and normalised betweenness per node.
func betweenness(a network.Analysis) (raw, norm []float64) {
	for _, c := range a.Centrality {
		raw = append(raw, c.Betweenness)
		norm = append(norm, c.NormalisedBetweenness)
	}
	return raw, norm
}

func degrees(a network.Analysis) []int {
	var out []int
	for _, c := range a.Centrality {
		out = append(out, c.Degree)
	}
	return out
}

// twoTriangles is two triangles {0,1,2} and {4,5,6} joined through node 3,
// which is tied to 2 and to 4.
var twoTriangles = [][2]int{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {4, 6}}

func TestCentralityOnGraphsWhoseValuesAreKnownByHand(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		edges   [][2]int
		degree  []int
		raw     []float64
		norm    []float64
		brokers []network.Broker
	}{
		{
			name: "the middle of a path of three lies on the one path between the ends",
			n:    3, edges: [][2]int{{0, 1}, {1, 2}},
			degree:  []int{1, 2, 1},
			raw:     []float64{0, 1, 0},
			norm:    []float64{0, 1, 0},
			brokers: []network.Broker{{Stakeholder: id(1), Parts: 2, CutOff: 1}},
		},
		{
			name: "the centre of a star with four leaves lies on all six paths between leaves",
			n:    5, edges: [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}},
			degree:  []int{4, 1, 1, 1, 1},
			raw:     []float64{6, 0, 0, 0, 0},
			norm:    []float64{1, 0, 0, 0, 0},
			brokers: []network.Broker{{Stakeholder: id(0), Parts: 4, CutOff: 3}},
		},
		{
			name: "two triangles joined by a bridge node depend on the bridge and on both its ends",
			n:    7, edges: twoTriangles,
			degree: []int{2, 2, 3, 2, 3, 2, 2},
			// 3 lies on the 9 paths between the triangles; 2 on the 8 paths
			// from 0 or 1 to 3, 4, 5 or 6; 4 likewise. 15 pairs of others.
			raw:  []float64{0, 0, 8, 9, 8, 0, 0},
			norm: []float64{0, 0, 8.0 / 15, 9.0 / 15, 8.0 / 15, 0, 0},
			brokers: []network.Broker{
				{Stakeholder: id(3), Parts: 2, CutOff: 3},
				{Stakeholder: id(2), Parts: 2, CutOff: 2},
				{Stakeholder: id(4), Parts: 2, CutOff: 2},
			},
		},
		{
			name: "each node of a square carries half of the pair opposite it",
			n:    4, edges: [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}},
			degree:  []int{2, 2, 2, 2},
			raw:     []float64{0.5, 0.5, 0.5, 0.5},
			norm:    []float64{1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6},
			brokers: []network.Broker{},
		},
		{
			name: "a path with an isolated node beside it",
			n:    4, edges: [][2]int{{0, 1}, {1, 2}},
			degree:  []int{1, 2, 1, 0},
			raw:     []float64{0, 1, 0, 0},
			norm:    []float64{0, 1.0 / 3, 0, 0},
			brokers: []network.Broker{{Stakeholder: id(1), Parts: 2, CutOff: 1}},
		},
		{
			name: "two nodes have no pairs of others, so no betweenness",
			n:    2, edges: [][2]int{{0, 1}},
			degree:  []int{1, 1},
			raw:     []float64{0, 0},
			norm:    []float64{0, 0},
			brokers: []network.Broker{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := network.FromEdges(tt.n, tt.edges).Analyse(network.Options{})
			assert.Equal(t, tt.degree, degrees(a))
			raw, norm := betweenness(a)
			assert.InDeltaSlice(t, tt.raw, raw, 1e-12)
			assert.InDeltaSlice(t, tt.norm, norm, 1e-12)
			assert.Equal(t, tt.brokers, a.Brokers)
		})
	}
}

func TestIsolatedNodesAndComponents(t *testing.T) {
	a := network.FromEdges(6, [][2]int{{4, 5}, {0, 1}, {1, 2}}).Analyse(network.Options{})
	assert.Equal(t, ids(3), a.Isolated, "only node 3 has no tie")
	assert.Equal(t, []network.Component{
		{Size: 3, Members: ids(0, 1, 2)},
		{Size: 2, Members: ids(4, 5)},
		{Size: 1, Members: ids(3)},
	}, a.Components, "largest first")
	assert.Equal(t, 6, a.Stakeholders)
	assert.Equal(t, 3, a.Ties)
	assert.InDelta(t, 3.0/15, a.Density, 1e-12)
}

func TestRootOfTheSearchIsABrokerOnlyWithTwoSeparatePieces(t *testing.T) {
	// Node 0 is visited first; it is a broker in the path 1-0-2 but not in
	// the triangle.
	a := network.FromEdges(3, [][2]int{{0, 1}, {0, 2}}).Analyse(network.Options{})
	assert.Equal(t, []network.Broker{{Stakeholder: id(0), Parts: 2, CutOff: 1}}, a.Brokers)
	a = network.FromEdges(3, [][2]int{{0, 1}, {0, 2}, {1, 2}}).Analyse(network.Options{})
	assert.Empty(t, a.Brokers)
}

func TestABrokerBetweenThreeGroupsCutsOffAllButTheLargest(t *testing.T) {
	// Node 2 joins a pair {0,1}, a single node 3 and a triangle {4,5,6}.
	a := network.FromEdges(7, [][2]int{{0, 1}, {1, 2}, {2, 3}, {2, 4}, {4, 5}, {5, 6}, {4, 6}}).Analyse(network.Options{})
	assert.Equal(t, []network.Broker{
		{Stakeholder: id(2), Parts: 3, CutOff: 3}, // without 2: {0,1}, {3} and {4,5,6}
		{Stakeholder: id(4), Parts: 2, CutOff: 2}, // without 4: {5,6} and {0,1,2,3}
		{Stakeholder: id(1), Parts: 2, CutOff: 1}, // without 1: {0} and the rest
	}, a.Brokers)
}

func TestRepeatedEdgesAddWeightAndBadEdgesAreIgnored(t *testing.T) {
	g := network.FromEdges(3, [][2]int{{0, 1}, {1, 0}, {0, 1}, {2, 2}, {0, 3}, {-1, 1}})
	assert.Equal(t, []network.Tie{{A: id(0), B: id(1), Weight: 3}}, g.Ties())
	a := g.Analyse(network.Options{})
	require.Len(t, a.Centrality, 3)
	assert.Equal(t, 1, a.Centrality[0].Degree)
	assert.Equal(t, 3, a.Centrality[0].Strength)
	assert.Equal(t, ids(2), a.Isolated)
}

func TestEmptyGraphsGiveAnEmptyAnalysis(t *testing.T) {
	for name, g := range map[string]*network.Graph{
		"nil graph":           nil,
		"zero graph":          {},
		"no nodes":            network.FromEdges(0, nil),
		"negative node count": network.FromEdges(-3, [][2]int{{0, 1}}),
		"nil collaboration":   network.Build(nil, nil, date("2021-01-01")),
	} {
		t.Run(name, func(t *testing.T) {
			a := g.Analyse(network.Options{})
			assert.Zero(t, a.Stakeholders)
			assert.Empty(t, g.Ties())
			assert.Empty(t, g.Nodes())
			b, err := json.Marshal(a)
			require.NoError(t, err)
			assert.JSONEq(t, `{"stakeholders":0,"ties":0,"density":0,"centrality":[],"isolated":[],"brokers":[],"components":[],"fragile":[],"overlaps":[]}`, string(b),
				"every list is present and empty")
		})
	}
}

func TestOfFindsAStakeholdersCentrality(t *testing.T) {
	a := network.FromEdges(3, [][2]int{{0, 1}, {1, 2}}).Analyse(network.Options{})
	c, ok := a.LookupCentrality(id(1))
	require.True(t, ok)
	assert.Equal(t, 1.0, c.Betweenness)
	_, ok = a.LookupCentrality(id(7))
	assert.False(t, ok)
}

func TestAnalysisIsDeterministic(t *testing.T) {
	g := network.FromEdges(len(twoTriangles), twoTriangles)
	first, err := json.Marshal(g.Analyse(network.Options{}))
	require.NoError(t, err)
	for range 5 {
		again, err := json.Marshal(g.Analyse(network.Options{}))
		require.NoError(t, err)
		assert.Equal(t, string(first), string(again))
	}
}
