package network

import (
	"slices"

	"github.com/google/uuid"
)

// Centrality is how central one stakeholder is in the actor network.
//
// Degree is the number of distinct partners it is tied to; Strength the sum
// of the weights of those ties (shared networks and projects).
//
// Betweenness is the raw betweenness centrality on the unweighted graph
// (Brandes' algorithm): summed over every unordered pair of other
// stakeholders {s, t} that are connected, the share of the shortest paths
// between s and t that pass through this stakeholder. The middle node of a
// path of three has Betweenness 1; an isolated node or a leaf has 0; the
// centre of a star with k leaves has k(k-1)/2.
//
// NormalisedBetweenness divides Betweenness by the number of pairs of other
// stakeholders, (n-1)(n-2)/2 for n nodes, so that it lies between 0 and 1
// whatever the size of the network: 1 for the centre of a star. It is 0
// when there are fewer than three nodes. Compare stakeholders of one
// network by either; compare networks of different sizes by the normalised
// one.
type Centrality struct {
	Stakeholder           uuid.UUID `json:"stakeholder"`
	Degree                int       `json:"degree"`
	Strength              int       `json:"strength"`
	Betweenness           float64   `json:"betweenness"`
	NormalisedBetweenness float64   `json:"normalisedBetweenness"`
}

// betweenness returns the raw betweenness of every node by Brandes'
// algorithm for unweighted, undirected graphs: one breadth-first search per
// source, then dependencies accumulated in reverse order of distance.
// Instead of predecessor lists the accumulation walks each node's
// neighbours one step further away, so the work per source is O(V+E) and
// the whole O(V·E); memory is O(V) besides the graph. Every pair is counted
// from both ends, so the sums are halved.
//
// When the V searches would take more than budget steps (budget >= 0),
// only k = budget/(V+2E) sources (at least one) are searched, spread
// evenly over the nodes, and the sums are scaled by V/k: the estimate of
// Brandes and Pich ("Centrality estimation in large networks", 2007) with
// fixed pivots, so that the same graph always gives the same figures.
func (g *Graph) betweenness(s *stop, budget int) []float64 {
	n := g.Len()
	bc := make([]float64, n)
	if n < 3 {
		return bc
	}
	sources, scale := n, 1.0
	if step := n + len(g.adj); budget >= 0 && float64(n)*float64(step) > float64(budget) {
		sources = max(1, budget/step)
		scale = float64(n) / float64(sources)
	}
	sigma := make([]float64, n) // number of shortest paths from the source
	coef := make([]float64, n)  // (1 + dependency of the source on a node) / sigma
	dist := make([]int32, n)
	order := make([]int32, 0, n) // nodes in the order the search reached them
	for k := range sources {
		src := k * n / sources
		for i := range dist {
			dist[i] = -1
		}
		order = order[:0]
		sigma[src], dist[src] = 1, 0
		order = append(order, int32(src))
		for head := 0; head < len(order); head++ {
			v := order[head]
			if s.after(1 + int(g.off[v+1]-g.off[v])) {
				return bc
			}
			dv := dist[v]
			for _, w := range g.adj[g.off[v]:g.off[v+1]] {
				if dist[w] < 0 {
					dist[w] = dv + 1
					sigma[w] = 0
					order = append(order, w)
				}
				if dist[w] == dv+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		// coef[w] = (1+delta[w])/sigma[w], so that delta[v] is sigma[v]
		// times the sum of coef over v's successors: one division per
		// node instead of one per tie.
		for i := len(order) - 1; i > 0; i-- {
			v := order[i]
			dv := dist[v]
			sum := 0.0
			for _, w := range g.adj[g.off[v]:g.off[v+1]] {
				if dist[w] == dv+1 {
					sum += coef[w]
				}
			}
			d := sigma[v] * sum
			coef[v] = (1 + d) / sigma[v]
			bc[v] += d
		}
	}
	for i := range bc {
		bc[i] *= scale / 2
	}
	return bc
}

// centrality returns every node's centrality in node (ID) order, with the
// betweenness that opts ask for, given the brokers.
func (g *Graph) centrality(s *stop, opts Options, brokers []Broker) []Centrality {
	n := g.Len()
	var bc []float64
	switch opts.Betweenness {
	case BetweennessAll:
		bc = g.betweenness(s, opts.budget())
	case BetweennessOfBrokers:
		if len(brokers) > 0 {
			all := g.betweenness(s, opts.budget())
			bc = make([]float64, n)
			for _, b := range brokers {
				if v, ok := g.node(b.Stakeholder); ok {
					bc[v] = all[v]
				}
			}
		}
	}
	pairs := float64(n-1) * float64(n-2) / 2
	out := make([]Centrality, n)
	for v := range n {
		c := Centrality{Stakeholder: g.ids[v], Degree: g.degree(v), Strength: g.strength(v)}
		if bc != nil {
			c.Betweenness = bc[v]
		}
		if n >= 3 {
			c.NormalisedBetweenness = c.Betweenness / pairs
		}
		out[v] = c
	}
	return out
}

// node returns the node of stakeholder id.
func (g *Graph) node(id uuid.UUID) (int, bool) {
	return slices.BinarySearchFunc(g.ids, id, compareID)
}
