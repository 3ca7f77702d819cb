package network

import (
	"bytes"
	"context"
	"encoding/binary"
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// Graph is the actor network of a collaboration on one date: its active
// members as nodes, and undirected, weighted ties between members who share
// networks or running projects. Build makes one from a collaboration.
//
// A Graph never changes once built and is safe for concurrent use. The zero
// Graph, like a nil *Graph, has no nodes.
type Graph struct {
	ids []uuid.UUID // node -> stakeholder, ascending
	// Adjacency in compressed sparse row form: the neighbours of node v
	// are adj[off[v]:off[v+1]], ascending, with the tie's counts alongside.
	off  []int32
	adj  []int32
	nets []int32 // networks the two share, per adjacency entry
	pros []int32 // running projects the two share, per adjacency entry
	// multi counts edges given to fromEdges (tests only), per adjacency entry.
	multi []int32

	networks []networkNodes
	projects []projectNodes
}

// networkNodes is one active network: its position in
// collab.Collaboration.Networks and its active members as sorted nodes.
type networkNodes struct {
	index int
	id    uuid.UUID
	name  string
	nodes []int32
}

// projectNodes is one running project: its position in the projects given
// to Build, its key people and its participating members as sorted nodes.
type projectNodes struct {
	index     int
	id        uuid.UUID
	title     string
	keyPeople int
	nodes     []int32
}

// Tie is an undirected tie between two stakeholders, A before B in ID
// order. Weight is how many contexts tie them: Networks (active networks
// both belong to) plus Projects (running projects both take part in).
type Tie struct {
	A        uuid.UUID `json:"a"`
	B        uuid.UUID `json:"b"`
	Weight   int       `json:"weight"`
	Networks int       `json:"networks"`
	Projects int       `json:"projects"`
}

// maxNodes is the largest number of nodes fromEdges builds; collab allows
// at most collab.MaxMembers members, far fewer.
const maxNodes = 1 << 24

// edgeCount accumulates the contexts of one tie while a graph is built.
type edgeCount struct{ nets, pros, multi int32 }

// Build returns the actor graph of c as it stood on asOf. Its nodes are
// the members of c active on asOf, in stakeholder ID order. Every network
// of c that exists on asOf ties each pair of its members that are active
// nodes; every project of projects that belongs to c and runs on asOf
// (project.Project.IsRunningOn) ties each pair of its participants that
// are active nodes. References to stakeholders that are not active members
// are ignored, as are repeated members of one network or project, so Build
// never fails; validate the case first to hear about them.
//
// A nil c gives an empty graph. Building costs O(M log M + Σ kᵢ²) for M
// members and networks and projects of kᵢ members.
func Build(c *collab.Collaboration, projects []project.Project, asOf collab.Date) *Graph {
	return build(&stop{}, c, projects, asOf)
}

// BuildContext is Build that stops when ctx is done: it looks at ctx
// before it starts and then at least every CheckInterval steps, and
// returns ctx's error, wrapped with the stage it stopped in, and no graph.
func BuildContext(ctx context.Context, c *collab.Collaboration, projects []project.Project, asOf collab.Date) (*Graph, error) {
	s := &stop{ctx: ctx}
	s.stage("building the graph")
	g := build(s, c, projects, asOf)
	if s.err != nil {
		return nil, s.err
	}
	return g, nil
}

// build is Build, counting its steps on s; once s stops it returns early,
// with a graph that is not to be used.
func build(s *stop, c *collab.Collaboration, projects []project.Project, asOf collab.Date) *Graph {
	g := &Graph{}
	if c == nil {
		g.off = []int32{0}
		return g
	}
	for i := range c.Members {
		if c.Members[i].ActiveOn(asOf) {
			g.ids = append(g.ids, c.Members[i].Stakeholder)
		}
	}
	slices.SortFunc(g.ids, compareID)
	g.ids = slices.Compact(g.ids)
	index := make(map[uuid.UUID]int32, len(g.ids))
	for i, id := range g.ids {
		index[id] = int32(i)
	}
	nodesOf := func(ids []uuid.UUID) []int32 {
		var nodes []int32
		for _, id := range ids {
			if v, ok := index[id]; ok {
				nodes = append(nodes, v)
			}
		}
		slices.Sort(nodes)
		return slices.Compact(nodes)
	}

	// Ties are counted in a triangular table of every pair of nodes when
	// there are at most denseNodes (a counter per pair is quicker than a
	// map entry), and in a map of the pairs that occur above that.
	n := len(g.ids)
	var dense []edgeCount
	var edges map[uint64]edgeCount
	if n <= denseNodes {
		dense = make([]edgeCount, n*(n-1)/2)
	} else {
		edges = make(map[uint64]edgeCount)
	}
	tie := func(nodes []int32, network bool) {
		for x := range nodes {
			if s.after(len(nodes) - x) {
				return
			}
			a := int(nodes[x])
			row := a*(2*n-a-1)/2 - a - 1 // dense index of (a, b) is row+b
			for y := x + 1; y < len(nodes); y++ {
				var e *edgeCount
				var sparse edgeCount
				if dense != nil {
					e = &dense[row+int(nodes[y])]
				} else {
					e = &sparse
					sparse = edges[uint64(a)<<32|uint64(nodes[y])]
				}
				if network {
					e.nets++
				} else {
					e.pros++
				}
				if dense == nil {
					edges[uint64(a)<<32|uint64(nodes[y])] = sparse
				}
			}
		}
	}
	for i := range c.Networks {
		n := &c.Networks[i]
		if !n.ActiveOn(asOf) {
			continue
		}
		if s.after(len(n.Members)) {
			return g
		}
		nn := networkNodes{index: i, id: n.ID, name: n.Name, nodes: nodesOf(n.Members)}
		tie(nn.nodes, true)
		g.networks = append(g.networks, nn)
	}
	for i := range projects {
		p := &projects[i]
		if s.after(1 + len(p.Participants)) {
			return g
		}
		if p.Collaboration != c.ID || !p.IsRunningOn(asOf) {
			continue
		}
		ids := make([]uuid.UUID, len(p.Participants))
		for j := range p.Participants {
			ids[j] = p.Participants[j].Stakeholder
		}
		pn := projectNodes{index: i, id: p.ID, title: p.Title, keyPeople: p.KeyPeople, nodes: nodesOf(ids)}
		tie(pn.nodes, false)
		g.projects = append(g.projects, pn)
	}
	if dense != nil {
		m := 0
		for _, c := range dense {
			if c != (edgeCount{}) {
				m++
			}
		}
		keys := make([]uint64, 0, m)
		counts := make([]edgeCount, 0, m)
		for a := range n {
			row := a*(2*n-a-1)/2 - a - 1
			for b := a + 1; b < n; b++ {
				if c := dense[row+b]; c != (edgeCount{}) {
					keys = append(keys, uint64(a)<<32|uint64(b))
					counts = append(counts, c)
				}
			}
		}
		g.fill(keys, counts)
		return g
	}
	g.fillMap(edges)
	return g
}

// denseNodes is the largest number of nodes for which Build counts ties in
// a table of every pair (half a million pairs, 6 MB, for collab.MaxMembers
// members) instead of a map.
const denseNodes = 1024

// fromEdges returns a graph of n nodes numbered 0 to n-1 with the given
// undirected edges, for the package's tests and benchmarks (export_test.go
// hands it to them). Edges that repeat add to the tie's weight; edges with a
// node outside 0 to n-1 and loops (a node tied to itself) are ignored, and
// a negative n counts as 0 and one above maxNodes as maxNodes.
//
// Node i stands for a synthetic stakeholder ID whose last eight bytes hold
// i in big-endian order, so that ID order is node order; nodeID gives it.
// Such a graph has no networks and no projects.
func fromEdges(n int, edges [][2]int) *Graph {
	n = min(max(n, 0), maxNodes)
	g := &Graph{ids: make([]uuid.UUID, n)}
	for i := range g.ids {
		g.ids[i] = nodeID(i)
	}
	counts := make(map[uint64]edgeCount, len(edges))
	for _, e := range edges {
		a, b := min(e[0], e[1]), max(e[0], e[1])
		if a < 0 || b >= n || a == b {
			continue
		}
		k := uint64(a)<<32 | uint64(b)
		c := counts[k]
		c.multi++
		counts[k] = c
	}
	g.fillMap(counts)
	return g
}

// nodeID returns the synthetic stakeholder ID that fromEdges gives node i:
// zero bytes followed by i as a big-endian 64-bit number.
func nodeID(i int) uuid.UUID {
	var id uuid.UUID
	binary.BigEndian.PutUint64(id[8:], uint64(i))
	return id
}

// fillMap builds the adjacency from edges accumulated in a map.
func (g *Graph) fillMap(edges map[uint64]edgeCount) {
	keys := make([]uint64, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	slices.Sort(keys) // by (a, b): every neighbour list comes out ascending
	counts := make([]edgeCount, len(keys))
	for i, k := range keys {
		counts[i] = edges[k]
	}
	g.fill(keys, counts)
}

// fill builds the adjacency from the edges keys (a<<32 | b, a < b, in
// ascending order) with their counts alongside.
func (g *Graph) fill(keys []uint64, counts []edgeCount) {
	n := len(g.ids)
	deg := make([]int32, n+1)
	for _, k := range keys {
		deg[k>>32]++
		deg[uint32(k)]++
	}
	g.off = make([]int32, n+1)
	for v := range n {
		g.off[v+1] = g.off[v] + deg[v]
	}
	m := 2 * len(keys)
	g.adj = make([]int32, m)
	g.nets = make([]int32, m)
	g.pros = make([]int32, m)
	g.multi = make([]int32, m)
	next := append([]int32(nil), g.off[:n]...)
	put := func(v, w int32, c edgeCount) {
		at := next[v]
		next[v]++
		g.adj[at], g.nets[at], g.pros[at], g.multi[at] = w, c.nets, c.pros, c.multi
	}
	for i, k := range keys {
		a, b := int32(k>>32), int32(uint32(k))
		c := counts[i]
		put(a, b, c)
		put(b, a, c)
	}
}

func compareID(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) }

// Len returns the number of nodes: the active members.
func (g *Graph) Len() int {
	if g == nil {
		return 0
	}
	return len(g.ids)
}

// Nodes returns the stakeholder IDs of the nodes in ID order, as a new
// slice.
func (g *Graph) Nodes() []uuid.UUID {
	if g == nil {
		return []uuid.UUID{}
	}
	return append([]uuid.UUID{}, g.ids...)
}

// TieCount returns the number of distinct ties.
func (g *Graph) TieCount() int {
	if g == nil {
		return 0
	}
	return len(g.adj) / 2
}

// Ties returns every tie once, ordered by A and then B (ID order), as a
// new slice.
func (g *Graph) Ties() []Tie {
	out := []Tie{}
	for v := range g.Len() {
		for at := g.off[v]; at < g.off[v+1]; at++ {
			w := g.adj[at]
			if int(w) < v {
				continue
			}
			t := Tie{A: g.ids[v], B: g.ids[w], Networks: int(g.nets[at]), Projects: int(g.pros[at])}
			t.Weight = t.Networks + t.Projects + int(g.multi[at])
			out = append(out, t)
		}
	}
	return out
}

// degree returns the number of distinct neighbours of v.
func (g *Graph) degree(v int) int { return int(g.off[v+1] - g.off[v]) }

// strength returns the sum of the weights of v's ties.
func (g *Graph) strength(v int) int {
	s := 0
	for at := g.off[v]; at < g.off[v+1]; at++ {
		s += int(g.nets[at] + g.pros[at] + g.multi[at])
	}
	return s
}

// sortIDs sorts stakeholder IDs ascending.
func sortIDs(ids []uuid.UUID) { slices.SortFunc(ids, compareID) }
