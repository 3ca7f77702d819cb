package network

import (
	"cmp"
	"slices"

	"github.com/google/uuid"
)

// Component is a connected part of the actor network: members who reach
// each other through ties. Members are in ID order.
type Component struct {
	Size    int         `json:"size"`
	Members []uuid.UUID `json:"members"`
}

// Broker is a stakeholder whose removal disconnects the network: an
// articulation point. Without it, its component falls apart into Parts
// pieces, and CutOff members end up outside the largest of those pieces:
// they lose their link with the main body of the network through this one
// organisation. A member that is the only link of one other member has
// Parts 2 and CutOff 1.
type Broker struct {
	Stakeholder uuid.UUID `json:"stakeholder"`
	Parts       int       `json:"parts"`
	CutOff      int       `json:"cutOff"`
}

// structure finds the components and the articulation points of g in one
// iterative depth-first search (Tarjan's low-link method), O(V+E).
//
// Components are ordered by size, largest first, then by their first
// member's ID. Brokers are ordered by CutOff, largest first, then by ID.
func (g *Graph) structure() (components []Component, brokers []Broker) {
	n := g.Len()
	const unseen = -1
	disc := make([]int32, n) // discovery time, unseen before
	low := make([]int32, n)  // lowest discovery time reachable through the subtree and one back edge
	size := make([]int32, n) // nodes in the DFS subtree
	parent := make([]int32, n)
	next := make([]int32, n) // next adjacency position to look at
	// What removing v would cut off below it: the number of its child
	// subtrees that no back edge ties to v's ancestors, their total size
	// and the size of the largest.
	pieces := make([]int32, n)
	cut := make([]int32, n)
	biggest := make([]int32, n)
	for i := range disc {
		disc[i] = unseen
	}
	components = []Component{}
	brokers = []Broker{}
	var stack []int32
	var members []int32
	time := int32(0)
	for root := range n {
		if disc[root] != unseen {
			continue
		}
		members = members[:0]
		r := int32(root)
		disc[r], low[r], size[r], parent[r], next[r] = time, time, 1, -1, g.off[r]
		time++
		stack = append(stack[:0], r)
		members = append(members, r)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			if next[v] < g.off[v+1] {
				w := g.adj[next[v]]
				next[v]++
				switch {
				case disc[w] == unseen:
					disc[w], low[w], size[w], parent[w], next[w] = time, time, 1, v, g.off[w]
					time++
					stack = append(stack, w)
					members = append(members, w)
				case w != parent[v]:
					low[v] = min(low[v], disc[w])
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := parent[v]; p >= 0 {
				size[p] += size[v]
				low[p] = min(low[p], low[v])
				if low[v] >= disc[p] { // removing p separates v's subtree
					cut[p] += size[v]
					pieces[p]++
					biggest[p] = max(biggest[p], size[v])
				}
			}
		}
		total := int32(len(members))
		for _, v := range members {
			parts, sizes, largest := pieces[v], cut[v], biggest[v]
			if v != r {
				// The rest of the component, beyond v's separated subtrees,
				// stays together with v's parent.
				rest := total - 1 - sizes
				parts++
				largest = max(largest, rest)
				sizes += rest
			}
			if parts >= 2 {
				brokers = append(brokers, Broker{Stakeholder: g.ids[v], Parts: int(parts), CutOff: int(sizes - largest)})
			}
		}
		ids := make([]uuid.UUID, len(members))
		for i, v := range members {
			ids[i] = g.ids[v]
		}
		sortIDs(ids)
		components = append(components, Component{Size: len(ids), Members: ids})
	}
	slices.SortFunc(components, func(a, b Component) int {
		return cmp.Or(cmp.Compare(b.Size, a.Size), compareID(a.Members[0], b.Members[0]))
	})
	slices.SortFunc(brokers, func(a, b Broker) int {
		return cmp.Or(cmp.Compare(b.CutOff, a.CutOff), compareID(a.Stakeholder, b.Stakeholder))
	})
	return components, brokers
}
