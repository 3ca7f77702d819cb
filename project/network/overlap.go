package network

import (
	"cmp"
	"slices"

	"github.com/google/uuid"
)

// DefaultOverlapThreshold is the Jaccard index from which two networks
// count as overlapping unless Options.OverlapThreshold says otherwise:
// three quarters of their members in common.
const DefaultOverlapThreshold = 0.75

// Overlap is a pair of networks whose member sets largely coincide: a sign
// of a forest of networks. A and B are the networks' positions in
// collab.Collaboration.Networks, A before B. Members counts only members
// active on the date of the graph. Jaccard is Shared divided by Union: the
// members both networks have, over the members either has.
type Overlap struct {
	A        int       `json:"a"`
	B        int       `json:"b"`
	NetworkA uuid.UUID `json:"networkA"`
	NetworkB uuid.UUID `json:"networkB"`
	NameA    string    `json:"nameA"`
	NameB    string    `json:"nameB"`
	Shared   int       `json:"shared"`
	Union    int       `json:"union"`
	Jaccard  float64   `json:"jaccard"`
}

// jaccard returns the number of shared and of all distinct elements of two
// ascending lists; O(len(a)+len(b)).
func jaccard(a, b []int32) (shared, union int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return shared, len(a) + len(b) - shared
}

// overlaps returns every pair of active networks whose Jaccard index is at
// least threshold, ordered by Jaccard index, highest first, then by A and
// B. Two networks without active members do not overlap. O(N²·k) for N
// networks of at most k members.
func (g *Graph) overlaps(s *stop, threshold float64) []Overlap {
	out := []Overlap{}
	for x := range g.networks {
		for y := x + 1; y < len(g.networks); y++ {
			a, b := &g.networks[x], &g.networks[y]
			if s.after(1 + len(a.nodes) + len(b.nodes)) {
				return out
			}
			shared, union := jaccard(a.nodes, b.nodes)
			if union == 0 {
				continue
			}
			j := float64(shared) / float64(union)
			if j < threshold {
				continue
			}
			out = append(out, Overlap{A: a.index, B: b.index, NetworkA: a.id, NetworkB: b.id, NameA: a.name, NameB: b.name,
				Shared: shared, Union: union, Jaccard: j})
		}
	}
	slices.SortFunc(out, func(p, q Overlap) int {
		return cmp.Or(cmp.Compare(q.Jaccard, p.Jaccard), cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B))
	})
	return out
}
